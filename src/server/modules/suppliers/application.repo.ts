import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../platform/errors.js';
import { files } from '../files/index.js';
import { toFileInfo } from '../files/index.js';
import type { ApplicationRow, MaterialView } from './application.mapper.js';
import { supplierApplications, supplierMaterials } from './suppliers.tables.js';

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
