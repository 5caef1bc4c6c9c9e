import { isLocale, type Locale } from '../../../shared/locales.js';
import type { RejectionReason } from '../../../shared/schemas/suppliers.js';
import { supplierApplicationMachine } from '../../../shared/state-machines/supplier-application.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import { AppError, notFound } from '../../platform/errors.js';
import { translate } from '../../platform/i18n/translate.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import { commitDecision, type Reviewer } from '../../platform/review/decision.js';
import type { QueueFilter } from '../../platform/review/queue.js';
import { describeRejection, type TargetLabel } from '../../platform/review/rejection.js';
import { findUserById, type SessionInvalidation } from '../accounts/index.js';
import { changedFields, COMPANY_FIELDS, toApplicationView } from './application.mapper.js';
import {
  findApplication,
  insertApplicationEvent,
  listApplicationEvents,
  listMaterials,
  otherApplicationsWithCreditCode,
  updateWithVersion,
} from './application.repo.js';
import { listApplicationQueue, type ListedState } from './review.repo.js';
import { insertSupplier } from './supplier.repo.js';

/** Reason targets are company fields, the application's own materials (named by type) or "general". */
function applicationTargetLabel(materialTypes: Map<string, string>): TargetLabel {
  return (locale, target) => {
    if (target.startsWith('company.')) return translate(locale, `supplier.fields.${target.slice(8)}`);
    if (target.startsWith('material:'))
      return translate(locale, `supplier.materials.${materialTypes.get(target.slice(9)) ?? 'other'}`);
    return translate(locale, 'supplier.targets.general');
  };
}

/** Platform staff's side: the queue, the detail with what changed, approve or reject. */
export function createReviewService(deps: {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
  sessions: SessionInvalidation;
}) {
  const { db, clock } = deps;

  const applicant = async (userId: string) => {
    const user = await findUserById(db, userId);
    if (!user) throw notFound('Applicant');
    return { ...user, locale: (isLocale(user.locale) ? user.locale : 'en') as Locale };
  };

  return {
    async queue(filter: QueueFilter<ListedState>) {
      return listApplicationQueue(db, filter, clock.now());
    },

    async detail(id: string) {
      const row = await findApplication(db, id);
      if (!row || row.status === 'draft') throw notFound('Application');
      const materials = (await listMaterials(db, [id])).get(id) ?? [];
      const events = await listApplicationEvents(db, id);
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
      const sameCode = row.creditCode ? await otherApplicationsWithCreditCode(db, row.creditCode, id) : [];
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
      const updated = await commitDecision(deps, {
        reviewer,
        event: 'approve',
        entityType: 'supplier_application',
        entityId: id,
        auditDetails: { version },
        recipient: user,
        apply: async (tx) => {
          const app = await updateWithVersion(tx, { id }, version, supplierApplicationMachine.sourcesOf('approve'), {
            status: 'approved',
            decidedAt: now,
            decidedBy: reviewer.id,
            rejectionReasons: null,
            rejectionNote: null,
            updatedAt: now,
          });
          await insertSupplier(tx, {
            userId: app.userId,
            applicationId: app.id,
            nameZh: app.companyNameZh,
            nameEn: app.companyNameEn ?? '',
            country: app.country ?? '',
            approvedAt: now,
            contactEmail: app.contactEmail,
            contactPhone: app.contactPhone,
            website: app.website,
          });
          await insertApplicationEvent(tx, {
            applicationId: id,
            kind: 'approved',
            actorId: reviewer.id,
            createdAt: now,
          });
          return app;
        },
        notice: (app) => ({
          template: 'applicationApproved',
          params: { company: app.companyNameEn ?? '', link: `${deps.publicUrl}/${user.locale}/supplier` },
        }),
      });
      // The applicant's next request (on this instance) must carry the new supplier id.
      deps.sessions.forgetUser(row.userId);
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
          throw new AppError('VALIDATION_FAILED', 'A reason points at no field or material of this application', [
            { path: `reasons.${index}.target`, code: 'target_invalid' },
          ]);
        }
      }
      const user = await applicant(row.userId);
      const note = input.note ?? null;
      const updated = await commitDecision(deps, {
        reviewer,
        event: 'reject',
        entityType: 'supplier_application',
        entityId: id,
        auditDetails: { version: input.version, reasons: input.reasons, note },
        recipient: user,
        apply: async (tx) => {
          const app = await updateWithVersion(
            tx,
            { id },
            input.version,
            supplierApplicationMachine.sourcesOf('reject'),
            {
              status: 'rejected',
              decidedAt: now,
              decidedBy: reviewer.id,
              rejectionReasons: input.reasons,
              rejectionNote: note,
              updatedAt: now,
            },
          );
          await insertApplicationEvent(tx, {
            applicationId: id,
            kind: 'rejected',
            actorId: reviewer.id,
            reasons: input.reasons,
            note,
            createdAt: now,
          });
          return app;
        },
        notice: (app) => ({
          template: 'applicationRejected',
          params: {
            company: app.companyNameEn ?? '',
            reasons: describeRejection(user.locale, input, applicationTargetLabel(materialTypes)),
            link: `${deps.publicUrl}/${user.locale}/account/supplier-authentication`,
          },
        }),
      });
      return toApplicationView(updated, materials);
    },
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
