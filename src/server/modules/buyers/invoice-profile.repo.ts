import { and, count, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { invoiceProfiles } from './buyers.tables.js';

export type InvoiceProfileRow = typeof invoiceProfiles.$inferSelect;
export type InvoiceProfileValues = Pick<
  typeof invoiceProfiles.$inferInsert,
  'invoiceType' | 'title' | 'taxpayerId' | 'registeredAddress' | 'registeredPhone' | 'bankName' | 'bankAccount'
>;
type Reader = Pick<Db, 'select'>;
const mine = (userId: string, id: string) => and(eq(invoiceProfiles.id, id), eq(invoiceProfiles.userId, userId));

/** The default first, then the newest. */
export function listInvoiceProfiles(db: Reader, userId: string): Promise<InvoiceProfileRow[]> {
  return db
    .select()
    .from(invoiceProfiles)
    .where(eq(invoiceProfiles.userId, userId))
    .orderBy(desc(invoiceProfiles.isDefault), desc(invoiceProfiles.createdAt), desc(invoiceProfiles.id));
}

/** One of this account's invoice profiles; another account's is undefined, as a missing one. */
export async function findInvoiceProfile(
  db: Reader,
  userId: string,
  id: string,
): Promise<InvoiceProfileRow | undefined> {
  const [row] = await db.select().from(invoiceProfiles).where(mine(userId, id));
  return row;
}

export async function countInvoiceProfiles(db: Reader, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(invoiceProfiles).where(eq(invoiceProfiles.userId, userId));
  return row?.n ?? 0;
}

export async function insertInvoiceProfile(
  tx: Pick<Db, 'insert'>,
  userId: string,
  values: InvoiceProfileValues,
  isDefault: boolean,
  now: Date,
): Promise<InvoiceProfileRow> {
  const [row] = await tx
    .insert(invoiceProfiles)
    .values({ ...values, userId, isDefault, createdAt: now, updatedAt: now })
    .returning();
  return row!;
}

/** Saves over `version`; undefined when it changed in between or is not this account's. */
export async function updateInvoiceProfile(
  tx: Pick<Db, 'update'>,
  userId: string,
  id: string,
  version: number,
  values: InvoiceProfileValues,
  now: Date,
): Promise<InvoiceProfileRow | undefined> {
  const [row] = await tx
    .update(invoiceProfiles)
    .set({ ...values, updatedAt: now, version: sql`${invoiceProfiles.version} + 1` })
    .where(and(mine(userId, id), eq(invoiceProfiles.version, version)))
    .returning();
  return row;
}

/** Removes it if still at `version`; the removed row, or undefined. */
export async function deleteInvoiceProfile(
  tx: Pick<Db, 'delete'>,
  userId: string,
  id: string,
  version: number,
): Promise<InvoiceProfileRow | undefined> {
  const [row] = await tx
    .delete(invoiceProfiles)
    .where(and(mine(userId, id), eq(invoiceProfiles.version, version)))
    .returning();
  return row;
}

/** Makes `id` the only default (call under lockBuyerList: the old default is cleared first). */
export async function makeDefaultInvoiceProfile(tx: Pick<Db, 'update'>, userId: string, id: string): Promise<boolean> {
  await tx
    .update(invoiceProfiles)
    .set({ isDefault: false })
    .where(and(eq(invoiceProfiles.userId, userId), eq(invoiceProfiles.isDefault, true), ne(invoiceProfiles.id, id)));
  const [row] = await tx
    .update(invoiceProfiles)
    .set({ isDefault: true })
    .where(mine(userId, id))
    .returning({ id: invoiceProfiles.id });
  return Boolean(row);
}

/** The newest invoice profile left, to become the default when the default is deleted. */
export async function newestInvoiceProfile(db: Reader, userId: string): Promise<{ id: string } | undefined> {
  const [row] = await db
    .select({ id: invoiceProfiles.id })
    .from(invoiceProfiles)
    .where(eq(invoiceProfiles.userId, userId))
    .orderBy(desc(invoiceProfiles.createdAt), desc(invoiceProfiles.id))
    .limit(1);
  return row;
}
