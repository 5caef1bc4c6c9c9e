import { and, asc, desc, eq, ilike, ne, or, sql } from 'drizzle-orm';
import { isLocale, type Locale } from '../../../shared/locales.js';
import type { Application, RejectionReason } from '../../../shared/schemas/suppliers.js';
import { supplierApplicationMachine } from '../../../shared/state-machines/supplier-application.js';
import type { Db } from '../../db/client.js';
import { writeAudit } from '../../platform/audit.js';
import type { Clock } from '../../platform/clock.js';
import { AppError, notFound } from '../../platform/errors.js';
import { translate } from '../../platform/i18n/translate.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import { users } from '../accounts/accounts.tables.js';
import { changedFields, COMPANY_FIELDS, toApplicationView, type ApplicationRow } from './application.mapper.js';
import { findApplication, listMaterials, updateWithVersion } from './application.repo.js';
import { supplierApplicationEvents, supplierApplications, suppliers } from './suppliers.tables.js';
import { escapeLike } from '../../db/like.js';

export interface Reviewer {
  id: string;
  ip: string;
}

/** Reasons as lines in the applicant's language: "Business licence: the copy is unreadable — note". */
export function describeReasons(
  locale: Locale,
  reasons: RejectionReason[],
  materialTypes: Map<string, string>,
): string {
  return reasons
    .map((r) => {
      let target: string;
      if (r.target.startsWith('company.')) target = translate(locale, `supplier.fields.${r.target.slice(8)}`);
      else if (r.target.startsWith('material:'))
        target = translate(locale, `supplier.materials.${materialTypes.get(r.target.slice(9)) ?? 'other'}`);
      else target = translate(locale, 'supplier.targets.general');
      const reason = translate(locale, `supplier.rejectionCodes.${r.code}`);
      return `${target}: ${reason}${r.note ? ` — ${r.note}` : ''}`;
    })
    .join('\n');
}

