/**
 * The messages benchmark's accounts (issue 14), written directly with drizzle for speed: 2,000
 * buyer accounts, 20 supplier accounts, one conversation per buyer (buyer i with supplier i % 20),
 * one thread of 60 messages for the thread page, and a remembered session for each account (as
 * the login route makes them). Kept between runs (found again by account name); sessions are new
 * each run and revoked at its end.
 */
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client.js';
import { users } from '../../src/server/modules/accounts/accounts.tables.js';
import { createSession, sessionCookieName } from '../../src/server/modules/accounts/session.repo.js';
import { conversations, messages } from '../../src/server/modules/messages/messages.tables.js';
import { supplierApplications, suppliers } from '../../src/server/modules/suppliers/suppliers.tables.js';

export const MESSAGE_BUYERS = 2000;
const SUPPLIERS = 20;
const THREAD_LENGTH = 60;

export interface MessagesBench {
  /** Our own origin (the CSRF guard's Origin header for the sender's POSTs). */
  origin: string;
  /** One entry per buyer: its stream's cookie, its conversation, and the cookie of that conversation's supplier. */
  buyers: {
    cookie: string;
    conversationId: string;
    supplierCookie: string;
    /** The parties, for writing a message directly (the fan-out alone, without the send route). */
    buyerUserId: string;
    supplierId: string;
    supplierUserId: string;
  }[];
  /** A supplier with 100 conversations (the list) and the 60-message thread (the page). */
  listCookie: string;
  threadPath: string;
  /** Every session opened, to revoke at the end. */
  tokens: string[];
}

async function ensureUsers(db: Db, prefix: string, count: number): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  for (let i = 0; i < names.length; i += 500) {
    await db
      .insert(users)
      .values(
        names.slice(i, i + 500).map((accountName) => ({
          accountName,
          email: `${accountName}@bench.example`,
          // Never signed in with a password: the benchmark makes sessions directly.
          passwordHash: 'bench-no-password',
        })),
      )
      .onConflictDoNothing();
  }
  const rows = await db
    .select({ id: users.id, name: users.accountName })
    .from(users)
    .where(like(users.accountName, `${prefix}%`));
  const byName = new Map(rows.map((r) => [r.name, r.id]));
  return names.map((n) => byName.get(n)!);
}

async function ensureSuppliers(db: Db, userIds: string[]): Promise<string[]> {
  const now = new Date();
  const existing = await db
    .select({ id: suppliers.id, userId: suppliers.userId })
    .from(suppliers)
    .where(inArray(suppliers.userId, userIds));
  const have = new Map(existing.map((r) => [r.userId, r.id]));
  for (const [i, userId] of userIds.entries()) {
    if (have.has(userId)) continue;
    const nameEn = `Messages Bench Supplier ${i} Ltd.`;
    const [application] = await db
      .insert(supplierApplications)
      .values({ userId, status: 'approved', companyNameEn: nameEn, country: 'CN', submittedAt: now, decidedAt: now })
      .returning({ id: supplierApplications.id });
    const [row] = await db
      .insert(suppliers)
      .values({ userId, applicationId: application!.id, nameEn, country: 'CN', approvedAt: now })
      .returning({ id: suppliers.id });
    have.set(userId, row!.id);
  }
  return userIds.map((u) => have.get(u)!);
}

export async function seedMessagesBench(
  db: Db,
  options: { origin: string; secureCookies: boolean },
): Promise<MessagesBench> {
  const buyerIds = await ensureUsers(db, 'msgbench_b_', MESSAGE_BUYERS);
  const supplierUserIds = await ensureUsers(db, 'msgbench_s_', SUPPLIERS);
  const supplierIds = await ensureSuppliers(db, supplierUserIds);
  const now = new Date();
  await db
    .insert(conversations)
    .values(
      buyerIds.map((buyerUserId, i) => ({ buyerUserId, supplierId: supplierIds[i % SUPPLIERS]!, createdAt: now })),
    )
    .onConflictDoNothing();
  const rows = await db
    .select({ id: conversations.id, buyer: conversations.buyerUserId, lastMessageId: conversations.lastMessageId })
    .from(conversations)
    .where(inArray(conversations.supplierId, supplierIds));
  const conversationOf = new Map(rows.map((r) => [r.buyer, r]));

  // The thread page: the first buyer's conversation, 60 messages (written once).
  const thread = conversationOf.get(buyerIds[0]!)!;
  if (thread.lastMessageId === 0) {
    await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(messages)
        .values(
          Array.from({ length: THREAD_LENGTH }, (_, i) => ({
            conversationId: thread.id,
            senderSide: i % 2 ? 'supplier' : 'buyer',
            senderUserId: i % 2 ? supplierUserIds[0]! : buyerIds[0]!,
            body: `Bench thread message ${i}: MOQ, lead time and packing for the M8 bolts, please.`,
            language: 'en',
            createdAt: now,
          })),
        )
        .returning({ id: messages.id });
      await tx
        .update(conversations)
        .set({
          lastMessageId: Math.max(...inserted.map((m) => m.id)),
          lastMessageAt: now,
          lastMessagePreview: 'Bench thread message',
          lastSenderSide: 'supplier',
        })
        .where(and(eq(conversations.id, thread.id), eq(conversations.lastMessageId, 0)));
    });
  }

  const tokens: string[] = [];
  const cookieName = sessionCookieName(options.secureCookies);
  const signIn = async (userId: string) => {
    const session = await createSession(db, {
      userId,
      remember: true,
      origin: { ip: '127.0.0.1', userAgent: 'npm run bench (messages)' },
      now: new Date(),
      roles: [],
    });
    tokens.push(session.token);
    return `${cookieName}=${session.token}`;
  };
  const supplierCookies: string[] = [];
  for (const userId of supplierUserIds) supplierCookies.push(await signIn(userId));
  const buyers: MessagesBench['buyers'] = [];
  for (const [i, userId] of buyerIds.entries()) {
    buyers.push({
      cookie: await signIn(userId),
      conversationId: conversationOf.get(userId)!.id,
      supplierCookie: supplierCookies[i % SUPPLIERS]!,
      buyerUserId: userId,
      supplierId: supplierIds[i % SUPPLIERS]!,
      supplierUserId: supplierUserIds[i % SUPPLIERS]!,
    });
  }
  const [{ n } = { n: 0 }] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(messages)
    .where(eq(messages.conversationId, thread.id));
  if (n < 50) throw new Error(`bench: the thread has ${n} messages, fewer than a page`);
  return {
    origin: options.origin,
    buyers,
    listCookie: supplierCookies[0]!,
    threadPath: `/api/conversations/${thread.id}/messages?limit=50`,
    tokens,
  };
}
