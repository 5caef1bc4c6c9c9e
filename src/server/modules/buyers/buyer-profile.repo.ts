import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { buyerProfiles } from './buyers.tables.js';

export type BuyerProfileRow = typeof buyerProfiles.$inferSelect;
type ProfileValues = Omit<typeof buyerProfiles.$inferInsert, 'userId' | 'version' | 'createdAt'>;

export async function findBuyerProfile(db: Pick<Db, 'select'>, userId: string): Promise<BuyerProfileRow | undefined> {
  const [row] = await db.select().from(buyerProfiles).where(eq(buyerProfiles.userId, userId));
  return row;
}

/** The first save; undefined when the account has one already (a concurrent first save won). */
export async function insertBuyerProfile(
  tx: Pick<Db, 'insert'>,
  userId: string,
  values: ProfileValues,
): Promise<BuyerProfileRow | undefined> {
  const [row] = await tx
    .insert(buyerProfiles)
    .values({ ...values, userId, createdAt: values.updatedAt })
    .onConflictDoNothing({ target: buyerProfiles.userId })
    .returning();
  return row;
}

/** Saves over `version`; undefined when someone else saved in between (or there is none). */
export async function updateBuyerProfile(
  tx: Pick<Db, 'update'>,
  userId: string,
  version: number,
  values: ProfileValues,
): Promise<BuyerProfileRow | undefined> {
  const [row] = await tx
    .update(buyerProfiles)
    .set({ ...values, version: sql`${buyerProfiles.version} + 1` })
    .where(and(eq(buyerProfiles.userId, userId), eq(buyerProfiles.version, version)))
    .returning();
  return row;
}
