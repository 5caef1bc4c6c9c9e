import { and, asc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { OrderState } from '../../../shared/state-machines/order.js';
import type { Db } from '../../db/client.js';
import { orderEvents, orderLines, orderNumberCounters, orderPayments, orders } from './orders.tables.js';

type Reader = Pick<Db, 'select'>;
export type OrderRow = typeof orders.$inferSelect;
export type OrderInsert = typeof orders.$inferInsert;
export type OrderLineInsert = typeof orderLines.$inferInsert;
export type OrderEventInsert = typeof orderEvents.$inferInsert;
export type OrderEventRow = typeof orderEvents.$inferSelect;

/**
 * Whose order: the buyer's account, the supplier (its id comes with the session:
 * request.user.supplierId, no lookup of its own), or anyone's (staff, the expiry job).
 */
export type OrderScope = { buyerUserId: string } | { supplierId: string } | { any: true };

export function scopeWhere(scope: OrderScope): SQL | undefined {
  if ('buyerUserId' in scope) return eq(orders.buyerUserId, scope.buyerUserId);
  if ('supplierId' in scope) return eq(orders.supplierId, scope.supplierId);
  return undefined;
}

/**
 * The day's next order number: one statement that creates the day's counter or bumps it and
 * returns the new value. Inside the order's transaction the row stays locked until commit, so
 * concurrent submissions take consecutive numbers and a rolled-back one gives its number back.
 */
export async function takeOrderNumber(tx: Pick<Db, 'insert'>, day: string): Promise<number> {
  const [row] = await tx
    .insert(orderNumberCounters)
    .values({ day, last: 1 })
    .onConflictDoUpdate({ target: orderNumberCounters.day, set: { last: sql`${orderNumberCounters.last} + 1` } })
    .returning({ last: orderNumberCounters.last });
  return row!.last;
}

export async function insertOrder(tx: Pick<Db, 'insert'>, values: OrderInsert): Promise<string> {
  const [row] = await tx.insert(orders).values(values).returning({ id: orders.id });
  return row!.id;
}

export async function insertOrderLines(tx: Pick<Db, 'insert'>, lines: OrderLineInsert[]): Promise<void> {
  await tx.insert(orderLines).values(lines);
}

export async function insertOrderEvent(tx: Pick<Db, 'insert'>, event: OrderEventInsert): Promise<void> {
  await tx.insert(orderEvents).values(event);
}

/** The order a buyer already submitted with this Idempotency-Key, with the hash of that request. */
export async function findOrderByIdempotencyKey(
  db: Reader,
  buyerUserId: string,
  key: string,
): Promise<{ id: string; requestHash: string | null } | undefined> {
  const [row] = await db
    .select({ id: orders.id, requestHash: orders.requestHash })
    .from(orders)
    .where(and(eq(orders.buyerUserId, buyerUserId), eq(orders.idempotencyKey, key)));
  return row;
}

/** One order, when it is within `scope` (another party's order is "not found"). */
export async function findOrder(db: Reader, id: string, scope: OrderScope): Promise<OrderRow | undefined> {
  const [row] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.id, id), scopeWhere(scope)));
  return row;
}

/** The row, locked until the transaction ends (payments: the sum check and the insert as one). */
export async function lockOrder(tx: Reader, id: string): Promise<OrderRow | undefined> {
  const [row] = await tx.select().from(orders).where(eq(orders.id, id)).for('update');
  return row;
}

export interface DetailLine {
  position: number;
  productId: string;
  quantity: number;
  orderedUnitPrice: string;
  finalUnitPrice: string | null;
  amount: string;
  snapshot: OrderLineInsert['snapshot'];
}
export interface DetailPayment {
  id: string;
  kind: string;
  amount: string;
  currency: string;
  receivedOn: string;
  proofFileId: string | null;
  createdAt: string;
}

/** A timeline event as the detail statement returns it (JSON: the instant as ISO text). */
export interface DetailEvent {
  id: string;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorRole: string;
  changes: OrderEventRow['changes'];
  note: string | null;
  createdAt: string;
}

export interface OrderWithLines {
  order: OrderRow;
  lines: DetailLine[];
  payments: DetailPayment[];
  /** Latest first. */
  events: DetailEvent[];
}

/** to_char's format for an instant as JavaScript's toISOString() writes it (UTC, milliseconds). */
export const ISO_INSTANT = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * An order with its lines, payments and timeline in one statement (JSON subqueries; money as text,
 * never a JavaScript number), when it is within `where`. The subqueries name `orders.id` in full:
 * drizzle writes a lone table's columns unqualified, and a bare "id" would mean the payment's own id.
 */
