import { CODE_MAX_ATTEMPTS, CODE_RESEND_SECONDS, CODE_TTL_MINUTES } from '../../../shared/schemas/accounts.js';
import type { Locale } from '../../../shared/locales.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError, notFound } from '../../platform/errors.js';
import { formatDateTime } from '../../platform/i18n/translate.js';
import { enforceRateLimits } from '../../platform/rate-limiter.js';
import { confirmCurrentPassword } from './current-password.js';
import type { AccountsDeps, RequestOrigin } from './accounts.deps.js';
import {
  emailTaken,
  findUserById,
  toCurrentUser,
  updateUser,
  type SupplierStatusLoader,
  type UserRow,
} from './accounts.repo.js';
import { hasConfirmedTotp } from './two-factor.repo.js';
import { assertResendAllowed, checkCode, consumeCode, issueCode } from './email-code.repo.js';
import { mailPasswordChanged } from './password-changed.mail.js';
import { assertPasswordAcceptable, hashPassword } from './passwords.js';
import { listActiveSessions, revokeOwnSession, revokeUserSessions } from './session.repo.js';

const emailTakenError = () =>
  new AppError('CONFLICT', 'This email is already registered', [{ path: 'newEmail', code: 'email_taken' }]);

/** The personal center: profile, language, password, email, sessions. */
export function createAccountService(deps: AccountsDeps & { supplierStatus: SupplierStatusLoader }) {
  const { db, clock, mailer } = deps;

  const load = async (userId: string): Promise<UserRow> => {
    const user = await findUserById(db, userId);
    if (!user) throw notFound('Account');
    return user;
  };
  const present = async (user: UserRow) =>
    toCurrentUser(user, await deps.supplierStatus(db, user.id), await hasConfirmedTotp(db, user.id));

  const confirmPassword = (user: UserRow, password: string, path: string) =>
    confirmCurrentPassword(db, user, password, path, clock.now());

  return {
    async me(userId: string) {
      return present(await load(userId));
    },

    async updateProfile(userId: string, input: { locale: Locale }) {
      const user = await updateUser(db, userId, { locale: input.locale, updatedAt: clock.now() });
      if (!user) throw notFound('Account');
      return present(user);
    },

    async changePassword(userId: string, sessionId: string, input: { currentPassword: string; newPassword: string }) {
      const user = await load(userId);
      await confirmPassword(user, input.currentPassword, 'currentPassword');
      assertPasswordAcceptable(input.newPassword, 'newPassword', user);
      const passwordHash = await hashPassword(input.newPassword);
      const now = clock.now();
      const current = await present(user);
      await db.transaction(async (tx) => {
        await updateUser(tx, userId, { passwordHash, updatedAt: now });
        await revokeUserSessions(tx, userId, now, sessionId);
        await mailPasswordChanged(deps, tx, current, now);
      });
      deps.sessions.forgetUser(userId);
    },

    async requestEmailChange(
      userId: string,
      input: { newEmail: string; currentPassword: string },
      origin: RequestOrigin,
    ) {
      const user = await load(userId);
      await confirmPassword(user, input.currentPassword, 'currentPassword');
      const now = clock.now();
      // Limits first: each answer below says whether an address has an account.
      await enforceRateLimits(
        db,
        [
          { key: `email-change:user:${userId}`, limit: 5, windowSeconds: 3600 },
          { key: `email-change:ip:${origin.ip}`, limit: 20, windowSeconds: 3600 },
        ],
        now,
      );
      if (await emailTaken(db, input.newEmail)) throw emailTakenError();
      await assertResendAllowed(db, 'change_email', input.newEmail, now);
      const current = await present(user);
      await db.transaction(async (tx) => {
        const code = await issueCode(tx, { purpose: 'change_email', email: input.newEmail, userId, now });
        await mailer.enqueue(tx, {
          to: input.newEmail,
          locale: current.locale,
          template: 'emailChangeCode',
          params: { name: current.accountName, code, minutes: CODE_TTL_MINUTES, tries: CODE_MAX_ATTEMPTS },
        });
      });
      return { resendAfterSeconds: CODE_RESEND_SECONDS, expiresInMinutes: CODE_TTL_MINUTES };
    },

    async confirmEmailChange(userId: string, input: { newEmail: string; code: string }) {
      const user = await load(userId);
      const now = clock.now();
      const codeId = await checkCode(db, {
        purpose: 'change_email',
        email: input.newEmail,
        code: input.code,
        userId,
        now,
      });
      const before = await present(user);
      try {
        const updated = await db.transaction(async (tx) => {
          await consumeCode(tx, codeId, now);
          const row = await updateUser(tx, userId, { email: input.newEmail, updatedAt: now });
          // The old address hears about it, in case this was not its owner.
          await mailer.enqueue(tx, {
            to: before.email,
            locale: before.locale,
            template: 'emailChanged',
            params: { name: before.accountName, newEmail: input.newEmail, when: formatDateTime(before.locale, now) },
          });
          return row!;
        });
        return present(updated);
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTakenError();
        throw error;
      }
    },

    listSessions(userId: string, sessionId: string) {
      return listActiveSessions(db, userId, sessionId, clock.now());
    },

    async revokeSession(userId: string, sessionId: string) {
      if (!(await revokeOwnSession(db, userId, sessionId, clock.now()))) throw notFound('Session');
      deps.sessions.forgetUser(userId);
    },
  };
}
