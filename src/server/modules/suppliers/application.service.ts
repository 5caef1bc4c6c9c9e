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
import { AppError, type ErrorDetail } from '../../platform/errors.js';
import { formatDateTime } from '../../platform/i18n/translate.js';
import type { ModuleContext } from '../../platform/module-context.js';
import { reviewDueAt } from '../../platform/review/due-date.js';
import { findUserById, toCurrentUser } from '../accounts/index.js';
import type { FilesService } from '../files/index.js';
import { companyToColumns, toApplicationView, type ApplicationRow } from './application.mapper.js';
import {
  deleteMaterial,
  findApplicationByUser,
  insertApplication,
  insertApplicationEvent,
  insertMaterial,
  listMaterials,
  updateWithVersion,
} from './application.repo.js';

export interface ApplicationDeps extends ModuleContext {
  files: Pick<FilesService, 'ownFile' | 'checksums'>;
}

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
        const row = await insertApplication(db, {
          userId,
          ...companyToColumns(input.company),
          createdAt: now,
          updatedAt: now,
        });
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
        await insertMaterial(tx, { applicationId: application.id, type: input.type, fileId: input.fileId });
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
        if (!(await deleteMaterial(tx, application.id, materialId)))
          throw new AppError('NOT_FOUND', 'Material not found');
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
      const dueAt = reviewDueAt(now, deps);
      const shaById = await deps.files.checksums(current.materials.map((m) => m.file.id));
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
        await insertApplicationEvent(tx, {
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
