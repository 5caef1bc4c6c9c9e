import { eq, inArray } from 'drizzle-orm';
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
