import { sql, type SQL } from 'drizzle-orm';
import type { ConversationSide, ProductCard } from '../../../shared/schemas/messages.js';
import type { Db } from '../../db/client.js';
import { escapeLike } from '../../db/like.js';

type Exec = Pick<Db, 'execute'>;

/** Raw rows: node-postgres returns int8 as text, PGlite as number; the mapper normalises both. */
export async function rowsOf<T>(db: Exec, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The caller as the party checks see it: the account and, for a supplier account, its supplier id. */
export interface Party {
  userId: string;
  supplierId: string | null;
}

/** A conversation row with both parties' names (a read model over suppliers, buyer profiles, users). */
export interface ConversationRow {
  id: string;
  buyer_user_id: string;
  supplier_id: string;
  supplier_user_id: string;
  created_at: Date | string;
  product_card: ProductCard | null;
  last_message_id: number | string;
  last_message_at: Date | string | null;
  last_message_preview: string | null;
  last_sender_side: ConversationSide | null;
  buyer_unread: number;
  supplier_unread: number;
  buyer_read_id: number | string;
  supplier_read_id: number | string;
  buyer_delivered_id: number | string;
  supplier_delivered_id: number | string;
  blocked_by_side: ConversationSide | null;
  s_name_zh: string | null;
  s_name_en: string | null;
  s_country: string | null;
  b_name_zh: string | null;
  b_name_en: string | null;
  b_country: string | null;
  b_account: string | null;
  reported?: boolean;
  total?: number | string;
  unread_total?: number | string | null;
}

/** The caller's side in a conversation (SQL): buyer when it is the buyer account, else supplier. */
const partyFilter = (p: Party) =>
  p.supplierId === null
    ? sql`c.buyer_user_id = ${p.userId}`
    : sql`(c.buyer_user_id = ${p.userId} or c.supplier_id = ${p.supplierId})`;

const JOINED = sql`c.id, c.buyer_user_id, c.supplier_id, s.user_id as supplier_user_id, c.created_at, c.product_card,
  c.last_message_id, c.last_message_at, c.last_message_preview, c.last_sender_side, c.buyer_unread, c.supplier_unread,
  c.buyer_read_id, c.supplier_read_id, c.buyer_delivered_id, c.supplier_delivered_id, c.blocked_by_side,
  s.name_zh as s_name_zh, s.name_en as s_name_en, s.country as s_country,
  bp.company_name_zh as b_name_zh, bp.company_name_en as b_name_en, bp.country as b_country, u.account_name as b_account`;
const FROM = sql`from conversations c join suppliers s on s.id = c.supplier_id join users u on u.id = c.buyer_user_id
  left join buyer_profiles bp on bp.user_id = c.buyer_user_id`;

/** One conversation if the caller is one of its parties (with whether the caller has an open report). */
export async function conversationForParty(db: Exec, id: string, party: Party): Promise<ConversationRow | undefined> {
  const [row] = await rowsOf<ConversationRow>(
    db,
    sql`select ${JOINED}, exists(select 1 from conversation_reports r where r.conversation_id = c.id
        and r.reporter_user_id = ${party.userId} and r.status = 'open') as reported
      ${FROM} where c.id = ${id} and ${partyFilter(party)}`,
  );
  return row;
}

/** Whether the caller is a party: the thread page's check, without the list's joins. */
export async function isParty(db: Exec, id: string, party: Party): Promise<boolean> {
  const rows = await rowsOf(db, sql`select 1 from conversations c where c.id = ${id} and ${partyFilter(party)}`);
  return rows.length > 0;
}

/** A conversation by id for staff (through a report) or after a find-or-create. */
export async function conversationById(db: Exec, id: string): Promise<ConversationRow | undefined> {
  const [row] = await rowsOf<ConversationRow>(db, sql`select ${JOINED}, false as reported ${FROM} where c.id = ${id}`);
  return row;
}

/**
 * Find-or-create the pair's conversation in one statement pair: INSERT … ON CONFLICT DO NOTHING
 * answers the id only when it created the row; otherwise the existing row is read.
 */
export async function insertConversation(
  db: Exec,
  values: { buyerUserId: string; supplierId: string; now: Date; searchText: string; card: ProductCard | null },
): Promise<{ id: string; created: boolean }> {
  const [created] = await rowsOf<{ id: string }>(
    db,
    sql`insert into conversations (buyer_user_id, supplier_id, created_at, search_text, product_id, product_card)
      values (${values.buyerUserId}, ${values.supplierId}, ${values.now.toISOString()}, ${values.searchText},
        ${values.card?.productId ?? null}, ${values.card ? JSON.stringify(values.card) : null}::jsonb)
      on conflict (buyer_user_id, supplier_id) do nothing returning id`,
  );
  if (created) return { id: created.id, created: true };
  const [existing] = await rowsOf<{ id: string }>(
    db,
    sql`update conversations set product_id = coalesce(${values.card?.productId ?? null}::uuid, product_id),
        product_card = coalesce(${values.card ? JSON.stringify(values.card) : null}::jsonb, product_card)
      where buyer_user_id = ${values.buyerUserId} and supplier_id = ${values.supplierId} returning id`,
  );
  if (!existing) throw new Error('conversation vanished between insert and read');
  return { id: existing.id, created: false };
}

export async function conversationIdOfPair(
  db: Exec,
  buyerUserId: string,
  supplierId: string,
): Promise<string | undefined> {
  const [row] = await rowsOf<{ id: string }>(
    db,
    sql`select id from conversations where buyer_user_id = ${buyerUserId} and supplier_id = ${supplierId}`,
  );
  return row?.id;
}

/** What the search text is built from: both companies' names (conversation-search.ts). */
export interface SearchNames {
  s_name_zh: string | null;
  s_name_en: string;
  b_name_zh: string | null;
  b_name_en: string | null;
  b_account: string;
}
/** SearchNames' columns over suppliers `s`, users `u` (the buyer) and buyer_profiles `bp`. */
const SEARCH_NAMES = sql`s.name_zh as s_name_zh, s.name_en as s_name_en, bp.company_name_zh as b_name_zh,
  bp.company_name_en as b_name_en, u.account_name as b_account`;

/** Both companies' names, and what starting a conversation checks about the two accounts. */
export interface PartyNamesRow extends SearchNames {
  supplier_user_id: string;
  b_email: string;
  b_created_at: Date | string;
}

/** A buyer's conversations with both parties' names as they are now, and the search text stored. */
export async function buyerConversationNames(
  db: Exec,
  buyerUserId: string,
): Promise<(SearchNames & { id: string; search_text: string })[]> {
  return rowsOf(
    db,
    sql`select c.id, c.search_text, ${SEARCH_NAMES}
      from conversations c join suppliers s on s.id = c.supplier_id join users u on u.id = c.buyer_user_id
      left join buyer_profiles bp on bp.user_id = c.buyer_user_id
      where c.buyer_user_id = ${buyerUserId}`,
  );
}

/** New search texts, one statement. */
export async function setSearchTexts(db: Exec, texts: { id: string; text: string }[]): Promise<void> {
  await db.execute(sql`update conversations c set search_text = v.text
    from json_to_recordset(${JSON.stringify(texts)}::json) as v(id uuid, text text)
    where c.id = v.id`);
}

export async function partyNames(
  db: Exec,
  buyerUserId: string,
  supplierId: string,
): Promise<PartyNamesRow | undefined> {
  const [row] = await rowsOf<PartyNamesRow>(
    db,
    sql`select s.user_id as supplier_user_id, ${SEARCH_NAMES}, u.email as b_email, u.created_at as b_created_at
      from suppliers s cross join users u left join buyer_profiles bp on bp.user_id = u.id
      where s.id = ${supplierId} and u.id = ${buyerUserId}`,
  );
  return row;
}

const mineFor = (alias: string, p: Party) =>
  p.supplierId === null
    ? sql`${sql.raw(alias)}.buyer_user_id = ${p.userId}`
    : sql`(${sql.raw(alias)}.buyer_user_id = ${p.userId} or ${sql.raw(alias)}.supplier_id = ${p.supplierId})`;

/** The badge: unread messages and the highest message id over the caller's conversations, one statement. */
export async function unreadOf(db: Exec, party: Party): Promise<{ unread: number; lastMessageId: number }> {
  const [row] = await rowsOf<{ unread: number | string | null; last: number | string | null }>(
    db,
    sql`select sum(case when x.buyer_user_id = ${party.userId} then x.buyer_unread else x.supplier_unread end) as unread,
        max(x.last_message_id) as last from conversations x where ${mineFor('x', party)}`,
  );
  return { unread: Number(row?.unread ?? 0), lastMessageId: Number(row?.last ?? 0) };
}

/** For an empty page (its window has no row to carry them): the total and the unread total, one statement. */
export async function countConversations(
  db: Exec,
  party: Party,
  side?: ConversationSide,
  q?: string,
): Promise<{ total: number; unreadTotal: number }> {
  const sideFilter =
    side === 'buyer'
      ? sql` and x.buyer_user_id = ${party.userId}`
      : side === 'supplier'
        ? sql` and x.supplier_id = ${party.supplierId}`
        : sql``;
  const search = q ? sql` and x.search_text like ${'%' + escapeLike(q.toLowerCase()) + '%'}` : sql``;
  const [row] = await rowsOf<{ n: number | string; unread: number | string | null }>(
    db,
    sql`select count(*) filter (where true${sideFilter}${search}) as n,
        sum(case when x.buyer_user_id = ${party.userId} then x.buyer_unread else x.supplier_unread end) as unread
      from conversations x where ${mineFor('x', party)}`,
  );
  return { total: Number(row?.n ?? 0), unreadTotal: Number(row?.unread ?? 0) };
}

/**
 * "Read up to": my read id = greatest(read, least(upTo, last)), my unread recomputed from the
 * messages of the other side above it, in one statement. Answers the new mark and whether it moved.
 */
export async function markRead(
  db: Exec,
  id: string,
  side: ConversationSide,
  upTo: number,
): Promise<{ readId: number; changed: boolean } | undefined> {
  const read = side === 'buyer' ? sql.raw('buyer_read_id') : sql.raw('supplier_read_id');
  const unread = side === 'buyer' ? sql.raw('buyer_unread') : sql.raw('supplier_unread');
  const other = side === 'buyer' ? 'supplier' : 'buyer';
  const [row] = await rowsOf<{ read_id: number | string; old_id: number | string }>(
    db,
    sql`update conversations c set ${read} = n.read_id,
        ${unread} = (select count(*) from messages m where m.conversation_id = c.id and m.sender_side = ${other}
          and m.id > n.read_id)
      from (select id, ${read} as old_id, greatest(${read}, least(${upTo}::int8, last_message_id)) as read_id
        from conversations where id = ${id} for update) n
      where c.id = n.id returning n.read_id, n.old_id`,
  );
  if (!row) return undefined;
  return { readId: Number(row.read_id), changed: Number(row.read_id) !== Number(row.old_id) };
}

/** The caller's client received messages up to `upTo`: raises its delivered marks everywhere, one statement. */
export async function markDelivered(
  db: Exec,
  party: Party,
  upTo: number,
): Promise<
  { id: string; buyer_user_id: string; supplier_id: string; side: ConversationSide; up_to: number | string }[]
> {
  return rowsOf(
    db,
    sql`update conversations c set
        buyer_delivered_id = case when c.buyer_user_id = ${party.userId}
          then greatest(c.buyer_delivered_id, least(${upTo}::int8, c.last_message_id)) else c.buyer_delivered_id end,
        supplier_delivered_id = case when c.buyer_user_id <> ${party.userId}
          then greatest(c.supplier_delivered_id, least(${upTo}::int8, c.last_message_id)) else c.supplier_delivered_id end
      where ${partyFilter(party)}
        and case when c.buyer_user_id = ${party.userId} then c.buyer_delivered_id else c.supplier_delivered_id end
          < least(${upTo}::int8, c.last_message_id)
      returning c.id, c.buyer_user_id, c.supplier_id,
        case when c.buyer_user_id = ${party.userId} then 'buyer' else 'supplier' end as side,
        case when c.buyer_user_id = ${party.userId} then c.buyer_delivered_id else c.supplier_delivered_id end as up_to`,
  );
}

/** Block (side) or unblock (null, only by the side that blocked); answers whether it changed. */
export async function setBlock(
  db: Exec,
  id: string,
  blockedBy: ConversationSide | null,
  unblockingSide: ConversationSide | null,
  now: Date,
): Promise<boolean> {
  const rows =
    blockedBy !== null
      ? await rowsOf(
          db,
          sql`update conversations set blocked_by_side = ${blockedBy}, blocked_at = ${now.toISOString()}
            where id = ${id} and blocked_by_side is distinct from ${blockedBy} returning id`,
        )
      : await rowsOf(
          db,
          sql`update conversations set blocked_by_side = null, blocked_at = null
            where id = ${id} and blocked_by_side = ${unblockingSide} returning id`,
        );
  return rows.length > 0;
}

export async function emailDigestOf(db: Exec, userId: string): Promise<boolean> {
  const [row] = await rowsOf<{ email_digest: boolean }>(
    db,
    sql`select email_digest from message_settings where user_id = ${userId}`,
  );
  return row?.email_digest ?? true;
}

export async function saveEmailDigest(db: Exec, userId: string, on: boolean): Promise<void> {
  await db.execute(
    sql`insert into message_settings (user_id, email_digest) values (${userId}, ${on})
      on conflict (user_id) do update set email_digest = excluded.email_digest`,
  );
}
