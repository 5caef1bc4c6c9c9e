import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

/**
 * Serialises changes to one account's address book (or invoice profiles) for the rest of the
 * transaction: the count against the limit and "clear the old default, set the new one" then
 * see every committed change, so two concurrent requests cannot both pass the limit or meet the
 * one-default index. A transaction-scoped advisory lock: the account row belongs to accounts.
 */
export async function lockBuyerList(
  tx: Pick<Db, 'execute'>,
  list: 'addresses' | 'invoice_profiles',
  userId: string,
): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`buyer_${list}:${userId}`}, 0))`);
}
