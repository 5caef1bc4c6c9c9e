import { addMinutes } from '../../platform/clock.js';
import { hasStaffRole } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import { AppError, notFound } from '../../platform/errors.js';
import { countHit, rateLimited } from '../../platform/rate-limiter.js';
import type { Db } from '../../db/client.js';
import { confirmCurrentPassword } from './current-password.js';
import type { AccountsDeps, RequestOrigin } from './accounts.deps.js';
import { findUserById, toCurrentUser, type SupplierStatusLoader, type UserRow } from './accounts.repo.js';
import { createSession, revokeUserSessions } from './session.repo.js';
import {
  claimTotpStep,
  consumePendingLogin,
  consumeRecoveryCode,
  countPendingLoginAttempt,
  countUnusedRecoveryCodes,
  deleteTwoFactor,
  findTotpCredential,
  hasConfirmedTotp,
  insertPendingLogin,
  markSessionVerified,
  replaceRecoveryCodes,
  upsertPendingTotp,
} from './two-factor.repo.js';
import {
  hashRecoveryCode,
  matchTotpStep,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  otpauthUri,
  qrCodeDataUrl,
  SIX_DIGITS,
} from './totp.js';

/** Limits of the second step (ASVS 6.3.1): per pending login, and per account across all of them. */
export const TWO_FACTOR_POLICY = {
  pendingLoginMinutes: 5,
  attemptsPerPendingLogin: 5,
  /** Code checks per account per window, successful ones included (login, re-auth, settings). */
  attemptsPerAccount: 10,
  accountWindowSeconds: 15 * 60,
} as const;

const invalidCode = () => new AppError('SECOND_FACTOR_INVALID', 'The code is wrong, expired or was already used');
const codeField = (path = 'code') =>
  new AppError('VALIDATION_FAILED', 'The code is wrong', [{ path, code: 'code_invalid' }]);

export const isStaff = (user: Pick<UserRow, 'roles'>) => hasStaffRole(user.roles);

/** Accepts a current TOTP code (not replayed) or an unused recovery code; which one, or null. */
export async function verifySecondFactor(
  db: Pick<Db, 'select' | 'update'>,
  userId: string,
  code: string,
  now: Date,
): Promise<'totp' | 'recovery' | null> {
  const value = code.trim();
  if (SIX_DIGITS.test(value)) {
    const credential = await findTotpCredential(db, userId);
    if (!credential?.confirmedAt) return null;
    const step = matchTotpStep(credential.secret, value, now);
    return step !== null && (await claimTotpStep(db, userId, step)) ? 'totp' : null;
  }
  const recovery = normaliseRecoveryCode(value);
  if (!recovery) return null;
  return (await consumeRecoveryCode(db, userId, hashRecoveryCode(recovery), now)) ? 'recovery' : null;
}

/**
 * After a correct password: for an account with an authenticator, a pending login (not a
 * session) that only the second step turns into one. Undefined when no second step applies.
 */
export async function startPendingLogin(
  db: Db,
  user: UserRow,
  remember: boolean,
  now: Date,
): Promise<{ token: string; expiresInSeconds: number } | undefined> {
  if (!(await hasConfirmedTotp(db, user.id))) return undefined;
  const token = randomToken(32);
  await insertPendingLogin(db, {
    tokenHash: sha256(token),
    userId: user.id,
    // Staff are never remembered (createSession enforces it too).
    remember: remember && !isStaff(user),
    now,
    expiresAt: addMinutes(now, TWO_FACTOR_POLICY.pendingLoginMinutes),
  });
  return { token, expiresInSeconds: TWO_FACTOR_POLICY.pendingLoginMinutes * 60 };
}

