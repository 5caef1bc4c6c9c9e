import type { FastifyBaseLogger } from 'fastify';
import { isLocale, type Locale } from '../../../shared/locales.js';
import type { ConversationSide } from '../../../shared/schemas/messages.js';
import { translate } from '../../platform/i18n/translate.js';
import type { ModuleContext } from '../../platform/module-context.js';
import { claimDigests, digestRecipient, digestTexts } from './message-digest.repo.js';
import { DIGEST_DELAY_MS, DIGEST_TEXT_CHARS, DIGEST_TEXTS } from './messages.limits.js';

export interface DigestWorkerOptions extends Pick<ModuleContext, 'db' | 'clock' | 'mailer' | 'publicUrl'> {
  log: Pick<FastifyBaseLogger, 'error'>;
  intervalMs: number;
  /** Conversations claimed per side and run. */
  batch?: number;
}

const shorten = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > DIGEST_TEXT_CHARS ? `${flat.slice(0, DIGEST_TEXT_CHARS - 1)}…` : flat;
};

/**
 * The 10-minute email (issue 14): a recipient who has not read a message within 10 minutes gets
 * ONE mail per conversation. Each run claims due conversations with one UPDATE … RETURNING that
 * moves the side's mailed mark (docs/decisions/0012-messages.md), and enqueues the mail through
 * the outbox in the same transaction: two instances never mail twice, a crash never loses one.
 */
export class MessageDigestWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = true;

  constructor(private readonly options: DigestWorkerOptions) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), this.options.intervalMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      this.running = this.runOnce();
      await this.running;
    } catch (error) {
      this.options.log.error({ err: error }, 'message digest run failed');
    } finally {
      this.running = undefined;
    }
    this.schedule();
  }

  /** One pass for both sides; answers how many mails were enqueued. */
  async runOnce(now: Date = this.options.clock.now()): Promise<number> {
    let sent = 0;
    for (const side of ['buyer', 'supplier'] as const) sent += await this.runSide(side, now);
    return sent;
  }

  private async runSide(side: ConversationSide, now: Date): Promise<number> {
    const { db, mailer, publicUrl } = this.options;
    return db.transaction(async (tx) => {
      const claimed = await claimDigests(tx, side, now, DIGEST_DELAY_MS, this.options.batch ?? 200);
      let sent = 0;
      for (const c of claimed) {
        const to = await digestRecipient(tx, c.id, side);
        // The setting off: the mark still moved, so nothing is mailed later either.
        if (!to || to.email_digest === false) continue;
        const texts = await digestTexts(tx, c.id, side, Number(c.from_id), Number(c.through_id), DIGEST_TEXTS);
        if (!texts.length) continue;
        const locale: Locale = isLocale(to.locale) ? to.locale : 'en';
        const company =
          (locale === 'zh-CN' ? to.other_name_zh || to.other_name_en : to.other_name_en || to.other_name_zh) ?? '';
        const total = Number(texts[0]!.total);
        const lines = texts.map((t) => shorten(t.body) || t.attachments.map((a) => a.name).join(', '));
        if (total > texts.length)
          lines.push(translate(locale, 'mail.messageDigest.more', { count: total - texts.length }));
        await mailer.enqueue(tx, {
          to: to.email,
          locale,
          template: 'messageDigest',
          params: {
            name: to.account_name,
            company,
            count: total,
            messages: lines.join('\n'),
            link: `${publicUrl}/${locale}/messages/${c.id}`,
          },
        });
        sent += 1;
      }
      return sent;
    });
  }
}
