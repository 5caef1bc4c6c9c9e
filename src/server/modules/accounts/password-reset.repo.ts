import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { passwordResets } from './accounts.tables.js';

export async function insertPasswordReset(
  tx: Pick<Db, 'insert'>,
  values: { userId: string; tokenHash: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await tx.insert(passwordResets).values(values);
}

/** Whether an unused, unexpired reset link has this token hash. */
export async function liveResetExists(db: Pick<Db, 'select'>, tokenHash: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: passwordResets.id })
    .from(passwordResets)
    .where(
      and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)),
    );
  return Boolean(row);
}

/** Marks the live reset with this token hash used; returns its account, or undefined when there is none. */
export async function useReset(
  tx: Pick<Db, 'update'>,
  tokenHash: string,
  now: Date,
): Promise<{ userId: string } | undefined> {
  const [reset] = await tx
    .update(passwordResets)
    .set({ usedAt: now })
    .where(
      and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)),
    )
    .returning({ userId: passwordResets.userId });
  return reset;
}

/** Any other outstanding link for this account dies with the one used. */
export async function voidResets(tx: Pick<Db, 'update'>, userId: string, now: Date): Promise<void> {
  await tx
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
}
