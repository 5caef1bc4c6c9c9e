/**
 * Test data for the communication window: conversations written directly, and messages written
 * exactly as the send path does (one transaction: the per-party ordering locks, the insert, the
 * conversation's last message and unread count, the NOTIFY), so the stream can be tested on its own.
 */
import { eq, sql } from 'drizzle-orm';
import type { Locale } from '../../shared/locales.js';
import type { Db } from '../db/client.js';
import {
  lockPartiesForMessage,
  notifyMessageEvent,
  type MessageNotice,
} from '../modules/messages/message-notify.repo.js';
import { conversations, messages } from '../modules/messages/messages.tables.js';

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

/** One message, written as POST /api/conversations/:id/messages writes it; returns its id. */
export async function writeMessage(
  db: Db,
  conversation: TestConversation,
  from: 'buyer' | 'supplier',
  body: string,
  options: { language?: Locale; now?: Date } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    await lockPartiesForMessage(tx, conversation.buyerUserId, conversation.supplierUserId);
    const [row] = await tx
      .insert(messages)
      .values({
        conversationId: conversation.id,
        senderSide: from,
        senderUserId: from === 'buyer' ? conversation.buyerUserId : conversation.supplierUserId,
        body,
        language: options.language ?? 'en',
        createdAt: now,
      })
      .returning({ id: messages.id });
    const id = row!.id;
    await tx
      .update(conversations)
      .set({
        lastMessageId: id,
        lastMessageAt: now,
        lastMessagePreview: body.slice(0, 100),
        lastSenderSide: from,
        ...(from === 'buyer'
          ? { supplierUnread: sql`${conversations.supplierUnread} + 1` }
          : { buyerUnread: sql`${conversations.buyerUnread} + 1` }),
      })
      .where(eq(conversations.id, conversation.id));
    await notifyMessageEvent(tx, {
      t: 'message',
      id,
      c: conversation.id,
      b: conversation.buyerUserId,
      s: conversation.supplierId,
    });
    return id;
  });
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