/** TOTP (RFC 6238) enrolment, the login's second step, re-authentication and recovery codes. */
export function createTwoFactorService(deps: AccountsDeps & { supplierStatus: SupplierStatusLoader }) {
  const { db, clock } = deps;

  const load = async (userId: string): Promise<UserRow> => {
    const user = await findUserById(db, userId);
    if (!user) throw notFound('Account');
    return user;
  };

  /** Every code check counts against the account first, in one atomic statement. */
  const countAttempt = async (userId: string, now: Date) => {
    const decision = await countHit(
      db,
      {
        key: `mfa:user:${userId}`,
        limit: TWO_FACTOR_POLICY.attemptsPerAccount,
        windowSeconds: TWO_FACTOR_POLICY.accountWindowSeconds,
      },
      now,
    );
    if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
  };

  const audit = (tx: Pick<Db, 'insert'>, userId: string, action: string, origin: RequestOrigin, details = {}) =>
    writeAudit(tx, { actorId: userId, action, entityType: 'user', entityId: userId, ip: origin.ip, details });

  /** A recovery code used is worth an audit entry (and the user is told how many are left). */
  const auditRecoveryUse = async (userId: string, origin: RequestOrigin, context: string) =>
    audit(db, userId, 'two_factor.recovery_code_used', origin, {
      context,
      remaining: await countUnusedRecoveryCodes(db, userId),
    });

  const issueRecoveryCodes = async (tx: Pick<Db, 'insert' | 'update' | 'delete'>, userId: string, now: Date) => {
    const codes = newRecoveryCodes();
    await replaceRecoveryCodes(
      tx,
      userId,
      codes.map((c) => hashRecoveryCode(c)),
      now,
    );
    return codes;
  };

  return {
    async status(userId: string) {
      const user = await load(userId);
      const credential = await findTotpCredential(db, userId);
      const enabled = Boolean(credential?.confirmedAt);
      return {
        enabled,
        required: isStaff(user),
        recoveryCodesLeft: enabled ? await countUnusedRecoveryCodes(db, userId) : 0,
      };
    },

    /** A new secret to scan or type; shown until confirmed, never again afterwards. */
    async startEnrolment(userId: string) {
      const user = await load(userId);
      const secret = newTotpSecret();
      if (!(await upsertPendingTotp(db, userId, secret, clock.now()))) {
        throw new AppError('CONFLICT', 'Two-factor authentication is already on');
      }
      const uri = otpauthUri(secret, user.accountName);
      return { secret, otpauthUri: uri, qrCode: await qrCodeDataUrl(uri) };
    },

    /**
     * The first code from the app proves it is set up: the authenticator is confirmed, this
     * session counts as verified, other (password-only) sessions end, and ten recovery codes are
     * returned — the only time they are shown.
     */
    async confirmEnrolment(userId: string, sessionId: string, code: string, origin: RequestOrigin) {
      const now = clock.now();
      await countAttempt(userId, now);
      const credential = await findTotpCredential(db, userId);
      if (!credential || credential.confirmedAt) {
        throw new AppError('CONFLICT', 'No enrolment is under way');
      }
      const step = SIX_DIGITS.test(code.trim()) ? matchTotpStep(credential.secret, code.trim(), now) : null;
      if (step === null) throw codeField();
      const enrolled = await db.transaction(async (tx) => {
        if (!(await claimTotpStep(tx, userId, step, { confirmAt: now }))) throw codeField();
        const recoveryCodes = await issueRecoveryCodes(tx, userId, now);
        await markSessionVerified(tx, sessionId, now);
        await revokeUserSessions(tx, userId, now, sessionId);
        await audit(tx, userId, 'two_factor.enrolled', origin);
        return { recoveryCodes };
      });
      deps.sessions.forgetUser(userId);
      return enrolled;
    },

    /** New recovery codes (the old ones stop working), after a current code. */
    async regenerateRecoveryCodes(userId: string, code: string, origin: RequestOrigin) {
      const now = clock.now();
      await countAttempt(userId, now);
      const used = await verifySecondFactor(db, userId, code, now);
      if (!used) throw codeField();
      if (used === 'recovery') await auditRecoveryUse(userId, origin, 'regenerate');
      return db.transaction(async (tx) => {
        const recoveryCodes = await issueRecoveryCodes(tx, userId, now);
        await audit(tx, userId, 'two_factor.recovery_codes_regenerated', origin);
        return { recoveryCodes };
      });
    },

    /** Turning it off takes the password and a code; staff cannot (it is required for them). */
    async disable(userId: string, input: { password: string; code: string }, origin: RequestOrigin) {
      const user = await load(userId);
      if (isStaff(user)) throw new AppError('FORBIDDEN', 'Staff accounts must keep two-factor authentication');
      const now = clock.now();
      await confirmCurrentPassword(db, user, input.password, 'password', now);
      await countAttempt(userId, now);
      const used = await verifySecondFactor(db, userId, input.code, now);
      if (!used) throw codeField();
      await db.transaction(async (tx) => {
        await deleteTwoFactor(tx, userId);
        await audit(tx, userId, 'two_factor.disabled', origin, { with: used });
      });
    },

    /** Login step two: the pending login's token and a code make a session. */
    async completeLogin(input: { token: string; code: string }, origin: RequestOrigin) {
      const now = clock.now();
      const pending = await countPendingLoginAttempt(
        db,
        sha256(input.token),
        now,
        TWO_FACTOR_POLICY.attemptsPerPendingLogin,
      );
      if (!pending) throw invalidCode();
      await countAttempt(pending.userId, now);
      const used = await verifySecondFactor(db, pending.userId, input.code, now);
      if (!used) throw invalidCode();
      if (!(await consumePendingLogin(db, pending.id, now))) throw invalidCode();
      if (used === 'recovery') await auditRecoveryUse(pending.userId, origin, 'login');
      const user = await load(pending.userId);
      // Disabled between the two steps: no session.
      if (user.disabledAt) throw invalidCode();
      const session = await createSession(db, {
        userId: user.id,
        remember: pending.remember,
        roles: user.roles,
        origin,
        now,
        mfaVerified: true,
      });
      return { session, user: toCurrentUser(user, await deps.supplierStatus(db, user.id), true) };
    },

    /** Proves the second factor again in this session (before review decisions). */
    async reauthenticate(userId: string, sessionId: string, code: string, origin: RequestOrigin) {
      const now = clock.now();
      await countAttempt(userId, now);
      const used = await verifySecondFactor(db, userId, code, now);
      if (!used) throw codeField();
      if (used === 'recovery') await auditRecoveryUse(userId, origin, 'reauthenticate');
      await markSessionVerified(db, sessionId, now);
      deps.sessions.forgetUser(userId);
    },
  };
}
