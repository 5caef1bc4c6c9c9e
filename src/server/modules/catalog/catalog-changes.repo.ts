import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

/*
 * The catalog_changes sequence: a committed change that buyers could see advances it, and every
 * instance polls it to drop its cached answers (docs/decisions/0007-catalog-cache.md).
 */

export async function announceCatalogChange(db: Pick<Db, 'execute'>): Promise<void> {
  await db.execute(sql`select nextval('catalog_changes')`);
}

/** The sequence's state as text; it differs after every announcement. */
export async function latestCatalogChange(db: Pick<Db, 'execute'>): Promise<string | undefined> {
  // Until its first nextval a sequence reports last_value 1 with is_called false, and the
  // first announcement leaves last_value at 1: both columns tell the states apart.
  const result = (await db.execute(
    sql`select last_value::text || ':' || is_called::text as v from catalog_changes`,
  )) as unknown as { rows: { v: string }[] };
  return result.rows[0]?.v;
}
