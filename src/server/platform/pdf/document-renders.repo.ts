import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { documentRenders } from './pdf.tables.js';

export type DocumentRenderRow = typeof documentRenders.$inferSelect;
export type NewDocumentRender = Omit<typeof documentRenders.$inferInsert, 'createdAt'>;

export async function findRender(
  db: Pick<Db, 'select'>,
  contentSha256: string,
): Promise<DocumentRenderRow | undefined> {
  const [row] = await db.select().from(documentRenders).where(eq(documentRenders.contentSha256, contentSha256));
  return row;
}

/** First writer wins: another instance may have stored the same content meanwhile (same bytes). */
export async function insertRender(db: Pick<Db, 'insert'>, row: NewDocumentRender): Promise<void> {
  await db.insert(documentRenders).values(row).onConflictDoNothing({ target: documentRenders.contentSha256 });
}
