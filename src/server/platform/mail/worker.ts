import { and, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.js';
import type { Clock } from '../clock.js';
import { mailOutbox } from './mail.tables.js';
import type { MailTransport } from './transport.js';

export interface MailWorkerOptions {
  db: Db;
  transport: MailTransport;
  clock: Clock;
  log: FastifyBaseLogger;
  maxAttempts: number;
  pollIntervalMs: number;
  batchSize?: number;
  /** A message still "sending" after this long is assumed lost with its worker and retried. */
  staleLockSeconds?: number;
}

interface ClaimedRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
}

/** Seconds to wait before try n+1: 30 s, 1 min, 2 min … capped at 1 h. */
export const backoffSeconds = (attempts: number) => Math.min(30 * 2 ** Math.max(0, attempts - 1), 3600);

/**
 * Delivers the outbox. Claims rows with FOR UPDATE SKIP LOCKED so several instances never
 * send one message twice; retries with backoff; marks a message failed after maxAttempts.
 */
export class MailWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = true;
  private wakeRequested = false;

  constructor(private readonly options: MailWorkerOptions) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Ask for a run soon (after an enqueue), instead of waiting for the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(20);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.options.transport.close();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    try {
      this.running = this.runOnce();
      await this.running;
    } catch (error) {
      this.options.log.error({ err: error }, 'mail worker run failed');
    } finally {
      this.running = undefined;
    }
    const again = this.wakeRequested;
    this.wakeRequested = false;
    this.schedule(again ? 0 : this.options.pollIntervalMs);
  }

  /** One pass: claim due messages, send them, record the outcome. Returns how many were tried. */
  async runOnce(): Promise<number> {
    const { db, transport, clock, maxAttempts } = this.options;
    const now = clock.now();
    const staleBefore = new Date(now.getTime() - (this.options.staleLockSeconds ?? 300) * 1000);
    // Both drivers (node-postgres and PGlite) answer raw SQL with `{ rows }`.
    const claimed = (await db.execute(sql`
      UPDATE mail_outbox SET status = 'sending', locked_at = ${now.toISOString()}, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM mail_outbox
        WHERE (status = 'pending' AND next_attempt_at <= ${now.toISOString()})
           OR (status = 'sending' AND locked_at < ${staleBefore.toISOString()})
        ORDER BY created_at
        LIMIT ${this.options.batchSize ?? 20}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING id, to_address, subject, text_body, html_body, attempts`)) as unknown as { rows: ClaimedRow[] };
    const rows = claimed.rows;
    for (const row of rows) {
      try {
        await transport.send({ to: row.to_address, subject: row.subject, text: row.text_body, html: row.html_body });
        await db
          .update(mailOutbox)
          .set({ status: 'sent', sentAt: clock.now(), lockedAt: null, lastError: null, transport: transport.name })
          // Only while we still hold the claim: a slow worker must not overwrite a retry's outcome.
          .where(and(eq(mailOutbox.id, row.id), eq(mailOutbox.status, 'sending'), eq(mailOutbox.lockedAt, now)));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const failed = row.attempts >= maxAttempts;
        this.options.log.warn({ mailId: row.id, attempts: row.attempts, failed, err: message }, 'mail delivery failed');
        await db
          .update(mailOutbox)
          .set({
            status: failed ? 'failed' : 'pending',
            lockedAt: null,
            lastError: message.slice(0, 1000),
            nextAttemptAt: new Date(clock.now().getTime() + backoffSeconds(row.attempts) * 1000),
          })
          .where(and(eq(mailOutbox.id, row.id), eq(mailOutbox.status, 'sending'), eq(mailOutbox.lockedAt, now)));
      }
    }
    return rows.length;
  }
}
