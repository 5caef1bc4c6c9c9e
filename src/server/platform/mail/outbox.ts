import type { Locale } from '../../../shared/locales.js';
import type { Db } from '../../db/client.js';
import { mailOutbox } from './mail.tables.js';
import { renderMail, type MailTemplateName, type MailTemplates } from './templates.js';

export interface OutgoingMail<T extends MailTemplateName = MailTemplateName> {
  to: string;
  locale: Locale;
  template: T;
  params: MailTemplates[T];
}

/** Anything that can insert: the root db or a transaction. */
export type DbOrTx = Pick<Db, 'insert'>;

export interface Mailer {
  /** Writes the message into the outbox using `tx`, so it commits or rolls back with the change. */
  enqueue<T extends MailTemplateName>(tx: DbOrTx, mail: OutgoingMail<T>): Promise<void>;
}

export function createMailer(options: {
  supportPhone: string;
  clock?: { now(): Date };
  onEnqueued?: () => void;
}): Mailer {
  return {
    async enqueue(tx, mail) {
      const rendered = renderMail(mail.template, mail.locale, mail.params, options.supportPhone);
      await tx.insert(mailOutbox).values({
        toAddress: mail.to,
        locale: mail.locale,
        template: mail.template,
        subject: rendered.subject,
        textBody: rendered.text,
        htmlBody: rendered.html,
        // The worker compares with the app clock, so the due time comes from it too.
        ...(options.clock ? { nextAttemptAt: options.clock.now() } : {}),
      });
      // A hint to the in-process worker; delivery does not depend on it (it also polls).
      options.onEnqueued?.();
    },
  };
}
