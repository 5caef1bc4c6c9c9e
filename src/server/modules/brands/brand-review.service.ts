import { isLocale, type Locale } from '../../../shared/locales.js';
import type { Brand } from '../../../shared/schemas/brands.js';
import { brandMachine, type BrandState } from '../../../shared/state-machines/brand.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import { AppError, notFound } from '../../platform/errors.js';
import en from '../../platform/i18n/locales/en.json' with { type: 'json' };
import { translate } from '../../platform/i18n/translate.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import { commitDecision, type ReviewEvent, type Reviewer, type ReviewNotice } from '../../platform/review/decision.js';
import type { QueueFilter } from '../../platform/review/queue.js';
import { describeRejection, type TargetLabel } from '../../platform/review/rejection.js';
import type { FilesService } from '../files/index.js';
import { brandDisplayName, toBrandViews, type BrandRow } from './brand.mapper.js';
import { findSupplierOwner } from './brand-owner.repo.js';
import { listBrandQueue, privateBrandsOfOthersNamed } from './brand-review.repo.js';
import { findBrandById, updateBrandWithVersion } from './brand.repo.js';

type Reason = NonNullable<Brand['rejection']>['reasons'][number];

/** Fields a reason may point at ("brand.<field>"): those the emails (and the web app) can name. */
const REASON_FIELDS: ReadonlySet<string> = new Set(Object.keys(en.brand.fields));

/** A target naming no labelled field would make the email fail to render (500): refuse it as input. */
function assertReasonTargets(reasons: Reason[]): void {
  const details = reasons.flatMap((r, index) =>
    r.target === 'general' || REASON_FIELDS.has(r.target.slice('brand.'.length))
      ? []
      : [{ path: `reasons.${index}.target`, code: 'target_invalid' }],
  );
  if (details.length) throw new AppError('VALIDATION_FAILED', 'A reason names no field of the brand', details);
}

const brandTargetLabel: TargetLabel = (locale, target) =>
  target === 'general'
    ? translate(locale, 'supplier.targets.general')
    : translate(locale, `brand.fields.${target.slice(6)}`);

/** Staff review of brands: the same queue style as supplier authentication. */
export function createBrandReviewService(deps: {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
  files: Pick<FilesService, 'describe'>;
}) {
  const { db, clock } = deps;

  const ownerOf = async (supplierId: string) => {
    const row = await findSupplierOwner(db, supplierId);
    if (!row) throw notFound('Supplier');
    return {
      ...row.user,
      supplierName: row.supplierName,
      locale: (isLocale(row.user.locale) ? row.user.locale : 'en') as Locale,
    };
  };

  const decide = async (
    reviewer: Reviewer,
    id: string,
    version: number,
    event: ReviewEvent,
    decided: Pick<BrandRow, 'rejectionReasons' | 'rejectionNote'>,
    notice: (owner: Awaited<ReturnType<typeof ownerOf>>, brand: BrandRow) => ReviewNotice,
  ) => {
    const now = clock.now();
    const existing = await findBrandById(db, id);
    if (!existing) throw notFound('Brand');
    const owner = await ownerOf(existing.supplierId);
    const row = await commitDecision(deps, {
      reviewer,
      event,
      entityType: 'brand',
      entityId: id,
      auditDetails: { version, ...decided },
      recipient: owner,
      apply: async (tx) => {
        const updated = await updateBrandWithVersion(tx, id, version, brandMachine.sourcesOf(event), {
          ...decided,
          status: brandMachine.next('pending', event),
          decidedAt: now,
          decidedBy: reviewer.id,
          updatedAt: now,
        });
        if (!updated) {
          const latest = await findBrandById(tx, id);
          if (latest && !brandMachine.can(latest.status as never, event)) {
            throw new AppError('INVALID_TRANSITION', `Not possible for a brand that is ${latest.status}`);
          }
          throw new AppError('VERSION_CONFLICT', 'Another reviewer has already decided this brand');
        }
        return updated;
      },
      notice: (brand) => notice(owner, brand),
    });
    const [view] = await toBrandViews(deps.files, [row]);
    return view!;
  };

  return {
    async queue(filter: QueueFilter<BrandState>) {
      return listBrandQueue(db, filter, clock.now());
    },

    /** The brand, its supplier, and other suppliers' private brands with the same name (flagged). */
    async detail(id: string) {
      const row = await findBrandById(db, id);
      if (!row) throw notFound('Brand');
      const names = [row.nameEn?.toLowerCase(), row.nameZh?.toLowerCase()].filter((n): n is string => Boolean(n));
      const sameName = await privateBrandsOfOthersNamed(db, row.supplierId, names);
      const owner = await ownerOf(row.supplierId);
      const [brand] = await toBrandViews(deps.files, [row]);
      return {
        brand: brand!,
        supplier: { id: row.supplierId, name: owner.supplierName, accountName: owner.accountName },
        sameNameOtherSuppliers: sameName,
      };
    },

    approve: (reviewer: Reviewer, id: string, version: number) =>
      decide(reviewer, id, version, 'approve', { rejectionReasons: null, rejectionNote: null }, (owner, brand) => ({
        template: 'brandApproved',
        params: {
          brand: brandDisplayName(brand),
          link: `${deps.publicUrl}/${owner.locale}/supplier/brands/${brand.id}`,
        },
      })),

    reject: async (reviewer: Reviewer, id: string, input: { version: number; reasons: Reason[]; note?: string }) => {
      assertReasonTargets(input.reasons);
      return decide(
        reviewer,
        id,
        input.version,
        'reject',
        { rejectionReasons: input.reasons, rejectionNote: input.note ?? null },
        (owner, brand) => ({
          template: 'brandRejected',
          params: {
            brand: brandDisplayName(brand),
            reasons: describeRejection(owner.locale, input, brandTargetLabel),
            link: `${deps.publicUrl}/${owner.locale}/supplier/brands/${brand.id}`,
          },
        }),
      );
    },
  };
}
export type BrandReviewService = ReturnType<typeof createBrandReviewService>;
