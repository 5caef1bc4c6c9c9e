import { count, isNull, max, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { jobRuns } from '../jobs.tables.js';
import { mailOutbox } from '../mail/mail.tables.js';

/** Mails waiting in the outbox and how old the oldest is (seconds); read at each scrape. */
export async function outboxBacklog(db: Db): Promise<{ pending: number; oldestSeconds: number }> {
  const [row] = await db
    .select({
      pending: count(),
      oldest: sql<number>`coalesce(extract(epoch from now() - min(${mailOutbox.createdAt})), 0)::float8`,
    })
    .from(mailOutbox)
    .where(eq(mailOutbox.status, 'pending'));
  return { pending: Number(row?.pending ?? 0), oldestSeconds: Number(row?.oldest ?? 0) };
}

/** Per scheduled job: runs finished, runs claimed but unfinished, and the last finish time. */
export async function jobRunCounts(
  db: Db,
): Promise<{ job: string; finished: number; unfinished: number; lastFinishedAt: Date | null }[]> {
  const rows = await db
    .select({
      job: jobRuns.job,
      finished: sql<number>`count(${jobRuns.finishedAt})::int`,
      unfinished: sql<number>`(count(*) filter (where ${isNull(jobRuns.finishedAt)}))::int`,
      lastFinishedAt: max(jobRuns.finishedAt),
    })
    .from(jobRuns)
    .groupBy(jobRuns.job);
  return rows.map((r) => ({ ...r, finished: Number(r.finished), unfinished: Number(r.unfinished) }));
}
