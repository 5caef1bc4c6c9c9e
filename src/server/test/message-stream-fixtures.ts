/**
 * Test data for the communication window: conversations written directly, and messages written by
 * the send path's own statement, so the stream can be tested on its own.
 */
import { eq } from 'drizzle-orm';
import type { Locale } from '../../shared/locales.js';
import type { Db } from '../db/client.js';
import { sendMessage } from '../modules/messages/message-send.repo.js';
import { notifyMessageEvent, type MessageNotice } from '../modules/messages/message-notify.repo.js';
import { conversations } from '../modules/messages/messages.tables.js';

export interface TestConversation {
  id: string;
  buyerUserId: string;
  supplierId: string;
  /** The supplier's account (the second party of the ordering locks). */
  supplierUserId: string;
}

export async function insertConversation(
  db: Db,
  parties: { buyerUserId: string; supplierId: string; supplierUserId: string },
  now = new Date(),
): Promise<TestConversation> {
  const [row] = await db
    .insert(conversations)
    .values({ buyerUserId: parties.buyerUserId, supplierId: parties.supplierId, createdAt: now })
    .returning({ id: conversations.id });
  return { id: row!.id, ...parties };
}

/**
 * One message, written by the send route's own statement (message-send.repo.ts: ordering locks,
 * insert, the conversation's last message and unread count, the NOTIFY), without rate limits;
 * returns its id.
 */
export async function writeMessage(
  db: Db,
  conversation: TestConversation,
  from: 'buyer' | 'supplier',
  body: string,
  options: { language?: Locale; now?: Date } = {},
): Promise<number> {
  const party =
    from === 'buyer'
      ? { userId: conversation.buyerUserId, supplierId: null }
      : { userId: conversation.supplierUserId, supplierId: conversation.supplierId };
  const outcome = await sendMessage(db, {
    conversationId: conversation.id,
    party,
    body,
    language: options.language ?? 'en',
    productCard: null,
    order: null,
    attachments: [],
    fileIds: [],
    clientKey: null,
    now: options.now ?? new Date(),
    preview: body.slice(0, 100),
    windows: [],
  });
  if (!outcome.message) throw new Error(`writeMessage: not sent (${JSON.stringify(outcome)})`);
  return Number(outcome.message.id);
}

/** A read mark or a block change with its notice, as the read and block routes write them. */
export async function writeMark(
  db: Db,
  conversation: TestConversation,
  mark:
    | { t: 'read'; side: 'buyer' | 'supplier'; upTo: number }
    | { t: 'block'; blockedBySide: 'buyer' | 'supplier' | null },
): Promise<void> {
  const parties = { c: conversation.id, b: conversation.buyerUserId, s: conversation.supplierId };
  await db.transaction(async (tx) => {
    let notice: MessageNotice;
    if (mark.t === 'read') {
      await tx
        .update(conversations)
        .set(
          mark.side === 'buyer'
            ? { buyerReadId: mark.upTo, buyerUnread: 0 }
            : { supplierReadId: mark.upTo, supplierUnread: 0 },
        )
        .where(eq(conversations.id, conversation.id));
      notice = { t: 'read', side: mark.side, upTo: mark.upTo, ...parties };
    } else {
      await tx
        .update(conversations)
        .set({ blockedBySide: mark.blockedBySide, blockedAt: mark.blockedBySide ? new Date() : null })
        .where(eq(conversations.id, conversation.id));
      notice = { t: 'block', blockedBySide: mark.blockedBySide, ...parties };
    }
    await notifyMessageEvent(tx, notice);
  });
}
