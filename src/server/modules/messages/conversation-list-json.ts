import { isoInstantOfUtcTimestamp, type TextRow } from '../../db/text-rows.js';
import { jsonString as text } from '../../platform/json-text.js';

/** The totals conversation-list.repo.ts carries on every row, as the text `total,unread`. */
export function totalsOf(row: TextRow): { total: number; unreadTotal: number } {
  const [total, unreadTotal] = row[13]!.split(',').map(Number);
  return { total: total!, unreadTotal: unreadTotal! };
}

/**
 * One `ConversationSummary` (shared/schemas/messages.ts) from a row whose fields PostgreSQL already
 * worked out. A uuid, an integer and a jsonb document (the product card, written through its
 * schema) are copied; text is escaped; booleans are PostgreSQL's `t`/`f`.
 */
function summaryJson(r: TextRow): string {
  const lastAt = r[7] == null ? 'null' : `"${isoInstantOfUtcTimestamp(r[7])}"`;
  return (
    `{"id":"${r[0]}","side":${text(r[1])},"otherParty":{"nameZh":${text(r[2])},"nameEn":${text(r[3])}` +
    `,"supplierId":${text(r[4])},"country":${text(r[5])}}` +
    `,"lastMessageId":${r[6]},"lastMessageAt":${lastAt},"lastMessagePreview":${text(r[8])}` +
    `,"lastMessageMine":${r[9] === 't'},"unread":${r[10]},"productCard":${r[11] ?? 'null'}` +
    `,"blocked":${r[12] === 't'}}`
  );
}

/** The page as the JSON text of `ConversationList`, in its key order. */
export function conversationListJson(
  rows: TextRow[],
  totals: { total: number; unreadTotal: number },
  page: number,
  pageSize: number,
): string {
  let items = '';
  for (const row of rows) items += (items ? ',' : '') + summaryJson(row);
  return `{"items":[${items}],"total":${totals.total},"page":${page},"pageSize":${pageSize},"unreadTotal":${totals.unreadTotal}}`;
}
