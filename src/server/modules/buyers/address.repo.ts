import { and, count, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { buyerAddresses } from './buyers.tables.js';

export type AddressRow = typeof buyerAddresses.$inferSelect;
export type AddressValues = Pick<
  typeof buyerAddresses.$inferInsert,
  'recipient' | 'phone' | 'country' | 'region' | 'city' | 'addressLine' | 'postalCode'
>;
type Reader = Pick<Db, 'select'>;
const mine = (userId: string, id: string) => and(eq(buyerAddresses.id, id), eq(buyerAddresses.userId, userId));

/** The default first, then the newest. */
export function listAddresses(db: Reader, userId: string): Promise<AddressRow[]> {
  return db
    .select()
    .from(buyerAddresses)
    .where(eq(buyerAddresses.userId, userId))
    .orderBy(desc(buyerAddresses.isDefault), desc(buyerAddresses.createdAt), desc(buyerAddresses.id));
}

/** One of this account's addresses; another account's is undefined, as a missing one. */
export async function findAddress(db: Reader, userId: string, id: string): Promise<AddressRow | undefined> {
  const [row] = await db.select().from(buyerAddresses).where(mine(userId, id));
  return row;
}

export async function countAddresses(db: Reader, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(buyerAddresses).where(eq(buyerAddresses.userId, userId));
  return row?.n ?? 0;
}

export async function insertAddress(
  tx: Pick<Db, 'insert'>,
  userId: string,
  values: AddressValues,
  isDefault: boolean,
  now: Date,
): Promise<AddressRow> {
  const [row] = await tx
    .insert(buyerAddresses)
    .values({ ...values, userId, isDefault, createdAt: now, updatedAt: now })
    .returning();
  return row!;
}

/** Saves over `version`; undefined when it changed in between or is not this account's. */
export async function updateAddress(
  tx: Pick<Db, 'update'>,
  userId: string,
  id: string,
  version: number,
  values: AddressValues,
  now: Date,
): Promise<AddressRow | undefined> {
  const [row] = await tx
    .update(buyerAddresses)
    .set({ ...values, updatedAt: now, version: sql`${buyerAddresses.version} + 1` })
    .where(and(mine(userId, id), eq(buyerAddresses.version, version)))
    .returning();
  return row;
}

/** Removes it if still at `version`; the removed row, or undefined. */
export async function deleteAddress(
  tx: Pick<Db, 'delete'>,
  userId: string,
  id: string,
  version: number,
): Promise<AddressRow | undefined> {
  const [row] = await tx
    .delete(buyerAddresses)
    .where(and(mine(userId, id), eq(buyerAddresses.version, version)))
    .returning();
  return row;
}

/** Makes `id` the only default (call under lockBuyerList: the old default is cleared first). */
export async function makeDefaultAddress(tx: Pick<Db, 'update'>, userId: string, id: string): Promise<boolean> {
  await tx
    .update(buyerAddresses)
    .set({ isDefault: false })
    .where(and(eq(buyerAddresses.userId, userId), eq(buyerAddresses.isDefault, true), ne(buyerAddresses.id, id)));
  const [row] = await tx
    .update(buyerAddresses)
    .set({ isDefault: true })
    .where(mine(userId, id))
    .returning({ id: buyerAddresses.id });
  return Boolean(row);
}

/** The newest address left, to become the default when the default is deleted. */
export async function newestAddress(db: Reader, userId: string): Promise<{ id: string } | undefined> {
  const [row] = await db
    .select({ id: buyerAddresses.id })
    .from(buyerAddresses)
    .where(eq(buyerAddresses.userId, userId))
    .orderBy(desc(buyerAddresses.createdAt), desc(buyerAddresses.id))
    .limit(1);
  return row;
}
