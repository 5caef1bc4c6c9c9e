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
    ): { execute(values: Record<string, unknown>): Promise<{ rows: unknown[] }> };
  };
}

/** Builds the statement once per database handle (a counting test database is a handle of its own). */
export function preparedRaw<T>(name: string, build: () => SQL): (db: Db) => PreparedRaw<T> {
  const byDb = new WeakMap<Db, PreparedRaw<T>>();
  return (db) => {
    let prepared = byDb.get(db);
    if (!prepared) {
      const internals = db as unknown as DrizzleInternals;
      const query = internals.session.prepareQuery(internals.dialect.sqlToQuery(build()), undefined, name, false);
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
