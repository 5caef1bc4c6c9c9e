import { sql } from 'drizzle-orm';
import type { ConversationSide, MessageAttachment, ProductCard } from '../../../shared/schemas/messages.js';
import type { Db } from '../../db/client.js';
import { preparedRaw } from '../../db/prepared.js';
import { countHitsSql, windowsParam, type RateWindow } from '../../platform/rate-limiter.js';
import type { Party } from './conversation.repo.js';
import type { MessageRow } from './message.repo.js';
import { MESSAGES_CHANNEL } from './message-notify.repo.js';

/**
 * A notice carries the message itself when it fits: NOTIFY payloads must stay below 8,000 bytes.
 * Longer ones (up to 5,000 characters of text, 3 bytes each in Chinese) carry ids only and the
 * listening instance loads the message.
 */
export const NOTICE_MAX_BYTES = 7900;

export interface SendValues {
  conversationId: string;
  party: Party;
  body: string;
  language: string;
  productCard: ProductCard | null;
  order: { id: string; number: string } | null;
  attachments: MessageAttachment[];
  fileIds: readonly string[];
  clientKey: string | null;
  now: Date;
  preview: string;
  /** The sender's rate-limit windows, counted in the statement (none: nothing counted). */
  windows: readonly RateWindow[];
}

/** What the one statement found and did; `message` is set when it inserted one. */
export interface SendOutcome {
  /** The caller's side; null: not a party (or no such conversation). */
  side: ConversationSide | null;
  blockedBySide: ConversationSide | null;
  /** The sender's earlier message with this clientKey (a retry); nothing was counted or written. */
  prior: MessageRow | null;
  /** Per window: whether this hit stayed within the limit (empty when nothing was counted). */
  hits: { key: string; allowed: boolean }[];
  message: MessageRow | null;
}

interface Row {
  side: ConversationSide | null;
  blocked_by_side: ConversationSide | null;
  prior: MessageRow | null;
  hits: { key: string; allowed: boolean }[] | null;
  message: MessageRow | null;
}

const p = (name: string) => sql.placeholder(name);

/**
 * The whole send in ONE statement (one round trip, its own transaction), in this order — each
 * step reads the previous one's result, so PostgreSQL cannot run them in another order:
 *
 * 1. `conv`: the conversation if the caller is a party, the caller's side and both accounts;
 * 2. `prior`: the sender's message with this clientKey (a retry is answered, not counted);
 * 3. `hits`: both rate-limit counters, in one INSERT … ON CONFLICT DO UPDATE — only for a party,
 *    not blocked, not a retry;
 * 4. `locked`: only when every counter allowed it, the two accounts' advisory locks in a fixed
 *    order (uuid order: no deadlock between two senders), held until commit;
 * 5. `moved`: the conversation's update, which DRAWS THE ID (nextval) — under the locks, so per
 *    account ids are drawn and committed in the same order (the stream's cursor,
 *    docs/decisions/0012-messages.md) — re-checking the block on the row's latest version;
 * 6. `m`, `files`: the message and its attachment rows with that id;
 * 7. `sent`: pg_notify, delivered to listeners at commit, carrying the message when it fits.
 */
