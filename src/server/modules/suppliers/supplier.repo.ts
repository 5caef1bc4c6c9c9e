import { eq, sql } from 'drizzle-orm';
import type { Locale } from '../../../shared/locales.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../platform/errors.js';
import { supplierTranslations, suppliers } from './suppliers.tables.js';

export type SupplierRow = typeof suppliers.$inferSelect;
export type TranslationRow = typeof supplierTranslations.$inferSelect;
type Reader = Pick<Db, 'select'>;

/** The supplier id of an account; 403 SUPPLIER_NOT_APPROVED when it has not been approved. */
export async function supplierIdOf(db: Reader, userId: string): Promise<string> {
  const [row] = await db.select({ id: suppliers.id }).from(suppliers).where(eq(suppliers.userId, userId));
  if (!row) throw new AppError('SUPPLIER_NOT_APPROVED', 'Supplier authentication has not been approved');
  return row.id;
}

export async function findSupplierByUser(db: Reader, userId: string): Promise<SupplierRow | undefined> {
  const [row] = await db.select().from(suppliers).where(eq(suppliers.userId, userId));
  return row;
}

export async function findSupplierById(db: Reader, id: string): Promise<SupplierRow | undefined> {
  const [row] = await db.select().from(suppliers).where(eq(suppliers.id, id));
  return row;
}

export function listSupplierTranslations(db: Reader, supplierId: string): Promise<TranslationRow[]> {
  return db.select().from(supplierTranslations).where(eq(supplierTranslations.supplierId, supplierId));
}

/** The supplier record an approval creates; approving twice keeps the first. */
export async function insertSupplier(db: Pick<Db, 'insert'>, values: typeof suppliers.$inferInsert): Promise<void> {
  await db.insert(suppliers).values(values).onConflictDoNothing();
}

/** Saves the profile only if nobody changed it since `version` was read; undefined when someone did. */
export async function updateSupplierProfile(
  tx: Pick<Db, 'update'>,
  id: string,
  version: number,
  changes: Partial<SupplierRow>,
): Promise<SupplierRow | undefined> {
  const [saved] = await tx
    .update(suppliers)
    .set({ ...changes, version: sql`${suppliers.version} + 1` })
    .where(sql`${suppliers.id} = ${id} AND ${suppliers.version} = ${version}`)
    .returning();
  return saved;
}

/** Replaces the supplier's texts with these (one per language given). */
export async function replaceSupplierTranslations(
  tx: Pick<Db, 'delete' | 'insert'>,
  supplierId: string,
  texts: { locale: Locale; profile: string; mainProducts: string | null }[],
): Promise<void> {
  await tx.delete(supplierTranslations).where(eq(supplierTranslations.supplierId, supplierId));
  await tx.insert(supplierTranslations).values(texts.map((t) => ({ supplierId, ...t })));
}

/**
 * Locks the supplier's row for the rest of the transaction, so two submissions of one supplier
 * cannot both pass a duplicate check before either writes (PostgreSQL runs them in parallel).
 */
export async function lockSupplier(tx: Reader, supplierId: string): Promise<void> {
  await tx.select({ id: suppliers.id }).from(suppliers).where(eq(suppliers.id, supplierId)).for('no key update');
}
