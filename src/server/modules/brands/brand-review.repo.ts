import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Brand } from '../../../shared/schemas/brands.js';
import type { BrandState } from '../../../shared/state-machines/brand.js';
import type { Db } from '../../db/client.js';
import { defineReviewQueue, QUEUE_LIMIT, type QueueFilter } from '../../platform/review/queue.js';
import { suppliers } from '../suppliers/index.js';
import { brands } from './brands.tables.js';

/*
 * The brand review queue's read models join the suppliers' table (the supplier's name):
 * docs/decisions/0009-module-boundaries.md says why and where.
 */
type Reader = Pick<Db, 'select'>;

const brandQueue = defineReviewQueue<BrandState>({
  awaiting: 'pending',
  columns: { status: brands.status, submittedAt: brands.submittedAt, dueAt: brands.dueAt },
  searchIn: [brands.nameEn, brands.nameZh, suppliers.nameEn, brands.trademarkNumber],
});

export async function listBrandQueue(db: Reader, filter: QueueFilter<BrandState>, now: Date) {
  const rows = await db
    .select({ brand: brands, supplierName: suppliers.nameEn })
    .from(brands)
    .innerJoin(suppliers, eq(suppliers.id, brands.supplierId))
    .where(brandQueue.where(filter, now))
    .orderBy(brandQueue.orderBy(filter))
    .limit(QUEUE_LIMIT);
  return rows.map(({ brand, supplierName }) => ({
    id: brand.id,
    kind: brand.kind as Brand['kind'],
    nameZh: brand.nameZh,
    nameEn: brand.nameEn,
    supplierName,
    status: brand.status as Brand['status'],
    submittedAt: brand.submittedAt.toISOString(),
    dueAt: brand.dueAt?.toISOString() ?? null,
    overdue: brandQueue.isOverdue(brand, now),
  }));
}

/** Other suppliers' private brands with one of these (lower-cased) names. */
export function privateBrandsOfOthersNamed(db: Reader, supplierId: string, names: string[]) {
  return db
    .select({
      id: brands.id,
      kind: brands.kind,
      status: brands.status,
      supplierName: suppliers.nameEn,
      nameEn: brands.nameEn,
      nameZh: brands.nameZh,
    })
    .from(brands)
    .innerJoin(suppliers, eq(suppliers.id, brands.supplierId))
    .where(
      and(
        ne(brands.supplierId, supplierId),
        eq(brands.kind, 'private'),
        or(inArray(sql`lower(${brands.nameEn})`, names), inArray(sql`lower(${brands.nameZh})`, names)),
      ),
    );
}
