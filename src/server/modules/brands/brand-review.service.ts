import { and, asc, desc, eq, ilike, inArray, ne, or, sql } from 'drizzle-orm';
import { isLocale, type Locale } from '../../../shared/locales.js';
import type { Brand } from '../../../shared/schemas/brands.js';
import { brandMachine } from '../../../shared/state-machines/brand.js';
import type { Db } from '../../db/client.js';
import { writeAudit } from '../../platform/audit.js';
import type { Clock } from '../../platform/clock.js';
import { AppError, notFound } from '../../platform/errors.js';
import en from '../../platform/i18n/locales/en.json' with { type: 'json' };
import { translate } from '../../platform/i18n/translate.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import { users } from '../accounts/accounts.tables.js';
import type { Reviewer } from '../suppliers/review.service.js';
import { suppliers } from '../suppliers/suppliers.tables.js';
import { brandDisplayName, toBrandViews, type BrandRow } from './brand.mapper.js';
import { brands } from './brands.tables.js';
import { escapeLike } from '../../db/like.js';

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

function describeBrandReasons(locale: Locale, reasons: Reason[]): string {
  return reasons
    .map((r) => {
      const target =
        r.target === 'general'
          ? translate(locale, 'supplier.targets.general')
          : translate(locale, `brand.fields.${r.target.slice(6)}`);
      return `${target}: ${translate(locale, `supplier.rejectionCodes.${r.code}`)}${r.note ? ` — ${r.note}` : ''}`;
    })
    .join('\n');
}

/** Staff review of brands: the same queue style as supplier authentication. */
export function createBrandReviewService(deps: { db: Db; clock: Clock; mailer: Mailer; publicUrl: string }) {
  const { db, clock, mailer } = deps;

  const ownerOf = async (supplierId: string) => {
    const [row] = await db
      .select({ user: users, supplierName: suppliers.nameEn })
      .from(suppliers)
      .innerJoin(users, eq(users.id, suppliers.userId))
      .where(eq(suppliers.id, supplierId));
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
    event: 'approve' | 'reject',
    extra: Partial<BrandRow>,
    mail: (owner: Awaited<ReturnType<typeof ownerOf>>, brand: BrandRow) => Parameters<Mailer['enqueue']>[1],
  ) => {
    const now = clock.now();
    const [existing] = await db.select().from(brands).where(eq(brands.id, id));
    if (!existing) throw notFound('Brand');
    const owner = await ownerOf(existing.supplierId);
    const row = await db.transaction(async (tx) => {
      const [updated] = await tx
        .update(brands)
        .set({
          ...extra,
          status: brandMachine.next('pending', event),
          decidedAt: now,
          decidedBy: reviewer.id,
          version: sql`${brands.version} + 1`,
          updatedAt: now,
        })
        .where(
          and(eq(brands.id, id), eq(brands.version, version), inArray(brands.status, brandMachine.sourcesOf(event))),
        )
        .returning();
      if (!updated) {
        const [latest] = await tx.select().from(brands).where(eq(brands.id, id));
        if (latest && !brandMachine.can(latest.status as never, event)) {
          throw new AppError('INVALID_TRANSITION', `Not possible for a brand that is ${latest.status}`);
        }
        throw new AppError('VERSION_CONFLICT', 'Another reviewer has already decided this brand');
      }
      await writeAudit(tx, {
        actorId: reviewer.id,
        action: `brand.${event}`,
        entityType: 'brand',
        entityId: id,
        ip: reviewer.ip,
        details: { version, ...extra },
      });
      await mailer.enqueue(tx, mail(owner, updated));
      return updated;
    });
    const [view] = await toBrandViews(db, [row]);
    return view!;
  };

  return {
    async queue(filter: {
      status: 'pending' | 'approved' | 'rejected' | 'expired' | 'all';
      q?: string;
      overdue?: boolean;
    }) {
      const now = clock.now();
      const q = filter.q ? escapeLike(filter.q.trim()) : undefined;
      const rows = await db
        .select({ brand: brands, supplierName: suppliers.nameEn })
        .from(brands)
        .innerJoin(suppliers, eq(suppliers.id, brands.supplierId))
        .where(
          and(
            filter.status === 'all' ? undefined : eq(brands.status, filter.status),
            q
              ? or(
                  ilike(brands.nameEn, `%${q}%`),
                  ilike(brands.nameZh, `%${q}%`),
                  ilike(suppliers.nameEn, `%${q}%`),
                  ilike(brands.trademarkNumber, `%${q}%`),
                )
              : undefined,
            filter.overdue ? sql`${brands.dueAt} < ${now.toISOString()}` : undefined,
          ),
        )
        .orderBy(filter.status === 'pending' ? asc(brands.submittedAt) : desc(brands.submittedAt))
        .limit(200);
      return rows.map(({ brand, supplierName }) => ({
        id: brand.id,
        kind: brand.kind as Brand['kind'],
        nameZh: brand.nameZh,
        nameEn: brand.nameEn,
        supplierName,
        status: brand.status as Brand['status'],
        submittedAt: brand.submittedAt.toISOString(),
        dueAt: brand.dueAt?.toISOString() ?? null,
        overdue: brand.status === 'pending' && Boolean(brand.dueAt && brand.dueAt < now),
      }));
    },

    /** The brand, its supplier, and other suppliers' private brands with the same name (flagged). */
    async detail(id: string) {
      const [row] = await db.select().from(brands).where(eq(brands.id, id));
      if (!row) throw notFound('Brand');
      const names = [row.nameEn?.toLowerCase(), row.nameZh?.toLowerCase()].filter((n): n is string => Boolean(n));
      const sameName = await db
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
            ne(brands.supplierId, row.supplierId),
            eq(brands.kind, 'private'),
            or(inArray(sql`lower(${brands.nameEn})`, names), inArray(sql`lower(${brands.nameZh})`, names)),
          ),
        );
      const owner = await ownerOf(row.supplierId);
      const [brand] = await toBrandViews(db, [row]);
      return {
        brand: brand!,
        supplier: { id: row.supplierId, name: owner.supplierName, accountName: owner.accountName },
        sameNameOtherSuppliers: sameName,
      };
    },

    approve: (reviewer: Reviewer, id: string, version: number) =>
      decide(reviewer, id, version, 'approve', { rejectionReasons: null, rejectionNote: null }, (owner, brand) => ({
        to: owner.email,
        locale: owner.locale,
        template: 'brandApproved',
        params: {
          name: owner.accountName,
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
          to: owner.email,
          locale: owner.locale,
          template: 'brandRejected',
          params: {
            name: owner.accountName,
            brand: brandDisplayName(brand),
            reasons: describeBrandReasons(owner.locale, input.reasons) + (input.note ? `\n${input.note}` : ''),
            link: `${deps.publicUrl}/${owner.locale}/supplier/brands/${brand.id}`,
          },
        }),
      );
    },
  };
}
export type BrandReviewService = ReturnType<typeof createBrandReviewService>;
