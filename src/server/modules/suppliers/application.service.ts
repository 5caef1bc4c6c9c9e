import { and, eq, inArray } from 'drizzle-orm';
import type { Locale } from '../../../shared/locales.js';
import {
  companySubmitSchema,
  REQUIRED_MATERIALS,
  type Application,
  type CompanyDraft,
  type MaterialType,
} from '../../../shared/schemas/suppliers.js';
import {
  EDITABLE_APPLICATION_STATES,
  supplierApplicationMachine,
} from '../../../shared/state-machines/supplier-application.js';
import { addWorkingDays } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import { AppError, type ErrorDetail } from '../../platform/errors.js';
import { formatDateTime } from '../../platform/i18n/translate.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import { findUserById, toCurrentUser } from '../accounts/accounts.repo.js';
import { files } from '../files/index.js';
import type { FilesService } from '../files/index.js';
import { companyToColumns, toApplicationView, type ApplicationRow } from './application.mapper.js';
import { findApplicationByUser, listMaterials, updateWithVersion } from './application.repo.js';
import { supplierApplicationEvents, supplierApplications, supplierMaterials } from './suppliers.tables.js';

export interface ApplicationDeps {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  files: Pick<FilesService, 'ownFile'>;
  publicUrl: string;
  holidays: ReadonlySet<string>;
  extraWorkdays: ReadonlySet<string>;
}

/** The review is due within 3 working days of submission (guide 2.1: "usually 1-3 working days"). */
export const REVIEW_WORKING_DAYS = 3;

function submitProblems(company: CompanyDraft, materialTypes: string[]): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const parsed = companySubmitSchema.safeParse(company);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      details.push({ path: ['company', ...issue.path.map(String)].join('.'), code: issue.message });
    }
  }
  for (const type of REQUIRED_MATERIALS) {
    if (!materialTypes.includes(type)) details.push({ path: 'materials', code: 'material_required', params: { type } });
  }
  return details;
}

/** The applicant's side of "Supplier Authentication" (guide 2.1). */
export function createApplicationService(deps: ApplicationDeps) {
  const { db, clock } = deps;
  const editable = EDITABLE_APPLICATION_STATES;

  const view = async (row: ApplicationRow): Promise<Application> =>
    toApplicationView(row, (await listMaterials(db, [row.id])).get(row.id) ?? []);

  const mine = async (userId: string) => {
    const row = await findApplicationByUser(db, userId);
    if (!row) throw new AppError('NOT_FOUND', 'No application yet');
    return row;
  };

  return {
    async get(userId: string): Promise<Application | null> {
      const row = await findApplicationByUser(db, userId);
      return row ? view(row) : null;
    },

    /** Saves the draft as the user goes; the first save creates the application. */
    async save(userId: string, input: { version?: number; company: CompanyDraft }): Promise<Application> {
      const now = clock.now();
      const existing = await findApplicationByUser(db, userId);
      if (!existing) {
        const [row] = await db
          .insert(supplierApplications)
          .values({ userId, ...companyToColumns(input.company), createdAt: now, updatedAt: now })
          .onConflictDoNothing()
          .returning();
        // Another tab created it a moment ago: ask the client to reload and merge.
        if (!row) throw new AppError('VERSION_CONFLICT', 'The application was created in another window');
        return view(row);
      }
      if (input.version === undefined) {
        throw new AppError('VERSION_CONFLICT', 'Reload the application before saving', [
          { path: 'version', code: 'version_conflict' },
        ]);
      }
      const row = await updateWithVersion(db, { id: existing.id, userId }, input.version, editable, {
        ...companyToColumns(input.company),
        updatedAt: now,
      });
      return view(row);
    },

    async addMaterial(
      userId: string,
      input: { version: number; type: MaterialType; fileId: string },
    ): Promise<Application> {
      const application = await mine(userId);
      await deps.files.ownFile(userId, input.fileId, 'supplier_material');
      const row = await db.transaction(async (tx) => {
        const updated = await updateWithVersion(tx, { id: application.id, userId }, input.version, editable, {
          updatedAt: clock.now(),
        });
        await tx
          .insert(supplierMaterials)
          .values({ applicationId: application.id, type: input.type, fileId: input.fileId });
        return updated;
      });
      return view(row);
    },

    async removeMaterial(userId: string, materialId: string, version: number): Promise<Application> {
      const application = await mine(userId);
      const row = await db.transaction(async (tx) => {
        const updated = await updateWithVersion(tx, { id: application.id, userId }, version, editable, {
          updatedAt: clock.now(),
        });
        const removed = await tx
          .delete(supplierMaterials)
          .where(and(eq(supplierMaterials.id, materialId), eq(supplierMaterials.applicationId, application.id)))
          .returning({ id: supplierMaterials.id });
        if (!removed.length) throw new AppError('NOT_FOUND', 'Material not found');
        return updated;
      });
      return view(row);
    },

    /** "Submit" after "Next Step": full validation, then submitted with a due date and an email. */
    async submit(userId: string, version: number): Promise<Application> {
      const application = await mine(userId);
      const current = await view(application);
      const problems = submitProblems(
        current.company,
        current.materials.map((m) => m.type),
      );
      if (problems.length) throw new AppError('VALIDATION_FAILED', 'The application is incomplete', problems);
      const user = await findUserById(db, userId);
      if (!user) throw new AppError('NOT_FOUND', 'Account not found');
      const account = toCurrentUser(user, 'none');
      const now = clock.now();
      const dueAt = addWorkingDays(now, REVIEW_WORKING_DAYS, deps.holidays, deps.extraWorkdays);
      const fileIds = current.materials.map((m) => m.file.id);
      const materialFiles = await db
        .select({ id: files.id, sha256: files.sha256 })
        .from(files)
        .where(inArray(files.id, fileIds));
      const shaById = new Map(materialFiles.map((f) => [f.id, f.sha256]));
      const row = await db.transaction(async (tx) => {
        const updated = await updateWithVersion(
          tx,
          { id: application.id, userId },
          version,
          supplierApplicationMachine.sourcesOf('submit'),
          {
            status: supplierApplicationMachine.next('draft', 'submit'),
            submittedAt: now,
            dueAt,
            decidedAt: null,
            decidedBy: null,
            updatedAt: now,
          },
        );
        await tx.insert(supplierApplicationEvents).values({
          applicationId: application.id,
          kind: 'submitted',
          actorId: userId,
          snapshot: {
            company: current.company,
            materials: current.materials.map((m) => ({
              id: m.id,
              type: m.type,
              fileId: m.file.id,
              sha256: shaById.get(m.file.id) ?? '',
            })),
          },
          createdAt: now,
        });
        await deps.mailer.enqueue(tx, {
          to: account.email,
          locale: account.locale,
          template: 'applicationSubmitted',
          params: {
            name: account.accountName,
            company: current.company.companyNameEn ?? '',
            due: formatDateTime(account.locale as Locale, dueAt),
            link: `${deps.publicUrl}/${account.locale}/account/supplier-authentication`,
          },
        });
        return updated;
      });
      return view(row);
    },
  };
}
export type ApplicationService = ReturnType<typeof createApplicationService>;