const sendStatement = preparedRaw<Row>('message_send', () => {
  const windows = sql`${p('windows')}`;
  return sql`with conv as (
      select c.id, c.buyer_user_id, c.supplier_id, s.user_id as supplier_user_id, c.blocked_by_side,
        case when c.buyer_user_id = ${p('userId')}::uuid then 'buyer' else 'supplier' end as side
      from conversations c join suppliers s on s.id = c.supplier_id
      where c.id = ${p('conversationId')}::uuid
        and (c.buyer_user_id = ${p('userId')}::uuid or c.supplier_id = ${p('supplierId')}::uuid)
    ), prior as (
      select m.id, m.conversation_id, m.sender_side, m.body, m.language, m.product_card, m.order_id, m.order_number,
        m.attachments, m.created_at
      from messages m where m.sender_user_id = ${p('userId')}::uuid and m.client_key = ${p('clientKey')}::text
    ), go as (
      select conv.* from conv
      where (conv.blocked_by_side is null or conv.blocked_by_side = conv.side) and not exists (select 1 from prior)
    ), hits as (
      ${countHitsSql(windows, sql`exists (select 1 from go)`)}
    ), locked as (
      select go.*,
        pg_advisory_xact_lock(hashtextextended('msg:' || least(go.buyer_user_id, go.supplier_user_id)::text, 0)) as l1,
        pg_advisory_xact_lock(hashtextextended('msg:' || greatest(go.buyer_user_id, go.supplier_user_id)::text, 0)) as l2
      from go where not exists (select 1 from hits where not hits.allowed)
    ), moved as (
      update conversations cv set last_message_id = nextval(pg_get_serial_sequence('messages', 'id')),
        last_message_at = ${p('now')}::timestamptz, last_message_preview = ${p('preview')}::text,
        last_sender_side = locked.side,
        buyer_unread = cv.buyer_unread + (locked.side = 'supplier')::int,
        supplier_unread = cv.supplier_unread + (locked.side = 'buyer')::int,
        product_id = coalesce(${p('productId')}::uuid, cv.product_id),
        product_card = coalesce(${p('productCard')}::jsonb, cv.product_card)
      from locked
      -- A block by the other side committed after this statement's snapshot is seen here (the row's latest version).
      where cv.id = locked.id and (cv.blocked_by_side is null or cv.blocked_by_side = locked.side)
      returning cv.last_message_id as id, locked.side, locked.buyer_user_id, locked.supplier_id
    ), m as (
      insert into messages (id, conversation_id, sender_side, sender_user_id, body, language, product_id, product_card,
        order_id, order_number, attachments, client_key, created_at)
      select moved.id, ${p('conversationId')}::uuid, moved.side, ${p('userId')}::uuid, ${p('body')}::text,
        ${p('language')}::text, ${p('productId')}::uuid, ${p('productCard')}::jsonb, ${p('orderId')}::uuid,
        ${p('orderNumber')}::text, ${p('attachments')}::jsonb, ${p('clientKey')}::text, ${p('now')}::timestamptz
      from moved
      returning id, conversation_id, sender_side, body, language, product_card, order_id, order_number, attachments,
        created_at
    ), files as (
      insert into message_attachments (conversation_id, file_id, message_id)
      select m.conversation_id, f.value::uuid, m.id from m, jsonb_array_elements_text(${p('fileIds')}::jsonb) f
    ), notice as (
      select json_build_object('t', 'message', 'id', m.id, 'c', m.conversation_id, 'b', moved.buyer_user_id,
          's', moved.supplier_id)::text as short,
        json_build_object('t', 'message', 'id', m.id, 'c', m.conversation_id, 'b', moved.buyer_user_id,
          's', moved.supplier_id, 'm', json_build_object('id', m.id, 'conversationId', m.conversation_id,
            'senderSide', m.sender_side, 'body', m.body, 'language', m.language, 'productCard', m.product_card,
            'order', case when m.order_id is not null and m.order_number is not null
              then json_build_object('id', m.order_id, 'number', m.order_number) end,
            'attachments', m.attachments, 'createdAt', ${p('nowText')}::text))::text as full
      from m, moved
    ), sent as (
      select pg_notify(${MESSAGES_CHANNEL}::text,
        case when octet_length(notice.full) < ${NOTICE_MAX_BYTES}::int then notice.full else notice.short end)
      from notice
    )
    select conv.side, conv.blocked_by_side, (select row_to_json(prior) from prior) as prior,
      (select json_agg(json_build_object('key', hits.key, 'allowed', hits.allowed)) from hits) as hits,
      (select row_to_json(m) from m) as message, (select count(*) from sent) as notified
    from (select 1) as one left join conv on true`;
});

/** Sends a message in one statement (see above); the caller turns the outcome into an answer. */
export async function sendMessage(db: Db, v: SendValues): Promise<SendOutcome> {
  const [row] = await sendStatement(db).execute({
    conversationId: v.conversationId,
    userId: v.party.userId,
    supplierId: v.party.supplierId,
    body: v.body,
    language: v.language,
    productId: v.productCard?.productId ?? null,
    productCard: v.productCard ? JSON.stringify(v.productCard) : null,
    orderId: v.order?.id ?? null,
    orderNumber: v.order?.number ?? null,
    attachments: JSON.stringify(v.attachments),
    fileIds: JSON.stringify(v.fileIds),
    clientKey: v.clientKey,
    now: v.now.toISOString(),
    nowText: v.now.toISOString(),
    preview: v.preview,
    windows: windowsParam(v.windows),
  });
  return {
    side: row?.side ?? null,
    blockedBySide: row?.blocked_by_side ?? null,
    prior: row?.prior ?? null,
    hits: row?.hits ?? [],
    message: row?.message ?? null,
  };
}
