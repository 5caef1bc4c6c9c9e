import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { orderStatusCounts } from './orders.tables.js';
import { oncePerDatabase } from '../../db/prepared.js';

/** The two parties an order is counted for. */
export interface CountedParties {
  supplierId: string;
  buyerUserId: string;
}

/**
 * Moves one order between statuses in its parties' counters: `from` null for a new order. One
 * INSERT … ON CONFLICT DO UPDATE SET n = n + excluded.n, run in the same transaction as the
 * order's insert or guarded update. Rows are written in primary-key order, so two transactions
 * touching the same counters lock them in the same order and cannot deadlock on them.
 */
export async function moveStatusCounts(
  tx: Pick<Db, 'insert'>,
  parties: CountedParties,
  from: string | null,
  to: string,
): Promise<void> {
  if (from === to) return;
  const rows = [
    { partyKind: 'buyer', partyId: parties.buyerUserId, status: to, n: 1 },
    { partyKind: 'supplier', partyId: parties.supplierId, status: to, n: 1 },
    ...(from === null
      ? []
      : [
          { partyKind: 'buyer', partyId: parties.buyerUserId, status: from, n: -1 },
          { partyKind: 'supplier', partyId: parties.supplierId, status: from, n: -1 },
        ]),
  ].sort((a, b) => compareKeys(a, b));
  await tx
    .insert(orderStatusCounts)
    .values(rows)
    .onConflictDoUpdate({
      target: [orderStatusCounts.partyKind, orderStatusCounts.partyId, orderStatusCounts.status],
      set: { n: sql`${orderStatusCounts.n} + excluded.n` },
    });
}

function compareKeys(a: { partyKind: string; partyId: string; status: string }, b: typeof a): number {
  return (
    a.partyKind.localeCompare(b.partyKind) || a.partyId.localeCompare(b.partyId) || a.status.localeCompare(b.status)
  );
}

/** A party's count per status (the list's tabs), a handful of rows read by primary key. */
function buildCountsLookup(db: Db) {
  return db
    .select({ status: orderStatusCounts.status, n: orderStatusCounts.n })
    .from(orderStatusCounts)
    .where(
      and(
        eq(orderStatusCounts.partyKind, sql.placeholder('partyKind')),
        eq(orderStatusCounts.partyId, sql.placeholder('partyId')),
      ),
    )
    .prepare('order_status_counts_of');
}
/** Read by every list request: prepared once per database (as the list page, order-list.repo.ts). */
const countsLookup = oncePerDatabase(buildCountsLookup);

export function statusCountsOf(
  db: Db,
  partyKind: 'supplier' | 'buyer',
  partyId: string,
): Promise<{ status: string; n: number }[]> {
  return countsLookup(db).execute({ partyKind, partyId });
}

/**
 * Rebuilds every counter from the orders themselves (the migration's backfill): for data written
 * around the services, e.g. the benchmark seed's multi-row inserts.
 */
export async function recountStatusCounts(db: Pick<Db, 'execute'>): Promise<void> {
  await db.execute(sql`delete from order_status_counts`);
  await db.execute(sql`insert into order_status_counts (party_kind, party_id, status, n)
    select 'supplier', supplier_id, status, count(*)::int from orders group by supplier_id, status
    union all
    select 'buyer', buyer_user_id, status, count(*)::int from orders group by buyer_user_id, status`);
}
