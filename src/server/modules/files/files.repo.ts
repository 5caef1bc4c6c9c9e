import { asc, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { files } from './files.tables.js';

export type FileRow = typeof files.$inferSelect;
export type NewFileRow = typeof files.$inferInsert;

export async function insertFile(db: Pick<Db, 'insert'>, values: NewFileRow): Promise<FileRow> {
  const [row] = await db.insert(files).values(values).returning();
  return row!;
}

export async function findFileById(db: Pick<Db, 'select'>, id: string): Promise<FileRow | undefined> {
  const [row] = await db.select().from(files).where(eq(files.id, id));
  return row;
}

export async function findFilesByIds(db: Pick<Db, 'select'>, ids: readonly string[]): Promise<FileRow[]> {
  if (!ids.length) return [];
  return db
    .select()
    .from(files)
    .where(inArray(files.id, [...ids]));
}

/** Every stored object a files row names (its bytes and its thumbnail), in a stable order, a page at a time. */
export async function listStoredObjects(
  db: Pick<Db, 'select'>,
  afterId: string | null,
  limit: number,
): Promise<Pick<FileRow, 'id' | 'storageKey' | 'thumbnailKey' | 'sha256'>[]> {
  return db
    .select({ id: files.id, storageKey: files.storageKey, thumbnailKey: files.thumbnailKey, sha256: files.sha256 })
    .from(files)
    .where(afterId ? gt(files.id, afterId) : undefined)
    .orderBy(asc(files.id))
    .limit(limit);
}
