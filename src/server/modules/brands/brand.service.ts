import type { Brand, BrandInput, BrandKind } from '../../../shared/schemas/brands.js';
import { brandMachine } from '../../../shared/state-machines/brand.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { FilesService } from '../files/index.js';
import { reviewDueAt } from '../../platform/review/due-date.js';
import { lockSupplier, supplierIdOf } from '../suppliers/index.js';
import { brandColumns, toBrandViews, type BrandRow } from './brand.mapper.js';
import {
  findBrandById,
  findDuplicateBrand,
  findSupplierBrand,
  insertBrand,
  listSupplierBrands,
  updateBrandWithVersion,
} from './brand.repo.js';

export interface BrandDeps {
  db: Db;
  clock: Clock;
  files: Pick<FilesService, 'ownFile' | 'describe'>;
  holidays: ReadonlySet<string>;
  extraWorkdays: ReadonlySet<string>;
}

/** Same supplier, same name (either language), still pending or approved: a duplicate. */
async function assertNotDuplicate(
  db: Pick<Db, 'select'>,
  supplierId: string,
  input: BrandInput,
  exceptId?: string,
): Promise<void> {
  const names = [input.nameEn?.toLowerCase(), input.nameZh?.toLowerCase()].filter((n): n is string => Boolean(n));
  const dup = await findDuplicateBrand(db, supplierId, names, exceptId);
  if (dup) {
    throw new AppError('CONFLICT', 'You already have this brand pending or approved', [
      { path: input.nameEn ? 'nameEn' : 'nameZh', code: 'brand_duplicate' },
    ]);
  }
}

/** "Licensed Brands" for a supplier: "New Brand", "New Agency Brand", edit and resubmit (guide 3). */
export function createBrandService(deps: BrandDeps) {
  const { db, clock } = deps;

  const supplierOf = (userId: string) => supplierIdOf(db, userId);
  const checkFiles = async (userId: string, input: BrandInput) => {
    await deps.files.ownFile(userId, input.certificateFileId, 'brand_certificate');
    if (input.authorizationFileId) await deps.files.ownFile(userId, input.authorizationFileId, 'brand_certificate');
    if (input.logoFileId) await deps.files.ownFile(userId, input.logoFileId, 'brand_logo');
  };
  const own = async (userId: string, id: string): Promise<BrandRow> => {
    const supplierId = await supplierOf(userId);
    const row = await findSupplierBrand(db, supplierId, id);
    // Another supplier's brand is answered exactly like a missing one.
    if (!row) throw notFound('Brand');
    return row;
  };
  const review = (now: Date) => ({
    submittedAt: now,
    dueAt: reviewDueAt(now, deps),
  });

  return {
    supplierOf,

    async list(userId: string, kind?: BrandKind): Promise<Brand[]> {
      const supplierId = await supplierOf(userId);
      return toBrandViews(deps.files, await listSupplierBrands(db, supplierId, kind));
    },

    async get(userId: string, id: string): Promise<Brand> {
      const [view] = await toBrandViews(deps.files, [await own(userId, id)]);
      return view!;
    },

    /** Submits a new brand for review. */
    async create(userId: string, input: BrandInput): Promise<Brand> {
      const supplierId = await supplierOf(userId);
      await checkFiles(userId, input);
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        await lockSupplier(tx, supplierId);
        await assertNotDuplicate(tx, supplierId, input);
        return insertBrand(tx, {
          supplierId,
          ...brandColumns(input),
          status: 'pending',
          ...review(now),
          createdAt: now,
          updatedAt: now,
        });
      });
      const [view] = await toBrandViews(deps.files, [row]);
      return view!;
    },

    /** Edit and resubmit a rejected brand, or renew an expired one (new certificate, new dates). */
    async resubmit(userId: string, id: string, version: number, input: BrandInput): Promise<Brand> {
      const current = await own(userId, id);
      if (input.kind !== current.kind) {
        throw new AppError('VALIDATION_FAILED', 'The kind of a brand cannot change', [
          { path: 'kind', code: 'kind_fixed' },
        ]);
      }
      await checkFiles(userId, input);
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        await lockSupplier(tx, current.supplierId);
        await assertNotDuplicate(tx, current.supplierId, input, id);
        const updated = await updateBrandWithVersion(tx, id, version, brandMachine.sourcesOf('resubmit'), {
          ...brandColumns(input),
          status: 'pending',
          ...review(now),
          decidedAt: null,
          decidedBy: null,
          rejectionReasons: null,
          rejectionNote: null,
          expiredAt: null,
          remindersSent: [],
          updatedAt: now,
        });
        if (!updated) {
          const latest = await findBrandById(tx, id);
          if (latest && !brandMachine.can(latest.status as never, 'resubmit')) {
            throw new AppError('INVALID_TRANSITION', `Not possible for a brand that is ${latest.status}`);
          }
          throw new AppError('VERSION_CONFLICT', 'The brand was changed in the meantime');
        }
        return updated;
      });
      const [view] = await toBrandViews(deps.files, [row]);
      return view!;
    },
  };
}
export type BrandService = ReturnType<typeof createBrandService>;