function detailQuery(db: Reader, where: SQL | undefined) {
  return db
    .select({
      order: orders,
      lines: sql<DetailLine[]>`(select coalesce(json_agg(json_build_object(
          'position', l.position, 'productId', l.product_id, 'quantity', l.quantity,
          'orderedUnitPrice', l.ordered_unit_price::text, 'finalUnitPrice', l.final_unit_price::text,
          'amount', l.amount::text, 'snapshot', l.snapshot) order by l.position), '[]')
        from order_lines l where l.order_id = orders.id)`,
      payments: sql<DetailPayment[]>`(select coalesce(json_agg(json_build_object(
          'id', p.id, 'kind', p.kind, 'amount', p.amount::text, 'currency', p.currency,
          'receivedOn', p.received_on::text, 'proofFileId', p.proof_file_id,
          'createdAt', to_char(p.created_at at time zone 'UTC', ${sql.raw(ISO_INSTANT)}))
          order by p.created_at, p.id), '[]')
        from order_payments p where p.order_id = orders.id)`,
      events: sql<DetailEvent[]>`(select coalesce(json_agg(json_build_object(
          'id', e.id, 'kind', e.kind, 'fromStatus', e.from_status, 'toStatus', e.to_status,
          'actorRole', e.actor_role, 'changes', e.changes, 'note', e.note,
          'createdAt', to_char(e.created_at at time zone 'UTC', ${sql.raw(ISO_INSTANT)}))
          order by e.created_at desc, e.id desc), '[]')
        from order_events e where e.order_id = orders.id)`,
    })
    .from(orders)
    .where(where);
}

/** The parties' detail views, built once per database and prepared by name (as the lists are). */
function buildPreparedDetail(db: Db, party: 'supplier' | 'buyer') {
  const partyId = sql.placeholder('partyId');
  const partyWhere = party === 'supplier' ? eq(orders.supplierId, partyId) : eq(orders.buyerUserId, partyId);
  return detailQuery(db, and(eq(orders.id, sql.placeholder('id')), partyWhere)).prepare(`order_detail_${party}`);
}
const preparedDetails = new WeakMap<Db, Map<string, ReturnType<typeof buildPreparedDetail>>>();

function preparedDetail(db: Db, party: 'supplier' | 'buyer') {
  let byParty = preparedDetails.get(db);
  if (!byParty) preparedDetails.set(db, (byParty = new Map()));
  let prepared = byParty.get(party);
  if (!prepared) byParty.set(party, (prepared = buildPreparedDetail(db, party)));
  return prepared;
}

export async function loadOrderWithLines(db: Db, id: string, scope: OrderScope): Promise<OrderWithLines | undefined> {
  if ('any' in scope) {
    const [row] = await detailQuery(db, eq(orders.id, id));
    return row;
  }
  const [row] =
    'supplierId' in scope
      ? await preparedDetail(db, 'supplier').execute({ id, partyId: scope.supplierId })
      : await preparedDetail(db, 'buyer').execute({ id, partyId: scope.buyerUserId });
  return row;
}

/**
 * The guarded transition: changes the order only if it still has `version` and is in one of
 * `sources`; undefined when it does not (nothing changed).
 */
export async function updateOrderGuarded(
  tx: Pick<Db, 'update'>,
  id: string,
  version: number,
  sources: readonly OrderState[],
  changes: Partial<OrderInsert>,
): Promise<OrderRow | undefined> {
  const [row] = await tx
    .update(orders)
    .set({ ...changes, version: sql`${orders.version} + 1` })
    .where(and(eq(orders.id, id), eq(orders.version, version), inArray(orders.status, [...sources])))
    .returning();
  return row;
}

export async function orderStateOf(db: Reader, id: string): Promise<{ status: string; version: number } | undefined> {
  const [row] = await db
    .select({ status: orders.status, version: orders.version })
    .from(orders)
    .where(eq(orders.id, id));
  return row;
}

export async function setLinePrice(
  tx: Pick<Db, 'update'>,
  orderId: string,
  position: number,
  finalUnitPrice: string,
  amount: string,
): Promise<void> {
  await tx
    .update(orderLines)
    .set({ finalUnitPrice, amount })
    .where(and(eq(orderLines.orderId, orderId), eq(orderLines.position, position)));
}

export async function listLines(db: Reader, orderId: string) {
  return db.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.position));
}

/** The amounts of the payments recorded so far. */
export async function paymentAmounts(db: Reader, orderId: string): Promise<string[]> {
  const rows = await db
    .select({ amount: orderPayments.amount })
    .from(orderPayments)
    .where(eq(orderPayments.orderId, orderId));
  return rows.map((r) => r.amount);
}

export async function insertPayment(tx: Pick<Db, 'insert'>, values: typeof orderPayments.$inferInsert): Promise<void> {
  await tx.insert(orderPayments).values(values);
}

/** Offers still awaiting acceptance whose last valid day is before `today`. */
export async function listExpiredOffers(db: Reader, today: string): Promise<{ id: string; version: number }[]> {
  return db
    .select({ id: orders.id, version: orders.version })
    .from(orders)
    .where(and(eq(orders.status, 'awaiting_acceptance'), lt(orders.offerValidUntil, today)));
}
