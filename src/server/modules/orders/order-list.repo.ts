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

type Limit = number | ReturnType<typeof sql.placeholder>;

/**
 * One page of a party's orders, newest first, in one statement. The page's ids are found first
 * from the (party[, status], created_at, id) index alone — an index-only scan, so a deep page's
 * skipped rows (OFFSET) cost index entries, not heap reads — then only its rows are read, with
 * their first line and line count.
 */
function pageQuery(db: Reader, where: SQL | undefined, counterparty: Counterparty, limit: Limit, offset: Limit) {
  const party = counterparty === 'buyer' ? orders.buyerParty : orders.supplierParty;
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
      counterpartyNameZh: sql<string | null>`${party}->>'companyNameZh'`,
      counterpartyNameEn: sql<string | null>`${party}->>'companyNameEn'`,
      firstLineNames: sql<LineSnapshot['names'] | null>`${orderLines.snapshot}->'names'`,
      firstLinePictureFileId: sql<string | null>`${orderLines.snapshot}->>'pictureFileId'`,
      lineCount: sql<number>`(select count(*)::int from order_lines c where c.order_id = ${orders.id})`,
      createdAt: orders.createdAt,
      updatedAt: orders.updatedAt,
    })
    .from(page)
    .innerJoin(orders, eq(orders.id, page.pageId))
    .leftJoin(orderLines, and(eq(orderLines.orderId, orders.id), eq(orderLines.position, 1)))
    .orderBy(...NEWEST_FIRST);
}

/**
 * The lists' common shapes — a buyer's or a supplier's own orders, all or one tab, no q or
 * dates — built once per database and prepared by name: no SQL building per request and one
 * plan per connection (docs/performance.md, "Order Management"). Others are built per request.
 */
function buildPreparedPage(db: Db, party: 'supplier' | 'buyer', withStatus: boolean) {
  const partyId = sql.placeholder('partyId');
  const where = and(
    party === 'supplier' ? eq(orders.supplierId, partyId) : eq(orders.buyerUserId, partyId),
    withStatus ? eq(orders.status, sql.placeholder('status')) : undefined,
  );
  const counterparty: Counterparty = party === 'supplier' ? 'buyer' : 'supplier';
  return pageQuery(db, where, counterparty, sql.placeholder('limit'), sql.placeholder('offset')).prepare(
    `order_page_${party}${withStatus ? '_status' : ''}`,
  );
}
type PreparedPage = ReturnType<typeof buildPreparedPage>;
const preparedPages = new WeakMap<Db, Map<string, PreparedPage>>();

function preparedPage(db: Db, party: 'supplier' | 'buyer', withStatus: boolean): PreparedPage {
  let byShape = preparedPages.get(db);
  if (!byShape) preparedPages.set(db, (byShape = new Map()));
  const key = `${party}:${withStatus}`;
  let prepared = byShape.get(key);
  if (!prepared) byShape.set(key, (prepared = buildPreparedPage(db, party, withStatus)));
  return prepared;
}

export async function listOrderPage(
  db: Db,
  scope: OrderScope,
  query: OrderListQuery,
  counterparty: Counterparty,
  pageSize: number,
): Promise<OrderListRow[]> {
  const offset = (query.page - 1) * pageSize;
  if (!narrowing(query) && !('any' in scope)) {
    const party = 'supplierId' in scope ? 'supplier' : 'buyer';
    const partyId = 'supplierId' in scope ? scope.supplierId : scope.buyerUserId;
    return preparedPage(db, party, query.status !== undefined).execute({
      partyId,
      status: query.status,
      limit: pageSize,
      offset,
    });
  }
  const where = and(scopeWhere(scope), query.status ? eq(orders.status, query.status) : undefined, narrowing(query));
  return pageQuery(db, where, counterparty, pageSize, offset);
}

/**
 * Per status: how many orders the party has (the tabs, ignoring q and dates) and how many of them
 * match q and the dates (the list's total). A buyer's or supplier's list without q or dates reads
 * the counters kept with every submission and transition (a few rows by primary key); otherwise
 * one grouped statement counts both.
 */
export async function countOrdersByStatus(
  db: Db,
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
