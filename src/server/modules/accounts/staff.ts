import { eq, sql } from 'drizzle-orm';
import { accountNameSchema, emailSchema, passwordSchema } from '../../../shared/schemas/accounts.js';
import type { Db } from '../../db/client.js';
import { randomToken } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';
import { accountNameTaken, emailTaken, findUserByLogin } from './accounts.repo.js';
import { users } from './accounts.tables.js';
import { assertPasswordAcceptable, hashPassword } from './passwords.js';

export const STAFF_ROLE = 'staff';

/**
 * Platform staff are created from the command line only — there is no default account
 * and no password in any file. Without a password one is generated and shown once.
 */
export async function createStaffAccount(
  db: Db,
  input: { accountName: string; email: string; password?: string },
): Promise<{ id: string; generatedPassword?: string }> {
  const accountName = accountNameSchema.parse(input.accountName);
  const email = emailSchema.parse(input.email);
  const generatedPassword = input.password ? undefined : randomToken(18);
  const password = passwordSchema.parse(input.password ?? generatedPassword);
  if (input.password) assertPasswordAcceptable(password, 'password', { accountName, email });
  if (await accountNameTaken(db, accountName)) throw new AppError('CONFLICT', `Account name ${accountName} is taken`);
  if (await emailTaken(db, email)) throw new AppError('CONFLICT', `Email ${email} is already registered`);
  const [row] = await db
    .insert(users)
    .values({ accountName, email, passwordHash: await hashPassword(password), roles: [STAFF_ROLE] })
    .returning({ id: users.id });
  return { id: row!.id, generatedPassword };
}

/** Gives an existing account the staff role (e.g. an employee who registered normally). */
export async function grantStaffRole(db: Db, login: string): Promise<string> {
  const user = await findUserByLogin(db, login);
  if (!user) throw new AppError('NOT_FOUND', `No account ${login}`);
  await db
    .update(users)
    .set({ roles: sql`array(select distinct unnest(${users.roles} || array[${STAFF_ROLE}]::text[]))` })
    .where(eq(users.id, user.id));
  return user.id;
}
