import { and, asc, desc, eq, ilike, ne, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { escapeLike } from '../../db/like.js';

/** The most rows a queue answers with; staff narrow a longer list down with the filters. */
export const QUEUE_LIMIT = 200;

/** The filters every review queue offers: one state (or all), free text, "overdue only". */
export interface QueueFilter<State extends string> {
  status: State | 'all';
  q?: string;
  overdue?: boolean;
}

export interface ReviewQueueSpec<State extends string> {
  /** The state submissions wait in for a decision: the only one that is listed oldest first or can be overdue. */
  awaiting: State;
  /** A state staff never see, not even under "all" (an application its applicant has not sent yet). */
  unlisted?: string;
  columns: { status: AnyPgColumn; submittedAt: AnyPgColumn; dueAt: AnyPgColumn };
  /** Where the free text is looked for: any of these, case-insensitively. */
  searchIn: readonly AnyPgColumn[];
}

/** The parts every review queue's SELECT shares; the service keeps its own tables, joins and row shape. */
export function defineReviewQueue<State extends string>(spec: ReviewQueueSpec<State>) {
  const { status, submittedAt, dueAt } = spec.columns;
  const inState = (wanted: State | 'all') => {
    if (wanted !== 'all') return eq(status, wanted);
    return spec.unlisted === undefined ? undefined : ne(status, spec.unlisted);
  };
  return {
    where(filter: QueueFilter<State>, now: Date): SQL | undefined {
      // LIKE wildcards typed by staff are searched for literally.
      const q = filter.q ? escapeLike(filter.q.trim()) : undefined;
      return and(
        inState(filter.status),
        q ? or(...spec.searchIn.map((column) => ilike(column, `%${q}%`))) : undefined,
        // "Overdue only" means what the flag means: still waiting and past its due date.
        filter.overdue ? and(eq(status, spec.awaiting), sql`${dueAt} < ${now.toISOString()}`) : undefined,
      );
    },

    /** Waiting submissions oldest first, so nobody waits longer than the due date promises; decided ones newest first. */
    orderBy(filter: QueueFilter<State>): SQL {
      return filter.status === spec.awaiting ? asc(submittedAt) : desc(submittedAt);
    },

    /** Only a submission still waiting can be late; a decided one never is, however late it was decided. */
    isOverdue(row: { status: string; dueAt: Date | null }, now: Date): boolean {
      return row.status === spec.awaiting && Boolean(row.dueAt && row.dueAt < now);
    },
  };
}
