import { and, asc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { conversations, messages } from './messages.tables.js';

/** The stream's parties: the account (as buyer) and, when approved, its supplier. */
export interface StreamParty {
  userId: string;
  supplierId: string | null;
}

const messageColumns = {
  id: messages.id,
  conversationId: messages.conversationId,
  senderSide: messages.senderSide,
  body: messages.body,
  language: messages.language,
  productCard: messages.productCard,
  orderId: messages.orderId,
  orderNumber: messages.orderNumber,
  attachments: messages.attachments,
  createdAt: messages.createdAt,
};

export type StreamMessageRow = {
  id: number;
  conversationId: string;
  senderSide: string;
  body: string;
  language: string;
  productCard: (typeof messages.$inferSelect)['productCard'];
  orderId: string | null;
  orderNumber: string | null;
  attachments: (typeof messages.$inferSelect)['attachments'];
  createdAt: Date;
};

/** The caller's conversations: as buyer, and as supplier when the account is one. */
function partyFilter(party: StreamParty): SQL {
  const asBuyer = eq(conversations.buyerUserId, party.userId);
  return party.supplierId ? or(asBuyer, eq(conversations.supplierId, party.supplierId))! : asBuyer;
}

/**
 * The catch-up: messages after `after` in the caller's conversations, oldest first, at most
 * `limit` (the caller asks one more than it sends, to know whether there are more).
 */
export async function messagesAfter(
  db: Pick<Db, 'select'>,
  party: StreamParty,
  after: number,
  limit: number,
): Promise<StreamMessageRow[]> {
  return db
    .select(messageColumns)
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(and(gt(messages.id, after), partyFilter(party)))
    .orderBy(asc(messages.id))
    .limit(limit);
}

/** The highest message id in the caller's conversations (0 without any): a fresh stream's cursor. */
export async function highestMessageId(db: Pick<Db, 'select'>, party: StreamParty): Promise<number> {
  const [row] = await db
    .select({ id: sql<number>`coalesce(max(${conversations.lastMessageId}), 0)`.mapWith(Number) })
    .from(conversations)
    .where(partyFilter(party));
  return row?.id ?? 0;
}

/** Messages by id, in one statement (the fan-out loads each notified message once per instance). */
export async function messagesByIds(db: Pick<Db, 'select'>, ids: readonly number[]): Promise<StreamMessageRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(messageColumns)
    .from(messages)
    .where(inArray(messages.id, [...ids]))
    .orderBy(asc(messages.id));
}
