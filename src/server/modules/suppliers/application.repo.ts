import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { CurrentUser } from '../../../shared/schemas/accounts.js';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../platform/errors.js';
import { files, toFileInfo } from '../files/index.js';
import type { ApplicationRow, MaterialView } from './application.mapper.js';
import { supplierApplicationEvents, supplierApplications, supplierMaterials } from './suppliers.tables.js';

type Tx = Pick<Db, 'select' | 'update'>;

export async function findApplicationByUser(
  db: Pick<Db, 'select'>,
  userId: string,
): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(supplierApplications).where(eq(supplierApplications.userId, userId));
  return row;
}

export async function findApplication(db: Pick<Db, 'select'>, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(supplierApplications).where(eq(supplierApplications.id, id));
  return row;
}

export async function listMaterials(
  db: Pick<Db, 'select'>,
  applicationIds: string[],
): Promise<Map<string, MaterialView[]>> {
  const byApplication = new Map<string, MaterialView[]>();
  if (!applicationIds.length) return byApplication;
  const rows = await db
    .select({ material: supplierMaterials, file: files })
    .from(supplierMaterials)
    .innerJoin(files, eq(files.id, supplierMaterials.fileId))
    .where(inArray(supplierMaterials.applicationId, applicationIds))
    .orderBy(asc(supplierMaterials.createdAt));
  for (const { material, file } of rows) {
    const list = byApplication.get(material.applicationId) ?? [];
    list.push({ id: material.id, type: material.type, file: toFileInfo(file) });
    byApplication.set(material.applicationId, list);
  }
  return byApplication;
}

/**
 * Bumps the version of an application in one of `allowedStates`, applying `changes`, only if
 * nobody else changed it since `version` was read. Explains a refusal: 404, 409 invalid
 * transition (wrong state) or 409 version conflict (someone was faster).
 */
export async function updateWithVersion(
  tx: Tx,
  where: { id: string; userId?: string },
  version: number,
  allowedStates: readonly string[],
  changes: Partial<ApplicationRow>,
): Promise<ApplicationRow> {
  const [row] = await tx
    .update(supplierApplications)
    .set({ ...changes, version: sql`${supplierApplications.version} + 1`, updatedAt: changes.updatedAt ?? new Date() })
    .where(
      and(
        eq(supplierApplications.id, where.id),
        where.userId ? eq(supplierApplications.userId, where.userId) : undefined,
        eq(supplierApplications.version, version),
        // The state machine's allowed sources, enforced in SQL so a concurrent change cannot slip past.
        inArray(supplierApplications.status, [...allowedStates]),
      ),
    )
    .returning();
  if (row) return row;
  const [current] = await tx
    .select()
    .from(supplierApplications)
    .where(
      and(
        eq(supplierApplications.id, where.id),
        where.userId ? eq(supplierApplications.userId, where.userId) : undefined,
      ),
    );
  if (!current) throw notFound('Application');
  if (!allowedStates.includes(current.status)) {
    throw new AppError('INVALID_TRANSITION', `Not possible while the application is ${current.status}`, [
      { path: 'status', code: 'invalid_transition', params: { status: current.status } },
    ]);
  }
  throw new AppError('VERSION_CONFLICT', 'The application was changed in the meantime', [
    { path: 'version', code: 'version_conflict', params: { current: current.version } },
  ]);
}

/** The personal center's "Supplier Authentication" status: the application's state, or none. */
export async function supplierStatusOf(db: Pick<Db, 'select'>, userId: string): Promise<CurrentUser['supplierStatus']> {
  const [row] = await db
    .select({ status: supplierApplications.status })
    .from(supplierApplications)
    .where(eq(supplierApplications.userId, userId));
  return (row?.status as CurrentUser['supplierStatus'] | undefined) ?? 'none';
}

/** The first save of an application; undefined when another window created it a moment ago. */
export async function insertApplication(
  db: Pick<Db, 'insert'>,
  values: typeof supplierApplications.$inferInsert,
): Promise<ApplicationRow | undefined> {
  const [row] = await db.insert(supplierApplications).values(values).onConflictDoNothing().returning();
  return row;
}

export async function insertMaterial(
  tx: Pick<Db, 'insert'>,
  values: { applicationId: string; type: string; fileId: string },
): Promise<void> {
  await tx.insert(supplierMaterials).values(values);
}

/** Removes a material of this application; false when it has no such material. */
export async function deleteMaterial(
  tx: Pick<Db, 'delete'>,
  applicationId: string,
  materialId: string,
): Promise<boolean> {
  const removed = await tx
    .delete(supplierMaterials)
    .where(and(eq(supplierMaterials.id, materialId), eq(supplierMaterials.applicationId, applicationId)))
    .returning({ id: supplierMaterials.id });
  return removed.length > 0;
}

export type ApplicationEventRow = typeof supplierApplicationEvents.$inferSelect;

export async function insertApplicationEvent(
  tx: Pick<Db, 'insert'>,
  values: typeof supplierApplicationEvents.$inferInsert,
): Promise<void> {
  await tx.insert(supplierApplicationEvents).values(values);
}

/** An application's history, newest first. */
export function listApplicationEvents(db: Pick<Db, 'select'>, applicationId: string): Promise<ApplicationEventRow[]> {
  return db
    .select()
    .from(supplierApplicationEvents)
    .where(eq(supplierApplicationEvents.applicationId, applicationId))
    .orderBy(desc(supplierApplicationEvents.createdAt));
}

/** Other sent applications with the same credit code (a company applying twice, or a copied code). */
export function otherApplicationsWithCreditCode(db: Pick<Db, 'select'>, creditCode: string, exceptId: string) {
  return db
    .select({
      id: supplierApplications.id,
      status: supplierApplications.status,
      companyNameEn: supplierApplications.companyNameEn,
    })
    .from(supplierApplications)
    .where(
      and(
        eq(supplierApplications.creditCode, creditCode),
        ne(supplierApplications.id, exceptId),
        ne(supplierApplications.status, 'draft'),
      ),
    );
}
