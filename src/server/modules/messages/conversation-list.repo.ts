import { sql } from 'drizzle-orm';
import type { ConversationSide } from '../../../shared/schemas/messages.js';
import type { Db } from '../../db/client.js';
import { escapeLike } from '../../db/like.js';
import { preparedTextRows, type TextRow } from '../../db/text-rows.js';
import type { Party } from './conversation.repo.js';

const ph = (name: string) => sql.placeholder(name);

/**
 * The caller's conversation list in one prepared statement (every variant — buyer or supplier
 * account, side, search — is one text whose parameters may be null), read as PostgreSQL's text
 * for conversation-list-json.ts: each summary's fields are worked out here (the caller's side,
 * the other party's names, "mine", my unread), so the writer only copies them
 * (docs/performance.md, "Hand-written list answers").
 * - The page is chosen from the conversations alone (sorted — the id last, so that silent
 *   conversations started in the same instant page the same way every time — counted, cut); only its rows look
 *   their other party up, and only that party (a supplier's own list reads no supplier row).
 * - The totals — conversations matching the side and search, and the badge's unread count over all
 *   of the caller's conversations — are one aggregate (an uncorrelated subquery: evaluated once,
 *   on every row as the text `total,unread`); window functions over the party's conversations cost
 *   PostgreSQL more (they keep every row to the end).
 * - The lookups are LATERAL … LIMIT 1, so PostgreSQL probes the primary keys for the page's rows
 *   rather than hashing whole tables (on a small database it chose sequential scans of `users`).
 * Columns, in order: see summaryJson and totalsOf in conversation-list-json.ts.
 */
const listStatement = preparedTextRows('conversation_list_text', () => {
  const user = sql`${ph('userId')}::uuid`;
  const supplier = sql`${ph('supplierId')}::uuid`;
  const side = sql`${ph('side')}::text`;
  const pattern = sql`${ph('pattern')}::text`;
  const myUnread = (alias: string) => {
    const c = sql.raw(alias);
    return sql`case when ${c}.buyer_user_id = ${user} then ${c}.buyer_unread else ${c}.supplier_unread end`;
  };
  const narrowed = (alias: string) => {
    const c = sql.raw(alias);
    return sql`(${side} is null or (${side} = 'buyer' and ${c}.buyer_user_id = ${user})
          or (${side} = 'supplier' and ${c}.supplier_id = ${supplier}))
        and (${pattern} is null or ${c}.search_text like ${pattern})`;
  };
  return sql`select c.id, c.side,
      case when c.side = 'buyer' then s.name_zh else bp.company_name_zh end,
      case when c.side = 'buyer' then s.name_en
        else coalesce(bp.company_name_en, case when bp.company_name_zh is null then u.account_name end) end,
      case when c.side = 'buyer' then c.supplier_id end,
      case when c.side = 'buyer' then s.country else bp.country end,
      c.last_message_id, c.last_message_at at time zone 'UTC', c.last_message_preview,
      c.last_sender_side is not distinct from c.side, c.my_unread, c.product_card, c.blocked_by_side is not null,
      (select concat_ws(',', count(*) filter (where ${narrowed('x')}), coalesce(sum(${myUnread('x')}), 0))
        from conversations x where x.buyer_user_id = ${user} or x.supplier_id = ${supplier})
    from (select c.id, c.supplier_id, c.buyer_user_id, c.created_at, c.product_card, c.last_message_id,
        c.last_message_at, c.last_message_preview, c.last_sender_side, c.blocked_by_side,
        case when c.buyer_user_id = ${user} then 'buyer' else 'supplier' end as side,
        ${myUnread('c')} as my_unread
      from conversations c
      where (c.buyer_user_id = ${user} or c.supplier_id = ${supplier}) and ${narrowed('c')}
      order by ${myUnread('c')} > 0 desc, c.last_message_id desc, c.created_at desc, c.id desc
      limit ${ph('limit')}::int offset ${ph('offset')}::int) c
    left join lateral (select name_zh, name_en, country from suppliers
      where c.side = 'buyer' and id = c.supplier_id limit 1) s on true
    left join lateral (select account_name from users where c.side = 'supplier' and id = c.buyer_user_id limit 1) u on true
    left join lateral (select company_name_zh, company_name_en, country from buyer_profiles
      where c.side = 'supplier' and user_id = c.buyer_user_id limit 1) bp on true
    order by c.my_unread > 0 desc, c.last_message_id desc, c.created_at desc, c.id desc`;
});

export function listConversationRows(
  db: Db,
  party: Party,
  options: { q?: string; side?: ConversationSide; limit: number; offset: number },
): Promise<TextRow[]> {
  return listStatement(db).execute({
    userId: party.userId,
    supplierId: party.supplierId,
    side: options.side ?? null,
    pattern: options.q ? '%' + escapeLike(options.q.toLowerCase()) + '%' : null,
    limit: options.limit,
    offset: options.offset,
  });
}
