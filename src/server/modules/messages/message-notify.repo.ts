import { sql } from 'drizzle-orm';
import type { Message } from '../../../shared/schemas/messages.js';
import type { Db } from '../../db/client.js';

/** The one LISTEN/NOTIFY channel of the communication window (docs/decisions/0012-messages.md). */
export const MESSAGES_CHANNEL = 'br_messages';

/**
 * What goes over the channel: both parties' keys so each instance knows which of its connections
 * to tell (`b` the buyer account, `s` the supplier: a supplier's stream is the session whose
 * supplierId it is), and for a message its id and — when the whole notice stays below 8,000 bytes,
 * NOTIFY's limit — the message itself (`m`, as the contract's Message), so no instance reads it
 * back; a longer one carries the id only and is loaded by each listening instance.
 */
export type MessageNotice =
  | { t: 'message'; id: number; c: string; b: string; s: string; m?: Message }
  | { t: 'read' | 'delivered'; c: string; b: string; s: string; side: 'buyer' | 'supplier'; upTo: number }
  | { t: 'block'; c: string; b: string; s: string; blockedBySide: 'buyer' | 'supplier' | null };

/**
 * Sends a notice inside the caller's transaction: PostgreSQL delivers it to every listener when
 * (and only if) that transaction commits, so a reader never hears of a message it cannot load.
 */
export async function notifyMessageEvent(tx: Db, notice: MessageNotice): Promise<void> {
  await tx.execute(sql`select pg_notify(${MESSAGES_CHANNEL}, ${JSON.stringify(notice)})`);
}
