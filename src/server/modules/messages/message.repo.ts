import { sql } from 'drizzle-orm';
import type { ConversationSide, MessageAttachment, ProductCard } from '../../../shared/schemas/messages.js';
import type { Db } from '../../db/client.js';
import { preparedRaw } from '../../db/prepared.js';
import { rowsOf, type Party } from './conversation.repo.js';

type Exec = Pick<Db, 'execute'>;

export interface MessageRow {
  id: number | string;
  conversation_id: string;
  sender_side: ConversationSide;
  body: string;
  language: string;
  product_card: ProductCard | null;
  order_id: string | null;
  order_number: string | null;
  attachments: MessageAttachment[];
  created_at: Date | string;
  has_older?: boolean;
}

const COLUMNS = sql`m.id, m.conversation_id, m.sender_side, m.body, m.language, m.product_card, m.order_id,
  m.order_number, m.attachments, m.created_at`;

/** A retried send: the message this sender already made with this key. */
export async function messageByClientKey(
  db: Exec,
  senderUserId: string,
  clientKey: string,
): Promise<MessageRow | undefined> {
  const [row] = await rowsOf<MessageRow>(
    db,
    sql`select ${COLUMNS} from messages m where m.sender_user_id = ${senderUserId} and m.client_key = ${clientKey}`,
  );
  return row;
}

/** Which of these files are already attached to some message (a file travels once). */
export async function attachedAnywhere(db: Exec, fileIds: readonly string[]): Promise<string[]> {
  if (!fileIds.length) return [];
  const list = sql.join(
    fileIds.map((f) => sql`${f}::uuid`),
    sql`, `,
  );
  const rows = await rowsOf<{ file_id: string }>(
    db,
    sql`select file_id from message_attachments where file_id in (${list})`,
  );
  return rows.map((r) => r.file_id);
}

/**
 * A thread page in one statement: the latest page, older than `before`, or newer than `after`
 * (catch-up, ascending). `limit + 1` rows tell whether more older ones exist; with `after`, a
 * scalar subquery tells it.
 */
export async function messagePage(
  db: Exec,
  conversationId: string,
  options: { before?: number; after?: number; limit: number; through?: number },
): Promise<{ rows: MessageRow[]; hasOlder: boolean }> {
  if (options.after !== undefined) {
    const rows = await rowsOf<MessageRow>(
      db,
      sql`select ${COLUMNS}, exists(select 1 from messages o where o.conversation_id = ${conversationId}
          and o.id <= ${options.after}) as has_older
        from messages m where m.conversation_id = ${conversationId} and m.id > ${options.after}
        order by m.id asc limit ${options.limit}`,
    );
    return { rows, hasOlder: rows[0]?.has_older ?? options.after > 0 };
  }
  const before = options.before !== undefined ? sql` and m.id < ${options.before}` : sql``;
  const through = options.through !== undefined ? sql` and m.id <= ${options.through}` : sql``;
  const rows = await rowsOf<MessageRow>(
    db,
    sql`select ${COLUMNS} from messages m where m.conversation_id = ${conversationId}${before}${through}
      order by m.id desc limit ${options.limit + 1}`,
  );
  const hasOlder = rows.length > options.limit;
  return { rows: rows.slice(0, options.limit).reverse(), hasOlder };
}

const ph = (name: string) => sql.placeholder(name);

/**
 * A party's page of a thread (the latest, or older than `before`), newest first, with the party
 * check in the same statement (an uncorrelated EXISTS: PostgreSQL checks it once, before reading
 * any message). No rows: not a party, or nothing (older) to show — the caller tells them apart.
 * Prepared (named): planned once per connection.
 */
const partyPageStatement = preparedRaw<MessageRow>(
  'message_party_page',
  () => sql`select ${COLUMNS} from messages m
    where m.conversation_id = ${ph('conversationId')}::uuid and m.id < ${ph('before')}::int8
      and exists (select 1 from conversations c where c.id = ${ph('conversationId')}::uuid
        and (c.buyer_user_id = ${ph('userId')}::uuid or c.supplier_id = ${ph('supplierId')}::uuid))
    order by m.id desc limit ${ph('limit')}::int`,
);

export async function partyMessagePage(
  db: Db,
  conversationId: string,
  party: Party,
  options: { before?: number; limit: number },
): Promise<{ rows: MessageRow[]; hasOlder: boolean }> {
  const rows = await partyPageStatement(db).execute({
    conversationId,
    userId: party.userId,
    supplierId: party.supplierId,
    before: options.before ?? Number.MAX_SAFE_INTEGER,
    limit: options.limit + 1,
  });
  return { rows: rows.slice(0, options.limit).reverse(), hasOlder: rows.length > options.limit };
}

/** The attachment download's access check: the file is carried by this conversation. */
export async function conversationCarriesFile(db: Exec, conversationId: string, fileId: string): Promise<boolean> {
  const rows = await rowsOf(
    db,
    sql`select 1 from message_attachments where conversation_id = ${conversationId} and file_id = ${fileId}`,
  );
  return rows.length > 0;
}
