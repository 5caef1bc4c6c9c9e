import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { foldText } from '../../../shared/search-text.js';
import type { LineSnapshot, OrderListQuery } from '../../../shared/schemas/orders.js';
import { PLATFORM_UTC_OFFSET_HOURS } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import { escapeLike } from '../../db/like.js';
import { scopeWhere, type OrderScope } from './order.repo.js';
import { orderLines, orders } from './orders.tables.js';

type Reader = Pick<Db, 'select'>;

/** Whose name a list row shows: the other party of the one looking (staff see the supplier). */
export type Counterparty = 'buyer' | 'supplier';

export interface OrderListRow {
  id: string;
  number: string;
  status: string;
  tradeType: string;
  currency: string;
  totalAmount: string;
  counterpartyNameZh: string | null;
  counterpartyNameEn: string | null;
  firstLineNames: LineSnapshot['names'] | null;
  firstLinePictureFileId: string | null;
  lineCount: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The first instant of a platform day (yyyy-mm-dd, UTC+8) as a UTC Date. */
export function platformDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - PLATFORM_UTC_OFFSET_HOURS * 3_600_000);
}

/** q (order number, either party's name, a product's name or model) and the date range. */
function narrowing(query: OrderListQuery): SQL | undefined {
  const parts: SQL[] = [];
  const q = query.q ? foldText(query.q).trim() : '';
  if (q) parts.push(sql`${orders.searchDoc} ilike ${`%${escapeLike(q)}%`}`);
  if (query.from) parts.push(gte(orders.createdAt, platformDayStart(query.from)));
  if (query.to) parts.push(lt(orders.createdAt, new Date(platformDayStart(query.to).getTime() + 86_400_000)));
  return parts.length ? and(...parts) : undefined;
}

/** One page of a party's orders, newest first (one statement, read off the (party, created_at) indexes). */
export async function listOrderPage(
  db: Reader,
  scope: OrderScope,
  query: OrderListQuery,
  counterparty: Counterparty,
  pageSize: number,
): Promise<OrderListRow[]> {
  const party = counterparty === 'buyer' ? orders.buyerParty : orders.supplierParty;
  return db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      tradeType: orders.tradeType,
      currency: orders.currency,
      totalAmount: orders.totalAmount,
      counterpartyNameZh: sql<string | null>`${party}->>'companyNameZh'`,
      counterpartyNameEn: sql<string | null>`${party}->>'companyNameEn'`,
      firstLineNames: sql<LineSnapshot['names'] | null>`${orderLines.snapshot}->'names'`,
      firstLinePictureFileId: sql<string | null>`${orderLines.snapshot}->>'pictureFileId'`,
      lineCount: sql<number>`(select count(*)::int from order_lines c where c.order_id = ${orders.id})`,
      createdAt: orders.createdAt,
      updatedAt: orders.updatedAt,
    })
    .from(orders)
    .leftJoin(orderLines, and(eq(orderLines.orderId, orders.id), eq(orderLines.position, 1)))
    .where(and(scopeWhere(scope), query.status ? eq(orders.status, query.status) : undefined, narrowing(query)))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(pageSize)
    .offset((query.page - 1) * pageSize);
}

/**
 * Per status: how many orders the party has (the tabs, ignoring q and dates) and how many of them
 * match q and the dates (the list's total) — one grouped statement for both.
 */
export async function countOrdersByStatus(
  db: Reader,
  scope: OrderScope,
  query: OrderListQuery,
): Promise<{ status: string; all: number; matching: number }[]> {
  const narrow = narrowing(query);
  return db
    .select({
      status: orders.status,
      all: sql<number>`count(*)::int`,
      matching: narrow ? sql<number>`(count(*) filter (where ${narrow}))::int` : sql<number>`count(*)::int`,
    })
    .from(orders)
    .where(scopeWhere(scope))
    .groupBy(orders.status);
}
