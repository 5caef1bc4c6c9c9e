import { ORDER_PAGE_SIZE, type OrderListQuery } from '../../../shared/schemas/orders.js';
import type { Db } from '../../db/client.js';
import { isoInstantOfUtcTimestamp, type TextRow } from '../../db/text-rows.js';
import { jsonString as text } from '../../platform/json-text.js';
import { ownOrderRows, type Party } from './own-order-list.repo.js';

/** Whether a list query is one this path answers (a party's own list, no q or dates). */
export function isPlainListQuery(query: OrderListQuery): boolean {
  return !query.q && !query.from && !query.to;
}

/** The page as the JSON text of `OrderList` (shared/schemas/orders.ts), in its key order. */
export async function ownOrderListJson(db: Db, party: Party, partyId: string, query: OrderListQuery): Promise<string> {
  const { rows, counters } = await ownOrderRows(db, party, partyId, {
    status: query.status,
    limit: ORDER_PAGE_SIZE,
    offset: (query.page - 1) * ORDER_PAGE_SIZE,
  });
  return listJson(rows, counters, query);
}

function listJson(rows: TextRow[], counters: Record<string, number>, query: OrderListQuery): string {
  const tabs: Record<string, number> = {};
  let total = 0;
  for (const [status, n] of Object.entries(counters)) {
    if (n <= 0) continue;
    tabs[status] = n;
    if (!query.status || query.status === status) total += n;
  }
  let items = '';
  for (const row of rows) items += (items ? ',' : '') + summaryJson(row);
  return `{"items":[${items}],"total":${total},"page":${query.page},"pageSize":${ORDER_PAGE_SIZE},"counts":${JSON.stringify(tabs)}}`;
}

/**
 * One `OrderSummary`. Values PostgreSQL wrote in a form that is already JSON are copied: a uuid, an
 * integer, a numeric (as a string, as drizzle gives it), the jsonb of the first line's names
 * (validated when the order was submitted); every text column is escaped.
 */
function summaryJson(r: TextRow): string {
  return (
    `{"id":"${r[0]}","number":${text(r[1])},"status":${text(r[2])},"tradeType":${text(r[3])}` +
    `,"currency":${text(r[4])},"totalAmount":"${r[5]}","counterpartyNameZh":${text(r[6])}` +
    `,"counterpartyNameEn":${text(r[7])},"firstLineNames":${r[8] ?? '{}'}` +
    `,"firstLinePictureFileId":${text(r[9])},"lineCount":${r[10]}` +
    `,"contractStatus":${text(r[11])},"invoiceStatus":${text(r[12])}` +
    `,"createdAt":"${isoInstantOfUtcTimestamp(r[13]!)}","updatedAt":"${isoInstantOfUtcTimestamp(r[14]!)}"}`
  );
}
