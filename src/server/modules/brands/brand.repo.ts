import { and, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { BrandKind } from '../../../shared/schemas/brands.js';
import type { Db } from '../../db/client.js';
import type { BrandRow } from './brand.mapper.js';
import { brands } from './brands.tables.js';

type Reader = Pick<Db, 'select'>;

export async function findBrandById(db: Reader, id: string): Promise<BrandRow | undefined> {
  const [row] = await db.select().from(brands).where(eq(brands.id, id));
  return row;
}

/** One brand of this supplier; undefined for another supplier's brand as for a missing one. */
export async function findSupplierBrand(db: Reader, supplierId: string, id: string): Promise<BrandRow | undefined> {
  const [row] = await db
    .select()
    .from(brands)
    .where(and(eq(brands.id, id), eq(brands.supplierId, supplierId)));
  return row;
}

export function listSupplierBrands(db: Reader, supplierId: string, kind?: BrandKind): Promise<BrandRow[]> {
  return db
    .select()
    .from(brands)
    .where(and(eq(brands.supplierId, supplierId), kind ? eq(brands.kind, kind) : undefined))
    .orderBy(desc(brands.submittedAt));
}

/** Same supplier, same name (either language, any case), still pending or approved. */
export async function findDuplicateBrand(
  db: Reader,
  supplierId: string,
  names: string[],
  exceptId?: string,
): Promise<{ id: string } | undefined> {
  const [dup] = await db
    .select({ id: brands.id })
    .from(brands)
    .where(
      and(
        eq(brands.supplierId, supplierId),
        inArray(brands.status, ['pending', 'approved']),
        exceptId ? ne(brands.id, exceptId) : undefined,
        or(inArray(sql`lower(${brands.nameEn})`, names), inArray(sql`lower(${brands.nameZh})`, names)),
      ),
    )
    .limit(1);
  return dup;
}

export async function insertBrand(tx: Pick<Db, 'insert'>, values: typeof brands.$inferInsert): Promise<BrandRow> {
  const [inserted] = await tx.insert(brands).values(values).returning();
  return inserted!;
}

/**
 * Bumps the version of a brand in one of `allowedStates`, applying `changes`, only if nobody
 * else changed it since `version` was read; undefined when the brand was not in such a state.
 */
export async function updateBrandWithVersion(
  tx: Pick<Db, 'update'>,
  id: string,
  version: number,
  allowedStates: readonly string[],
  changes: Partial<BrandRow>,
): Promise<BrandRow | undefined> {
  const [updated] = await tx
    .update(brands)
    .set({ ...changes, version: sql`${brands.version} + 1` })
    .where(and(eq(brands.id, id), eq(brands.version, version), inArray(brands.status, [...allowedStates])))
    .returning();
  return updated;
}

/** Marks an approved brand expired; false when it is no longer approved (another run got there first). */
export async function expireBrand(tx: Pick<Db, 'update'>, id: string, now: Date): Promise<boolean> {
  const [done] = await tx
    .update(brands)
    .set({ status: 'expired', expiredAt: now, version: sql`${brands.version} + 1`, updatedAt: now })
    .where(and(eq(brands.id, id), eq(brands.status, 'approved')))
    .returning({ id: brands.id });
  return Boolean(done);
}

export async function setRemindersSent(tx: Pick<Db, 'update'>, id: string, remindersSent: number[]): Promise<void> {
  await tx.update(brands).set({ remindersSent }).where(eq(brands.id, id));
}
