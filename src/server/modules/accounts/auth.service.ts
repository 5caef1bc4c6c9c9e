import { RESET_TTL_MINUTES } from '../../../shared/schemas/accounts.js';
import { addMinutes } from '../../platform/clock.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';
import {
  ACCOUNT_POLICY,
  IP_POLICY,
  clearLoginFailures,
  loginThrottleKey,
  releaseLoginAttempt,
  reserveLoginAttempt,
} from '../../platform/login-throttle.js';
import { enforceRateLimits } from '../../platform/rate-limiter.js';
import type { AccountsDeps, RequestOrigin } from './accounts.deps.js';
import {
  findUserByEmail,
  findUserByLogin,
  findUserByValidResetToken,
  toCurrentUser,
  updateUser,
  type SupplierStatusLoader,
} from './accounts.repo.js';
import { mailPasswordChanged } from './password-changed.mail.js';
import { insertPasswordReset, liveResetExists, useReset, voidResets } from './password-reset.repo.js';
import { assertPasswordAcceptable, hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.js';
import { createSession, revokeSessionByToken, revokeUserSessions } from './session.repo.js';
import { startPendingLogin } from './two-factor.service.js';

const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', 'Wrong account name, email or password');
const tokenInvalid = () =>
  new AppError('VALIDATION_FAILED', 'The reset link is invalid or has expired', [
    { path: 'token', code: 'token_invalid' },
  ]);

/** Login (guide 1.3) and "Forgot the password" (guide 1.4). */
export function createAuthService(deps: AccountsDeps & { supplierStatus: SupplierStatusLoader }) {
  const { db, clock, mailer, publicUrl } = deps;

  return {
    /**
     * An attempt is reserved (atomically) per IP and per account BEFORE the password is
     * checked, so concurrent guesses cannot all slip past the count (issue 11, finding 2).
     */
    async login(input: { login: string; password: string; remember: boolean }, origin: RequestOrigin) {
      const now = clock.now();
      const user = await findUserByLogin(db, input.login);
      const accountKey = loginThrottleKey(user?.id, input.login);
      const ipKey = `login:ip:${origin.ip}`;
      await reserveLoginAttempt(db, ipKey, IP_POLICY, now);
      try {
        await reserveLoginAttempt(db, accountKey, ACCOUNT_POLICY, now);
      } catch (error) {
        // No password was checked: the refused try is no failure of this address.
        await releaseLoginAttempt(db, ipKey);
        throw error;
      }
      const ok = user
        ? await verifyPassword(user.passwordHash, input.password)
        : await verifyAgainstDummy(input.password);
      // A failure keeps both reservations as counted failures.
      // A disabled account answers like a wrong password (no hint that it exists).
      if (!user || !ok || user.disabledAt) throw invalidCredentials();
      await clearLoginFailures(db, accountKey);
      await releaseLoginAttempt(db, ipKey);
      // With an authenticator, the password only opens the second step (two-factor.service.ts).
      const secondFactor = await startPendingLogin(db, user, input.remember, now);
      if (secondFactor) return { secondFactor };
      const session = await createSession(db, {
        userId: user.id,
        remember: input.remember,
        roles: user.roles,
        origin,
        now,
      });
      return { session, user: toCurrentUser(user, await deps.supplierStatus(db, user.id), false) };
    },

    /** Always the same answer; a mail goes out only when the address belongs to an account. */
    async forgotPassword(email: string, origin: RequestOrigin) {
      const now = clock.now();
      await enforceRateLimits(
        db,
        [
          { key: `reset:email:${email.toLowerCase()}`, limit: 3, windowSeconds: 3600 },
          { key: `reset:ip:${origin.ip}`, limit: 20, windowSeconds: 3600 },
        ],
        now,
      );
      const user = await findUserByEmail(db, email);
      if (!user) return;
      const token = randomToken(32);
      await db.transaction(async (tx) => {
        await insertPasswordReset(tx, {
          userId: user.id,
          tokenHash: sha256(token),
          createdAt: now,
          expiresAt: addMinutes(now, RESET_TTL_MINUTES),
        });
        await mailer.enqueue(tx, {
          to: user.email,
          locale: toCurrentUser(user, 'none').locale,
          template: 'passwordReset',
          params: {
            name: user.accountName,
            accountName: user.accountName,
            link: `${publicUrl}/${toCurrentUser(user, 'none').locale}/reset-password?token=${encodeURIComponent(token)}`,
            minutes: RESET_TTL_MINUTES,
          },
        });
      });
    },

    async isResetTokenValid(token: string) {
      return liveResetExists(db, sha256(token), clock.now());
    },

    /** "Logout" (and a fresh login replacing a session): the session behind this cookie token ends. */
    async endSession(token: string) {
      const userId = await revokeSessionByToken(db, token, clock.now());
      if (userId) deps.sessions.forgetUser(userId);
    },

    /** Single use; all of the user's sessions are revoked and a notice is mailed. */
    async resetPassword(input: { token: string; password: string }) {
      const now = clock.now();
      // The account's name and email are context words, so the link's account is looked up first;
      // a refused password leaves the link unused.
      const owner = await findUserByValidResetToken(db, sha256(input.token), now);
      if (!owner) throw tokenInvalid();
      assertPasswordAcceptable(input.password, 'password', owner);
      const passwordHash = await hashPassword(input.password);
      const userId = await db.transaction(async (tx) => {
        const reset = await useReset(tx, sha256(input.token), now);
        if (!reset) throw tokenInvalid();
        // Any other outstanding link for this account dies with this one.
        await voidResets(tx, reset.userId, now);
        const user = await updateUser(tx, reset.userId, { passwordHash, updatedAt: now });
        await revokeUserSessions(tx, reset.userId, now);
        await mailPasswordChanged(deps, tx, toCurrentUser(user!, 'none'), now);
        return reset.userId;
      });
      deps.sessions.forgetUser(userId);
    },
  };
}