/** Platform staff's side: the queue, the detail with what changed, approve or reject. */
export function createReviewService(deps: { db: Db; clock: Clock; mailer: Mailer; publicUrl: string }) {
  const { db, clock, mailer } = deps;

  const applicant = async (userId: string) => {
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    if (!user) throw notFound('Applicant');
    return { ...user, locale: (isLocale(user.locale) ? user.locale : 'en') as Locale };
  };

  return {
    /** Oldest submission first, so nobody waits longer than the due date promises. */
    async queue(filter: { status: 'submitted' | 'approved' | 'rejected' | 'all'; q?: string; overdue?: boolean }) {
      const now = clock.now();
      // LIKE wildcards typed by staff are searched for literally.
      const q = filter.q ? escapeLike(filter.q.trim()) : undefined;
      const rows = await db
        .select({ app: supplierApplications, accountName: users.accountName })
        .from(supplierApplications)
        .innerJoin(users, eq(users.id, supplierApplications.userId))
        .where(
          and(
            filter.status === 'all'
              ? ne(supplierApplications.status, 'draft')
              : eq(supplierApplications.status, filter.status),
            q
              ? or(
                  ilike(supplierApplications.companyNameEn, `%${q}%`),
                  ilike(supplierApplications.companyNameZh, `%${q}%`),
                  ilike(supplierApplications.creditCode, `%${q}%`),
                  ilike(users.accountName, `%${q}%`),
                )
              : undefined,
            filter.overdue ? sql`${supplierApplications.dueAt} < ${now.toISOString()}` : undefined,
          ),
        )
        .orderBy(
          filter.status === 'submitted'
            ? asc(supplierApplications.submittedAt)
            : desc(supplierApplications.submittedAt),
        )
        .limit(200);
      return rows.map(({ app, accountName }) => ({
        id: app.id,
        accountName,
        companyNameZh: app.companyNameZh,
        companyNameEn: app.companyNameEn,
        country: app.country,
        status: app.status as Application['status'],
        submittedAt: app.submittedAt?.toISOString() ?? null,
        dueAt: app.dueAt?.toISOString() ?? null,
        overdue: app.status === 'submitted' && Boolean(app.dueAt && app.dueAt < now),
      }));
    },

    async detail(id: string) {
      const row = await findApplication(db, id);
      if (!row || row.status === 'draft') throw notFound('Application');
      const materials = (await listMaterials(db, [id])).get(id) ?? [];
      const events = await db
        .select()
        .from(supplierApplicationEvents)
        .where(eq(supplierApplicationEvents.applicationId, id))
        .orderBy(desc(supplierApplicationEvents.createdAt));
      const submissions = events.filter((e) => e.kind === 'submitted' && e.snapshot);
      const [latest, previous] = submissions;
      const changes =
        latest?.snapshot && previous?.snapshot
          ? {
              fields: changedFields(previous.snapshot.company, latest.snapshot.company),
              materialsAdded: latest.snapshot.materials
                .filter((m) => !previous.snapshot!.materials.some((p) => p.sha256 === m.sha256))
                .map((m) => m.id),
              materialsRemoved: previous.snapshot.materials
                .filter((p) => !latest.snapshot!.materials.some((m) => m.sha256 === p.sha256))
                .map((m) => m.type),
            }
          : null;
      const sameCode = row.creditCode
        ? await db
            .select({
              id: supplierApplications.id,
              status: supplierApplications.status,
              companyNameEn: supplierApplications.companyNameEn,
            })
            .from(supplierApplications)
            .where(
              and(
                eq(supplierApplications.creditCode, row.creditCode),
                ne(supplierApplications.id, id),
                ne(supplierApplications.status, 'draft'),
              ),
            )
        : [];
      const user = await applicant(row.userId);
      return {
        application: toApplicationView(row, materials),
        applicant: { id: user.id, accountName: user.accountName, email: user.email, locale: user.locale },
        changes,
        sameCreditCode: sameCode,
        history: events.map((e) => ({
          kind: e.kind,
          createdAt: e.createdAt.toISOString(),
          reasons: e.reasons ?? [],
          note: e.note,
        })),
      };
    },

    async approve(reviewer: Reviewer, id: string, version: number) {
      const now = clock.now();
      const row = await findApplication(db, id);
      if (!row) throw notFound('Application');
      const user = await applicant(row.userId);
      const updated = await db.transaction(async (tx) => {
        const app: ApplicationRow = await updateWithVersion(
          tx,
          { id },
          version,
          supplierApplicationMachine.sourcesOf('approve'),
          {
            status: 'approved',
            decidedAt: now,
            decidedBy: reviewer.id,
            rejectionReasons: null,
            rejectionNote: null,
            updatedAt: now,
          },
        );
        await tx
          .insert(suppliers)
          .values({
            userId: app.userId,
            applicationId: app.id,
            nameZh: app.companyNameZh,
            nameEn: app.companyNameEn ?? '',
            country: app.country ?? '',
            approvedAt: now,
            contactEmail: app.contactEmail,
            contactPhone: app.contactPhone,
            website: app.website,
          })
          .onConflictDoNothing();
        await tx
          .insert(supplierApplicationEvents)
          .values({ applicationId: id, kind: 'approved', actorId: reviewer.id, createdAt: now });
        await writeAudit(tx, {
          actorId: reviewer.id,
          action: 'supplier_application.approve',
          entityType: 'supplier_application',
          entityId: id,
          ip: reviewer.ip,
          details: { version },
        });
        await mailer.enqueue(tx, {
          to: user.email,
          locale: user.locale,
          template: 'applicationApproved',
          params: {
            name: user.accountName,
            company: app.companyNameEn ?? '',
            link: `${deps.publicUrl}/${user.locale}/supplier`,
          },
        });
        return app;
      });
      return toApplicationView(updated, (await listMaterials(db, [id])).get(id) ?? []);
    },

    async reject(
      reviewer: Reviewer,
      id: string,
      input: { version: number; reasons: RejectionReason[]; note?: string },
    ) {
      const now = clock.now();
      const row = await findApplication(db, id);
      if (!row) throw notFound('Application');
      const materials = (await listMaterials(db, [id])).get(id) ?? [];
      const materialTypes = new Map(materials.map((m) => [m.id, m.type]));
      for (const [index, reason] of input.reasons.entries()) {
        const unknownField =
          reason.target.startsWith('company.') &&
          !(COMPANY_FIELDS as readonly string[]).includes(reason.target.slice(8));
        if (unknownField || (reason.target.startsWith('material:') && !materialTypes.has(reason.target.slice(9)))) {
          throw new AppError('VALIDATION_FAILED', 'Unknown material', [
            { path: `reasons.${index}.target`, code: 'target_invalid' },
          ]);
        }
      }
      const user = await applicant(row.userId);
      const updated = await db.transaction(async (tx) => {
        const app = await updateWithVersion(tx, { id }, input.version, supplierApplicationMachine.sourcesOf('reject'), {
          status: 'rejected',
          decidedAt: now,
          decidedBy: reviewer.id,
          rejectionReasons: input.reasons,
          rejectionNote: input.note ?? null,
          updatedAt: now,
        });
        await tx.insert(supplierApplicationEvents).values({
          applicationId: id,
          kind: 'rejected',
          actorId: reviewer.id,
          reasons: input.reasons,
          note: input.note ?? null,
          createdAt: now,
        });
        await writeAudit(tx, {
          actorId: reviewer.id,
          action: 'supplier_application.reject',
          entityType: 'supplier_application',
          entityId: id,
          ip: reviewer.ip,
          details: { version: input.version, reasons: input.reasons, note: input.note ?? null },
        });
        await mailer.enqueue(tx, {
          to: user.email,
          locale: user.locale,
          template: 'applicationRejected',
          params: {
            name: user.accountName,
            company: app.companyNameEn ?? '',
            reasons: describeReasons(user.locale, input.reasons, materialTypes) + (input.note ? `\n${input.note}` : ''),
            link: `${deps.publicUrl}/${user.locale}/account/supplier-authentication`,
          },
        });
        return app;
      });
      return toApplicationView(updated, materials);
    },
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
