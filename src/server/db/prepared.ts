import type { SQL } from 'drizzle-orm';
import type { Db } from './client.js';

/**
 * A named prepared statement for SQL written with the `sql` template (what drizzle's query
 * builders get from `.prepare(name)`, for a statement they cannot build, e.g. one with
 * data-modifying CTEs). Values are `sql.placeholder(name)`s, filled per call. node-postgres parses
 * and plans it once per pooled connection; PGlite runs it as it runs any statement.
 */
export interface PreparedRaw<T> {
  execute(values: Record<string, unknown>): Promise<T[]>;
}

interface DrizzleInternals {
  dialect: { sqlToQuery(query: SQL): { sql: string; params: unknown[] } };
  session: {
    prepareQuery(
      query: { sql: string; params: unknown[] },
      fields: undefined,
      name: string,
      arrayMode: boolean,
    ): DrizzlePreparedQuery;
  };
}

/** What drizzle 0.45's node-postgres and PGlite sessions prepare for a statement without fields. */
export interface DrizzlePreparedQuery {
  /** The options drizzle hands the driver as is (both drivers' sessions have it). */
  rawQueryConfig: Record<string, unknown>;
  execute(values: Record<string, unknown>): Promise<{ rows: unknown[] }>;
}

/**
 * drizzle's own named prepared statement for SQL it did not build (so it is logged — the
 * statement-counting tests see it — and parsed once per pooled connection). Reaches into drizzle's
 * session and dialect: check on a drizzle upgrade (the tests of the statements built on it fail if they change).
 */
export function prepareDrizzleQuery(db: Db, name: string, query: SQL): DrizzlePreparedQuery {
  const internals = db as unknown as DrizzleInternals;
  return internals.session.prepareQuery(internals.dialect.sqlToQuery(query), undefined, name, false);
}

/** Builds the statement once per database handle (a counting test database is a handle of its own). */
export function preparedRaw<T>(name: string, build: () => SQL): (db: Db) => PreparedRaw<T> {
  const byDb = new WeakMap<Db, PreparedRaw<T>>();
  return (db) => {
    let prepared = byDb.get(db);
    if (!prepared) {
      const query = prepareDrizzleQuery(db, name, build());
      prepared = { execute: async (values) => (await query.execute(values)).rows as T[] };
      byDb.set(db, prepared);
    }
    return prepared;
  };
}

/**
 * `build(db)` made once per database handle and kept: a query builder's `.prepare(name)` for the
 * statements every request of a kind runs, so drizzle does not rebuild their SQL per request and
 * PostgreSQL plans them once per connection (docs/performance.md, "Order Management").
 */
export function oncePerDatabase<T>(build: (db: Db) => T): (db: Db) => T {
  const byDb = new WeakMap<Db, T>();
  return (db) => {
    let built = byDb.get(db);
    if (built === undefined) byDb.set(db, (built = build(db)));
    return built;
  };
}
