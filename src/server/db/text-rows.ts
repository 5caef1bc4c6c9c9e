import { types as pgliteTypes } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { Db } from './client.js';
import { prepareDrizzleQuery } from './prepared.js';

/** A row as PostgreSQL wrote it: each column's text form, in select order (null for NULL). */
export type TextRow = readonly (string | null)[];

/**
 * A named prepared statement whose rows come back as PostgreSQL's text, unparsed: for the hottest
 * lists, whose answer is written straight into JSON (a uuid, a numeric, a jsonb document is already
 * what the JSON needs), so the drivers' per-value parsing (JSON.parse of a jsonb, Date of a
 * timestamp) and drizzle's per-row mapping are not paid for values that are then stringified again
 * (docs/performance.md, "Hand-written list answers"). Select arrays and records as text
 * (`::text`, `concat_ws`): PGlite parses array types itself.
 */
export interface PreparedTextRows {
  execute(values: Record<string, unknown>): Promise<TextRow[]>;
}

const asText = (value: string) => value;

/** node-postgres: every type's parser is the identity. */
const PG_TEXT_TYPES = { getTypeParser: () => asText };

/** PGlite merges a query's parsers over its defaults (`{ ...defaults, ...parsers }`): one for each type it parses. */
const PGLITE_TEXT_PARSERS = Object.fromEntries(Object.keys(pgliteTypes.parsers).map((typeId) => [typeId, asText]));

/**
 * Built once per database handle, like `preparedRaw` (db/prepared.ts): drizzle's own prepared
 * statement — so it is logged (statement-counting tests see it) and named — with the driver asked
 * for arrays of text. drizzle 0.45's node-postgres and PGlite sessions both pass `rawQueryConfig`
 * to the driver as is; the lists' equality tests fail if that changes.
 */
export function preparedTextRows(name: string, build: () => SQL): (db: Db) => PreparedTextRows {
  const byDb = new WeakMap<Db, PreparedTextRows>();
  return (db) => {
    let prepared = byDb.get(db);
    if (!prepared) {
      const query = prepareDrizzleQuery(db, name, build());
      const config = query.rawQueryConfig;
      config.rowMode = 'array';
      if ('parsers' in config) config.parsers = PGLITE_TEXT_PARSERS;
      else config.types = PG_TEXT_TYPES;
      prepared = { execute: async (values) => (await query.execute(values)).rows as TextRow[] };
      byDb.set(db, prepared);
    }
    return prepared;
  };
}

/**
 * PostgreSQL's text of a `timestamp` (without zone, ISO DateStyle — what the driver and drizzle
 * assume too), e.g. `2026-12-07 00:14:31.674123`, as the ISO instant JavaScript writes
 * (`toISOString`: always milliseconds, `Z`). The SQL selects `created_at at time zone 'UTC'`, so the
 * session's TimeZone plays no part. Digits past the millisecond are cut, as `Date` does.
 */
export function isoInstantOfUtcTimestamp(text: string): string {
  // yyyy-mm-dd hh:mm:ss[.ffffff]: 19 characters before the fraction.
  const fraction = text.length > 20 ? text.slice(20, 23).padEnd(3, '0') : '000';
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${fraction}Z`;
}
