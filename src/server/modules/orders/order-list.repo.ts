import { and, asc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { foldText } from '../../../shared/search-text.js';
import type { LineSnapshot, OrderListQuery } from '../../../shared/schemas/orders.js';
import { PLATFORM_UTC_OFFSET_HOURS } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import { escapeLike } from '../../db/like.js';
import { statusCountsOf } from './order-status-counts.repo.js';
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
  contractStatus: string | null;
  invoiceStatus: string;
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

/**
 * Newest first, as the (party[, status], created_at DESC NULLS LAST, id) indexes are ordered: an
 * ORDER BY that differs from the index in NULLS or in the id's direction cannot read the page off
 * the index, and PostgreSQL then sorts all of the party's orders for every page
 * (docs/performance.md, "Order Management").
 */
const NEWEST_FIRST = [sql`${orders.createdAt} desc nulls last`, asc(orders.id)];

/**
 * One page of a party's orders, newest first, in one statement: the page is found on `orders`
 * alone (LIMIT/OFFSET inside), then only its rows get their first line and line count.
 */
export async function listOrderPage(
  db: Reader,
  scope: OrderScope,
  query: OrderListQuery,
  counterparty: Counterparty,
  pageSize: number,
): Promise<OrderListRow[]> {
  const party = counterparty === 'buyer' ? orders.buyerParty : orders.supplierParty;
  const page = db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      tradeType: orders.tradeType,
      currency: orders.currency,
      totalAmount: orders.totalAmount,
      counterpartyNameZh: sql<string | null>`${party}->>'companyNameZh'`.as('counterparty_name_zh'),
      counterpartyNameEn: sql<string | null>`${party}->>'companyNameEn'`.as('counterparty_name_en'),
      contractStatus: orders.contractStatus,
      invoiceStatus: orders.invoiceStatus,
      createdAt: orders.createdAt,
      updatedAt: orders.updatedAt,
    })
    .from(orders)
    .where(and(scopeWhere(scope), query.status ? eq(orders.status, query.status) : undefined, narrowing(query)))
    .orderBy(...NEWEST_FIRST)
    .limit(pageSize)
    .offset((query.page - 1) * pageSize)
    .as('page');
  return db
    .select({
      id: page.id,
      number: page.number,
      status: page.status,
      tradeType: page.tradeType,
      currency: page.currency,
      totalAmount: page.totalAmount,
      counterpartyNameZh: page.counterpartyNameZh,
      counterpartyNameEn: page.counterpartyNameEn,
      firstLineNames: sql<LineSnapshot['names'] | null>`${orderLines.snapshot}->'names'`,
      firstLinePictureFileId: sql<string | null>`${orderLines.snapshot}->>'pictureFileId'`,
      lineCount: sql<number>`(select count(*)::int from order_lines c where c.order_id = ${page.id})`,
      contractStatus: page.contractStatus,
      invoiceStatus: page.invoiceStatus,
      createdAt: page.createdAt,
      updatedAt: page.updatedAt,
    })
    .from(page)
    .leftJoin(orderLines, and(eq(orderLines.orderId, page.id), eq(orderLines.position, 1)))
    .orderBy(sql`${page.createdAt} desc nulls last`, asc(page.id));
}

/**
 * Per status: how many orders the party has (the tabs, ignoring q and dates) and how many of them
 * match q and the dates (the list's total). A buyer's or supplier's list without q or dates reads
 * the counters kept with every submission and transition (a few rows by primary key); otherwise
 * one grouped statement counts both.
 */
export async function countOrdersByStatus(
  db: Reader,
  scope: OrderScope,
  query: OrderListQuery,
): Promise<{ status: string; all: number; matching: number }[]> {
  if (!narrowing(query) && !('any' in scope)) {
    const rows =
      'supplierId' in scope
        ? await statusCountsOf(db, 'supplier', scope.supplierId)
        : await statusCountsOf(db, 'buyer', scope.buyerUserId);
    return rows.filter((r) => r.n > 0).map((r) => ({ status: r.status, all: r.n, matching: r.n }));
  }
  return groupedCounts(db, scope, query);
}

async function groupedCounts(
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
