import { LOCALES, type Locale } from '../../../shared/locales.js';
import type { ProductInput } from '../../../shared/schemas/products.js';
import { productMachine, type ProductState } from '../../../shared/state-machines/product.js';
import { platformDay } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import { AppError, notFound } from '../../platform/errors.js';
import { brandOfSupplier } from '../brands/index.js';
import type { FilesService } from '../files/index.js';
import { supplierIdOf } from '../suppliers/index.js';
import type { products } from './catalog.tables.js';
import { categoryName, trimDecimal } from './catalog-display.js';
import { categoryExists } from './category.repo.js';
import { priceRange, searchFields } from './product-content.js';
import {
  findShelfCandidates,
  findSupplierProduct,
  insertProduct,
  listProductTranslations,
  listSupplierProducts,
  loadProductInput,
  removeProduct,
  setShelfStatus,
  updateProductWithVersion,
  writeProductChildren,
} from './product.repo.js';

type ProductRow = typeof products.$inferSelect;

/** "Product Management" (guide 4): the supplier's own products, no platform review. */
export function createProductService(deps: {
  db: Db;
  clock: Clock;
  files: Pick<FilesService, 'ownFile' | 'describe'>;
}) {
  const { db, clock } = deps;

  const supplierOf = (userId: string) => supplierIdOf(db, userId);
  const own = async (supplierId: string, id: string): Promise<ProductRow> => {
    const row = await findSupplierProduct(db, supplierId, id);
    if (!row) throw notFound('Product');
    return row;
  };

  /** Only under the supplier's own approved brand, in a real category, with its own pictures. */
  const validate = async (userId: string, supplierId: string, input: ProductInput) => {
    const brand = await brandOfSupplier(db, supplierId, input.brandId);
    if (!brand) throw new AppError('VALIDATION_FAILED', 'Unknown brand', [{ path: 'brandId', code: 'brand_unknown' }]);
    if (brand.status !== 'approved') {
      throw new AppError('VALIDATION_FAILED', 'The brand is not approved', [
        { path: 'brandId', code: 'brand_not_approved', params: { status: brand.status } },
      ]);
    }
    if (!(await categoryExists(db, input.categoryId)))
      throw new AppError('VALIDATION_FAILED', 'Unknown category', [{ path: 'categoryId', code: 'category_unknown' }]);
    if (new Set(input.imageFileIds).size !== input.imageFileIds.length) {
      throw new AppError('VALIDATION_FAILED', 'A picture is listed twice', [
        { path: 'imageFileIds', code: 'duplicate_image' },
      ]);
    }
    for (const fileId of input.imageFileIds) await deps.files.ownFile(userId, fileId, 'product_image');
    return brand;
  };

  const columns = (input: ProductInput, brand: { nameEn: string | null; nameZh: string | null }) => ({
    brandId: input.brandId,
    categoryId: input.categoryId,
    modelNumber: input.modelNumber || null,
    unit: input.unit,
    moq: input.moq,
    currency: input.currency,
    ...priceRange(input.priceTiers),
    leadTimeDays: input.leadTimeDays ?? null,
    origin: input.origin ?? null,
    hsCode: input.hsCode ?? null,
    packaging: input.packaging || null,
    weightKg: input.weightKg ?? null,
    mainImageFileId: input.imageFileIds[0] ?? null,
    ...searchFields(input, [brand.nameEn, brand.nameZh]),
  });

  const detail = async (row: ProductRow) => {
    const { input, images } = await loadProductInput(db, row);
    return {
      id: row.id,
      status: row.status as ProductState,
      offShelfReason: row.offShelfReason,
      version: row.version,
      product: input,
      images,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  };

  return {
    async get(userId: string, id: string) {
      return detail(await own(await supplierOf(userId), id));
    },

    /** "Submit" on "New Product": saved and listed in Product Management, not yet on the shelf. */
    async create(userId: string, input: ProductInput) {
      const supplierId = await supplierOf(userId);
      const brand = await validate(userId, supplierId, input);
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const created = await insertProduct(tx, {
          supplierId,
          ...columns(input, brand),
          status: 'draft',
          createdAt: now,
          updatedAt: now,
        });
        await writeProductChildren(tx, created.id, input);
        return created;
      });
      return detail(row);
    },

    /** Edits carry the version read; a second tab saving an older version gets 409, nothing overwritten. */
    async update(userId: string, id: string, version: number, input: ProductInput) {
      const supplierId = await supplierOf(userId);
      await own(supplierId, id);
      const brand = await validate(userId, supplierId, input);
      const row = await db.transaction(async (tx) => {
        const updated = await updateProductWithVersion(tx, id, version, {
          ...columns(input, brand),
          updatedAt: clock.now(),
        });
        if (!updated) {
          throw new AppError('VERSION_CONFLICT', 'The product was changed in another window', [
            { path: 'version', code: 'version_conflict' },
          ]);
        }
        await writeProductChildren(tx, id, input);
        return updated;
      });
      return detail(row);
    },

    async list(
      userId: string,
      locale: Locale,
      filter: { status?: ProductState; q?: string; page: number; pageSize: number },
    ) {
      const supplierId = await supplierOf(userId);
      const rows = await listSupplierProducts(db, supplierId, filter);
      const texts = await listProductTranslations(
        db,
        rows.map((r) => r.product.id),
      );
      const images = await deps.files.describe(
        rows.flatMap((r) => (r.product.mainImageFileId ? [r.product.mainImageFileId] : [])),
      );
      return {
        total: rows[0]?.total ?? 0,
        items: rows.map(({ product: p, brandEn, brandZh, categoryNames }) => {
          const own = texts.filter((t) => t.productId === p.id);
          const name = (own.find((t) => t.locale === locale) ?? own.find((t) => t.locale === 'en'))?.name ?? '';
          return {
            id: p.id,
            status: p.status as ProductState,
            version: p.version,
            name,
            image: p.mainImageFileId ? (images.get(p.mainImageFileId) ?? null) : null,
            brandName: (locale === 'zh-CN' ? brandZh || brandEn : brandEn || brandZh) ?? '',
            categoryName: categoryName(categoryNames, locale),
            minPrice: trimDecimal(p.minPrice),
            maxPrice: trimDecimal(p.maxPrice),
            currency: p.currency as 'CNY',
            locales: LOCALES.filter((l) => own.some((t) => t.locale === l)),
            updatedAt: p.updatedAt.toISOString(),
          };
        }),
      };
    },

    /** On/off the shelf (guide 4.4), one or many; putting on needs an approved, unexpired brand. */
    async setShelf(userId: string, ids: string[], onShelf: boolean) {
      const supplierId = await supplierOf(userId);
      const event = onShelf ? 'put_on_shelf' : 'take_off_shelf';
      const now = clock.now();
      return db.transaction(async (tx) => {
        const rows = await findShelfCandidates(tx, supplierId, ids);
        if (rows.length !== new Set(ids).size) throw notFound('Product');
        for (const row of rows) {
          if (!productMachine.can(row.status as ProductState, event)) {
            throw new AppError('INVALID_TRANSITION', `Product is ${row.status}`, [
              { path: row.id, code: 'invalid_transition', params: { status: row.status } },
            ]);
          }
          // Past its valid-until day a brand counts as expired even before the daily job has run.
          const lapsed = row.brandValidUntil !== null && row.brandValidUntil < platformDay(now);
          if (onShelf && (row.brandStatus !== 'approved' || lapsed)) {
            const status = lapsed ? 'expired' : row.brandStatus;
            throw new AppError('VALIDATION_FAILED', 'The brand is not approved', [
              { path: row.id, code: 'brand_not_approved', params: { status } },
            ]);
          }
        }
        const updated = await setShelfStatus(
          tx,
          ids,
          productMachine.sourcesOf(event),
          productMachine.next(onShelf ? 'draft' : 'on_shelf', event),
          onShelf,
          now,
        );
        if (updated.length !== rows.length) throw new AppError('CONFLICT', 'A product changed in the meantime; reload');
        return updated.map((u) => ({ ...u, status: u.status as ProductState }));
      });
    },

    /** "Remove": a soft delete — gone from the catalog and the list, kept for orders that reference it. */
    async remove(userId: string, id: string) {
      const supplierId = await supplierOf(userId);
      await own(supplierId, id);
      await removeProduct(db, id, clock.now());
    },
  };
}
export type ProductService = ReturnType<typeof createProductService>;
