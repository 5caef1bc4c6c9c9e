import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { ADMIN_ROLE } from '../../platform/access.js';
import { totpCredentials, users } from './accounts.tables.js';
import { staffTokens } from './staff.tables.js';

type Reader = Pick<Db, 'select'>;
type Executor = Pick<Db, 'execute'>;
export type StaffTokenRow = typeof staffTokens.$inferSelect;
export type StaffTokenPurpose = 'setup' | 'invitation';

/**
 * Serialises every change to who is staff (first admin, invitations accepted, role changes,
 * disable/enable) across connections and instances, for the rest of the transaction: "is this
 * the last admin?" and "is there an admin yet?" are then answered on settled data.
 */
export async function lockStaffRoles(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('buttress-roots:staff-roles', 0))`);
}

/** An enabled account with the admin role exists. */
export async function adminExists(db: Reader): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(sql`${ADMIN_ROLE} = any(${users.roles})`, isNull(users.disabledAt)))
    .limit(1);
  return row !== undefined;
}

export async function insertStaffToken(
  db: Pick<Db, 'insert'>,
  values: typeof staffTokens.$inferInsert,
): Promise<StaffTokenRow> {
  const [row] = await db.insert(staffTokens).values(values).returning();
  return row!;
}

/** A token of that purpose that is neither used nor expired. */
export async function findLiveStaffToken(
  db: Reader,
  purpose: StaffTokenPurpose,
  tokenHash: string,
  now: Date,
): Promise<StaffTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(staffTokens)
    .where(
      and(
        eq(staffTokens.purpose, purpose),
        eq(staffTokens.tokenHash, tokenHash),
        isNull(staffTokens.usedAt),
        gt(staffTokens.expiresAt, now),
      ),
    );
  return row;
}

/** Uses a live token once, in one statement (a second use finds it used). */
export async function useStaffToken(
  tx: Pick<Db, 'update'>,
  purpose: StaffTokenPurpose,
  tokenHash: string,
  now: Date,
): Promise<StaffTokenRow | undefined> {
  const [row] = await tx
    .update(staffTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(staffTokens.purpose, purpose),
        eq(staffTokens.tokenHash, tokenHash),
        isNull(staffTokens.usedAt),
        gt(staffTokens.expiresAt, now),
      ),
    )
    .returning();
  return row;
}

export async function setStaffTokenUser(tx: Pick<Db, 'update'>, id: string, userId: string): Promise<void> {
  await tx.update(staffTokens).set({ usedBy: userId }).where(eq(staffTokens.id, id));
}

/** Ends every unused token of a purpose (the setup links once an admin exists). */
export async function voidStaffTokens(tx: Pick<Db, 'update'>, purpose: StaffTokenPurpose, now: Date): Promise<void> {
  await tx
    .update(staffTokens)
    .set({ usedAt: now })
    .where(and(eq(staffTokens.purpose, purpose), isNull(staffTokens.usedAt)));
}

/** Ends one pending invitation; false when it was no longer pending. */
export async function revokeInvitation(tx: Pick<Db, 'update'>, id: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(staffTokens)
    .set({ usedAt: now })
    .where(and(eq(staffTokens.id, id), eq(staffTokens.purpose, 'invitation'), isNull(staffTokens.usedAt)))
    .returning({ id: staffTokens.id });
  return rows.length > 0;
}

export async function pendingInvitations(db: Reader, now: Date) {
  return db
    .select({ id: staffTokens.id, email: staffTokens.email, role: staffTokens.role, expiresAt: staffTokens.expiresAt })
    .from(staffTokens)
    .where(and(eq(staffTokens.purpose, 'invitation'), isNull(staffTokens.usedAt), gt(staffTokens.expiresAt, now)))
    .orderBy(desc(staffTokens.createdAt));
}

/** Every account with a staff role (or the one given), with whether it has a confirmed authenticator. */
export async function listStaff(db: Reader, id?: string) {
  return db
    .select({
      id: users.id,
      accountName: users.accountName,
      email: users.email,
      roles: users.roles,
      disabledAt: users.disabledAt,
      lastSignInAt: users.lastSignInAt,
      version: users.version,
      totpConfirmedAt: totpCredentials.confirmedAt,
    })
    .from(users)
    .leftJoin(totpCredentials, eq(totpCredentials.userId, users.id))
    .where(and(sql`${users.roles} && array['admin', 'reviewer']::text[]`, id ? eq(users.id, id) : undefined))
    .orderBy(asc(sql`lower(${users.accountName})`));
}

export async function findStaffMember(db: Reader, id: string) {
  const [row] = await db
    .select({ id: users.id, roles: users.roles, disabledAt: users.disabledAt })
    .from(users)
    .where(and(eq(users.id, id), sql`${users.roles} && array['admin', 'reviewer']::text[]`));
  return row;
}

/**
 * Replaces the staff roles of a staff account (other roles stay) — unless that would leave no
 * enabled admin: one statement, the count of the other enabled admins taken in it (the caller
 * also holds lockStaffRoles, so two admins demoting each other cannot both pass). Undefined when
 * refused or when the account is no staff member.
 */
export async function replaceStaffRoles(
  tx: Pick<Db, 'update'>,
  id: string,
  roles: readonly string[],
  now: Date,
): Promise<{ roles: string[] } | undefined> {
  const keepsAdmin = roles.includes(ADMIN_ROLE);
  const [row] = await tx
    .update(users)
    .set({
      roles: sql`array(select r from unnest(${users.roles}) r where r not in ('admin', 'reviewer')) || ${sql.param([...roles])}::text[]`,
      updatedAt: now,
      version: sql`${users.version} + 1`,
    })
    .where(
      and(
        eq(users.id, id),
        sql`${users.roles} && array['admin', 'reviewer']::text[]`,
        keepsAdmin
          ? undefined
          : sql`(not (${ADMIN_ROLE} = any(${users.roles})) or ${users.disabledAt} is not null or exists (
              select 1 from users other where other.id <> ${id} and ${ADMIN_ROLE} = any(other.roles) and other.disabled_at is null))`,
      ),
    )
    .returning({ roles: users.roles });
  return row;
}

/**
 * Disables or enables a staff account; disabling the last enabled admin is refused in the same
 * statement (see replaceStaffRoles). Undefined when refused or not a staff member.
 */
export async function setStaffDisabled(
  tx: Pick<Db, 'update'>,
  id: string,
  disabled: boolean,
  now: Date,
): Promise<{ id: string } | undefined> {
  const [row] = await tx
    .update(users)
    .set({ disabledAt: disabled ? now : null, updatedAt: now, version: sql`${users.version} + 1` })
    .where(
      and(
        eq(users.id, id),
        sql`${users.roles} && array['admin', 'reviewer']::text[]`,
        disabled
          ? sql`(not (${ADMIN_ROLE} = any(${users.roles})) or exists (
              select 1 from users other where other.id <> ${id} and ${ADMIN_ROLE} = any(other.roles) and other.disabled_at is null))`
          : undefined,
      ),
    )
    .returning({ id: users.id });
  return row;
}
