import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { mailOutbox } from './mail.tables.js';

export type OutboxRow = typeof mailOutbox.$inferSelect;

/** The newest 100 messages of the outbox, to one address or to anyone. */
export function latestOutboxMessages(db: Pick<Db, 'select'>, to?: string): Promise<OutboxRow[]> {
  return db
    .select()
    .from(mailOutbox)
    .where(to ? eq(mailOutbox.toAddress, to) : undefined)
    .orderBy(desc(mailOutbox.createdAt))
    .limit(100);
}

export async function findOutboxMessage(db: Pick<Db, 'select'>, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row;
}
