import { accountNameSchema, emailSchema, passwordSchema } from '../../../shared/schemas/accounts.js';
import type { Db } from '../../db/client.js';
import { randomToken } from '../../platform/crypto.js';
import { writeAudit } from '../../platform/audit.js';
import { REVIEWER_ROLE, type StaffRole } from '../../platform/access.js';
import { AppError } from '../../platform/errors.js';
import { accountNameTaken, addRole, emailTaken, findUserByLogin, insertUser } from './accounts.repo.js';
import { assertPasswordAcceptable, hashPassword } from './passwords.js';
import { revokeUserSessions } from './session.repo.js';
import { totpStep } from './totp.js';
import { claimTotpStep, deleteTwoFactor, upsertPendingTotp } from './two-factor.repo.js';

/**
 * Platform staff are created from the command line only — there is no default account
 * and no password in any file. Without a password one is generated and shown once.
 */
export async function createStaffAccount(
  db: Db,
  input: { accountName: string; email: string; password?: string; role?: StaffRole },
): Promise<{ id: string; generatedPassword?: string }> {
  const accountName = accountNameSchema.parse(input.accountName);
  const email = emailSchema.parse(input.email);
  const generatedPassword = input.password ? undefined : randomToken(18);
  const password = passwordSchema.parse(input.password ?? generatedPassword);
  if (input.password) assertPasswordAcceptable(password, 'password', { accountName, email });
  if (await accountNameTaken(db, accountName)) throw new AppError('CONFLICT', `Account name ${accountName} is taken`);
  if (await emailTaken(db, email)) throw new AppError('CONFLICT', `Email ${email} is already registered`);
  const row = await insertUser(db, {
    accountName,
    email,
    passwordHash: await hashPassword(password),
    roles: [input.role ?? REVIEWER_ROLE],
  });
  return { id: row.id, generatedPassword };
}

/** Gives an existing account a staff role (e.g. an employee who registered normally). */
export async function grantStaffRole(db: Db, login: string, role: StaffRole = REVIEWER_ROLE): Promise<string> {
  const user = await findUserByLogin(db, login);
  if (!user) throw new AppError('NOT_FOUND', `No account ${login}`);
  await addRole(db, user.id, role);
  return user.id;
}

/**
 * Test environments only (the e2e run): the account's authenticator with a secret the caller
 * already knows, so journeys can compute codes. Real staff enrol at their first login.
 */
export async function enrolKnownTotpSecret(db: Db, login: string, secret: string, now: Date): Promise<void> {
  if (!/^[A-Z2-7]{16,64}$/.test(secret)) throw new AppError('BAD_REQUEST', 'The TOTP secret must be base32 (A–Z, 2–7)');
  const user = await findUserByLogin(db, login);
  if (!user) throw new AppError('NOT_FOUND', `No account ${login}`);
  if (!(await upsertPendingTotp(db, user.id, secret, now))) {
    throw new AppError('CONFLICT', `${login} already has an authenticator`);
  }
  await claimTotpStep(db, user.id, totpStep(now) - 2, { confirmAt: now });
}

/**
 * For a member of staff who lost both the authenticator and the recovery codes: removes them and
 * ends every session, so the next login leads to a new enrolment.
 */
export async function resetTwoFactor(db: Db, login: string, now: Date): Promise<void> {
  const user = await findUserByLogin(db, login);
  if (!user) throw new AppError('NOT_FOUND', `No account ${login}`);
  await db.transaction(async (tx) => {
    await deleteTwoFactor(tx, user.id);
    await revokeUserSessions(tx, user.id, now);
    await writeAudit(tx, {
      actorId: null,
      action: 'two_factor.reset',
      entityType: 'user',
      entityId: user.id,
      ip: null,
      details: { by: 'cli' },
    });
  });
}

/**
 * Inserts a staff account from the browser (setup link, invitation) inside the caller's
 * transaction, which holds lockStaffRoles: the name/email checks and the insert cannot interleave
 * with another staff creation. The password was hashed before (argon2 is slow; no lock waits on it).
 */
export async function insertStaffUser(
  tx: Pick<Db, 'select' | 'insert'>,
  input: { accountName: string; email: string; passwordHash: string; role: StaffRole; locale?: string },
): Promise<{ id: string }> {
  const taken = (path: 'accountName' | 'email') =>
    new AppError('CONFLICT', 'Already registered', [
      { path, code: path === 'email' ? 'email_taken' : 'account_name_taken' },
    ]);
  if (await accountNameTaken(tx, input.accountName)) throw taken('accountName');
  if (await emailTaken(tx, input.email)) throw taken('email');
  return insertUser(tx, {
    accountName: input.accountName,
    email: input.email,
    passwordHash: input.passwordHash,
    roles: [input.role],
    ...(input.locale ? { locale: input.locale } : {}),
  });
}
