import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

/** The one LISTEN/NOTIFY channel of the communication window (docs/decisions/0012-messages.md). */
export const MESSAGES_CHANNEL = 'br_messages';

/**
 * What goes over the channel: ids only (a NOTIFY payload is limited to 8,000 bytes, a message's
 * text is not), and both parties' keys so each instance knows which of its connections to tell.
 * `buyerUserId` and `supplierId` name the two parties' streams (a supplier's stream is the
 * session whose supplierId it is).
 */
export type MessageNotice =
  | { t: 'message'; id: number; c: string; b: string; s: string }
  | { t: 'read' | 'delivered'; c: string; b: string; s: string; side: 'buyer' | 'supplier'; upTo: number }
  | { t: 'block'; c: string; b: string; s: string; blockedBySide: 'buyer' | 'supplier' | null };

/**
 * Sends a notice inside the caller's transaction: PostgreSQL delivers it to every listener when
 * (and only if) that transaction commits, so a reader never hears of a message it cannot load.
 */
export async function notifyMessageEvent(tx: Db, notice: MessageNotice): Promise<void> {
  await tx.execute(sql`select pg_notify(${MESSAGES_CHANNEL}, ${JSON.stringify(notice)})`);
}

/**
 * Serialises the message inserts of the two parties' streams: a transaction that adds a message
 * takes both accounts' advisory locks (in a fixed order, so two senders never deadlock) before
 * the id is drawn, and holds them to commit. Ids then commit in order per account, so a stream
 * that caught up to id N can never later see a message with an id below N appear.
 */
export async function lockPartiesForMessage(tx: Db, userIdA: string, userIdB: string): Promise<void> {
  const [first, second] = [userIdA, userIdB].sort();
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${'msg:' + first}, 0)), pg_advisory_xact_lock(hashtextextended(${'msg:' + second}, 0))`,
  );
}
