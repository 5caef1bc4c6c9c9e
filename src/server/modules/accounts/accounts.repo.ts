import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { CurrentUser } from '../../../shared/schemas/accounts.js';
import { isLocale } from '../../../shared/locales.js';
import type { Db } from '../../db/client.js';
import { passwordResets, users } from './accounts.tables.js';

export type UserRow = typeof users.$inferSelect;
type Reader = Pick<Db, 'select'>;
type Writer = Pick<Db, 'update'>;

export async function findUserById(db: Reader, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Case-insensitive; `login` may be the account name or the email. */
export async function findUserByLogin(db: Reader, login: string): Promise<UserRow | undefined> {
  const value = login.trim().toLowerCase();
  const [row] = await db
    .select()
    .from(users)
    .where(or(sql`lower(${users.accountName}) = ${value}`, sql`lower(${users.email}) = ${value}`))
    .limit(1);
  return row;
}

export async function findUserByEmail(db: Reader, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  return row;
}

/** The account an unused, unexpired password-reset link (by its token's hash) belongs to. */
export async function findUserByValidResetToken(
  db: Reader,
  tokenHash: string,
  now: Date,
): Promise<UserRow | undefined> {
  const [row] = await db
    .select({ user: users })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(
      and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)),
    );
  return row?.user;
}

export async function accountNameTaken(db: Reader, accountName: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.accountName}) = ${accountName.trim().toLowerCase()}`);
  return Boolean(row);
}

export async function emailTaken(db: Reader, email: string): Promise<boolean> {
  return Boolean(await findUserByEmail(db, email));
}

/**
 * Supplier status for the personal center. Filled in by the suppliers module once
 * applications exist; until then every account is simply "none".
 */
export type SupplierStatusLoader = (db: Reader, userId: string) => Promise<CurrentUser['supplierStatus']>;
export const noSupplierStatus: SupplierStatusLoader = async () => 'none';

/**
 * The user as the API shows them. `twoFactorEnabled` matters only where users see themselves
 * (me, login, personal center); callers that only need the address or locale leave it.
 */
export function toCurrentUser(
  row: UserRow,
  supplierStatus: CurrentUser['supplierStatus'],
  twoFactorEnabled = false,
): CurrentUser {
  return {
    id: row.id,
    accountName: row.accountName,
    email: row.email,
    locale: isLocale(row.locale) ? row.locale : 'en',
    roles: row.roles,
    supplierStatus,
    twoFactorEnabled,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A new account; the unique indexes refuse a taken account name or email (isUniqueViolation). */
export async function insertUser(db: Pick<Db, 'insert'>, values: typeof users.$inferInsert): Promise<{ id: string }> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row!;
}

/** Saves the user's changes; undefined when there is no such account. */
export async function updateUser(
  db: Writer,
  userId: string,
  changes: Partial<Pick<UserRow, 'locale' | 'passwordHash' | 'email' | 'roles' | 'updatedAt'>>,
): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set(changes).where(eq(users.id, userId)).returning();
  return row;
}

/** Adds a role unless the account has it already. */
export async function addRole(db: Writer, userId: string, role: string): Promise<void> {
  await db
    .update(users)
    .set({ roles: sql`array(select distinct unnest(${users.roles} || array[${role}]::text[]))` })
    .where(eq(users.id, userId));
}
