import { and, asc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { foldText } from '../../../shared/search-text.js';
import type { LineSnapshot, OrderListQuery } from '../../../shared/schemas/orders.js';
import { PLATFORM_UTC_OFFSET_HOURS } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import { escapeLike } from '../../db/like.js';
import { ISO_INSTANT, scopeWhere, type OrderScope } from './order.repo.js';
import { orders } from './orders.tables.js';

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
  /** ISO instants, formatted by PostgreSQL (no Date to parse and format again per row). */
  createdAt: string;
  updatedAt: string;
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

type Limit = number | ReturnType<typeof sql.placeholder>;

/**
 * One page of a party's orders, newest first, in one statement. The page's ids are found first
 * from the (party[, status], created_at, id) index alone — an index-only scan, so a deep page's
 * skipped rows (OFFSET) cost index entries, not heap reads — then only its rows are read. What a
 * row shows (names, first line, line count) was copied onto the order at submission, so neither
 * the lines nor the parties' JSON are read here.
 */
function pageQuery(
  db: Reader,
  where: SQL | undefined,
  counterparty: Counterparty,
  limit: Limit,
  offset: Limit,
  statusCounts?: SQL<Record<string, number> | null>,
) {
  const nameZh = counterparty === 'buyer' ? orders.buyerNameZh : orders.supplierNameZh;
  const nameEn = counterparty === 'buyer' ? orders.buyerNameEn : orders.supplierNameEn;
  const page = db
    .select({ pageId: sql<string>`${orders.id}`.as('page_id') })
    .from(orders)
    .where(where)
    .orderBy(...NEWEST_FIRST)
    .limit(limit)
    .offset(offset)
    .as('page');
  return db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      tradeType: orders.tradeType,
      currency: orders.currency,
      totalAmount: orders.totalAmount,
      counterpartyNameZh: nameZh,
      counterpartyNameEn: nameEn,
      firstLineNames: orders.firstLineNames,
      firstLinePictureFileId: orders.firstLinePictureFileId,
      lineCount: orders.lineCount,
      contractStatus: orders.contractStatus,
      invoiceStatus: orders.invoiceStatus,
      createdAt: sql<string>`to_char(${orders.createdAt} at time zone 'UTC', ${sql.raw(ISO_INSTANT)})`,
      updatedAt: sql<string>`to_char(${orders.updatedAt} at time zone 'UTC', ${sql.raw(ISO_INSTANT)})`,
      // On the page's first row only: the same 10 counters on all 20 rows were a third of the
      // bytes PostgreSQL sent and 20 JSON documents to parse (docs/performance.md).
      statusCounts: statusCounts
        ? sql<Record<
            string,
            number
          > | null>`case when row_number() over (order by ${orders.createdAt} desc nulls last, ${orders.id}) = 1 then ${statusCounts} end`
        : sql<null>`null`,
    })
    .from(page)
    .innerJoin(orders, eq(orders.id, page.pageId))
    .orderBy(...NEWEST_FIRST);
}

type StatusCount = { status: string; all: number; matching: number };

/**
 * A page of a party's orders and the per-status counts (tabs and total). The common shapes (own
 * orders, no q or dates) are one prepared statement carrying the counters; the rest (q, dates,
 * staff) a page and a grouped count, in parallel.
 */
export async function listOrders(
  db: Db,
  scope: OrderScope,
  query: OrderListQuery,
  counterparty: Counterparty,
  pageSize: number,
): Promise<{ rows: OrderListRow[]; counts: StatusCount[] }> {
  const offset = (query.page - 1) * pageSize;
  const where = and(scopeWhere(scope), query.status ? eq(orders.status, query.status) : undefined, narrowing(query));
  const [rows, counts] = await Promise.all([
    pageQuery(db, where, counterparty, pageSize, offset),
    groupedCounts(db, scope, query),
  ]);
  return { rows, counts };
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
