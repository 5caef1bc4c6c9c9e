import type { CurrentUser } from '../../../shared/schemas/accounts.js';
import { formatDateTime } from '../../platform/i18n/translate.js';
import type { DbOrTx, Mailer } from '../../platform/mail/outbox.js';

/**
 * "Your password was changed" to the account's address, in its language, with a link to reset it
 * in case it was not its owner — after a change in the personal center or through a reset link.
 */
export function mailPasswordChanged(
  deps: { mailer: Mailer; publicUrl: string },
  tx: DbOrTx,
  user: Pick<CurrentUser, 'email' | 'locale' | 'accountName'>,
  now: Date,
): Promise<void> {
  return deps.mailer.enqueue(tx, {
    to: user.email,
    locale: user.locale,
    template: 'passwordChanged',
    params: {
      name: user.accountName,
      when: formatDateTime(user.locale, now),
      resetLink: `${deps.publicUrl}/${user.locale}/forgot-password`,
    },
  });
}
