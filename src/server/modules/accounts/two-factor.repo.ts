import { and, count, eq, gt, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { pendingLogins, recoveryCodes, sessions, totpCredentials } from './accounts.tables.js';

type Reader = Pick<Db, 'select'>;
type Writer = Pick<Db, 'insert' | 'update' | 'delete'>;

export type TotpCredential = typeof totpCredentials.$inferSelect;

export async function findTotpCredential(db: Reader, userId: string): Promise<TotpCredential | undefined> {
  const [row] = await db.select().from(totpCredentials).where(eq(totpCredentials.userId, userId));
  return row;
}

/** Whether the user has a confirmed authenticator. */
export async function hasConfirmedTotp(db: Reader, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: totpCredentials.userId })
    .from(totpCredentials)
    .where(and(eq(totpCredentials.userId, userId), isNotNull(totpCredentials.confirmedAt)));
  return Boolean(row);
}

/** Starts (or restarts) an enrolment: a new unconfirmed secret, unless one is already confirmed. */
export async function upsertPendingTotp(db: Writer, userId: string, secret: string, now: Date): Promise<boolean> {
  const rows = await db
    .insert(totpCredentials)
    .values({ userId, secret, createdAt: now })
    .onConflictDoUpdate({
      target: totpCredentials.userId,
      set: { secret, createdAt: now, lastUsedStep: null },
      where: isNull(totpCredentials.confirmedAt),
    })
    .returning({ userId: totpCredentials.userId });
  return rows.length > 0;
}

/**
 * Records that the code of time step `step` was used — in one statement, only when no later or
 * equal step was used before, so two concurrent requests with the same code cannot both pass.
 * `confirm` also marks an enrolment as confirmed.
 */
export async function claimTotpStep(
  db: Pick<Db, 'update'>,
  userId: string,
  step: number,
  options: { confirmAt?: Date } = {},
): Promise<boolean> {
  const rows = await db
    .update(totpCredentials)
    .set({ lastUsedStep: step, ...(options.confirmAt ? { confirmedAt: options.confirmAt } : {}) })
    .where(
      and(
        eq(totpCredentials.userId, userId),
        options.confirmAt ? isNull(totpCredentials.confirmedAt) : isNotNull(totpCredentials.confirmedAt),
        or(isNull(totpCredentials.lastUsedStep), lt(totpCredentials.lastUsedStep, step)),
      ),
    )
    .returning({ userId: totpCredentials.userId });
  return rows.length > 0;
}

export async function deleteTwoFactor(db: Writer, userId: string): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.delete(totpCredentials).where(eq(totpCredentials.userId, userId));
}

/** Replaces every recovery code of the user with these hashes. */
export async function replaceRecoveryCodes(db: Writer, userId: string, hashes: string[], now: Date): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash, createdAt: now })));
}

/** Uses up one recovery code in one statement; false when it is unknown or was used already. */
export async function consumeRecoveryCode(
  db: Pick<Db, 'update'>,
  userId: string,
  codeHash: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length > 0;
}

export async function countUnusedRecoveryCodes(db: Reader, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}

export async function insertPendingLogin(
  db: Writer,
  input: { tokenHash: string; userId: string; remember: boolean; now: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(pendingLogins).values({
    tokenHash: input.tokenHash,
    userId: input.userId,
    remember: input.remember,
    createdAt: input.now,
    expiresAt: input.expiresAt,
  });
}

/**
 * Counts one code attempt against a live pending login, atomically: the row comes back only
 * while attempts remain, so concurrent guesses cannot exceed `maxAttempts`.
 */
export async function countPendingLoginAttempt(
  db: Writer,
  tokenHash: string,
  now: Date,
  maxAttempts: number,
): Promise<{ id: string; userId: string; remember: boolean } | undefined> {
  const [row] = await db
    .update(pendingLogins)
    .set({ attempts: sql`${pendingLogins.attempts} + 1` })
    .where(
      and(
        eq(pendingLogins.tokenHash, tokenHash),
        isNull(pendingLogins.consumedAt),
        gt(pendingLogins.expiresAt, now),
        lt(pendingLogins.attempts, maxAttempts),
      ),
    )
    .returning({ id: pendingLogins.id, userId: pendingLogins.userId, remember: pendingLogins.remember });
  return row;
}

/** Single use: false when another request consumed it first. */
export async function consumePendingLogin(db: Writer, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(pendingLogins)
    .set({ consumedAt: now })
    .where(and(eq(pendingLogins.id, id), isNull(pendingLogins.consumedAt)))
    .returning({ id: pendingLogins.id });
  return rows.length > 0;
}

export async function markSessionVerified(db: Writer, sessionId: string, now: Date): Promise<void> {
  await db.update(sessions).set({ mfaVerifiedAt: now }).where(eq(sessions.id, sessionId));
}

/** Housekeeping: pending logins live minutes; forget them a day later. */
export async function prunePendingLogins(db: Writer, now: Date): Promise<void> {
  await db.delete(pendingLogins).where(lt(pendingLogins.expiresAt, new Date(now.getTime() - 24 * 3600 * 1000)));
}
