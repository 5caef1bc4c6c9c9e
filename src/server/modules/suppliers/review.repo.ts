import { eq } from 'drizzle-orm';
import type { Application } from '../../../shared/schemas/suppliers.js';
import type { SupplierApplicationState } from '../../../shared/state-machines/supplier-application.js';
import type { Db } from '../../db/client.js';
import { defineReviewQueue, QUEUE_LIMIT, type QueueFilter } from '../../platform/review/queue.js';
import { users } from '../accounts/index.js';
import { supplierApplications } from './suppliers.tables.js';

/** Drafts are the applicant's own business: staff never see them. */
export type ListedState = Exclude<SupplierApplicationState, 'draft'>;

const applicationQueue = defineReviewQueue<ListedState>({
  awaiting: 'submitted',
  unlisted: 'draft',
  columns: {
    status: supplierApplications.status,
    submittedAt: supplierApplications.submittedAt,
    dueAt: supplierApplications.dueAt,
  },
  searchIn: [
    supplierApplications.companyNameEn,
    supplierApplications.companyNameZh,
    supplierApplications.creditCode,
    users.accountName,
  ],
});

/**
 * The staff's queue of supplier applications with the applicant's account name: a review read
 * model that joins the accounts module's users (docs/decisions/0009-module-boundaries.md).
 */
export async function listApplicationQueue(db: Pick<Db, 'select'>, filter: QueueFilter<ListedState>, now: Date) {
  const rows = await db
    .select({ app: supplierApplications, accountName: users.accountName })
    .from(supplierApplications)
    .innerJoin(users, eq(users.id, supplierApplications.userId))
    .where(applicationQueue.where(filter, now))
    .orderBy(applicationQueue.orderBy(filter))
    .limit(QUEUE_LIMIT);
  return rows.map(({ app, accountName }) => ({
    id: app.id,
    accountName,
    companyNameZh: app.companyNameZh,
    companyNameEn: app.companyNameEn,
    country: app.country,
    status: app.status as Application['status'],
    submittedAt: app.submittedAt?.toISOString() ?? null,
    dueAt: app.dueAt?.toISOString() ?? null,
    overdue: applicationQueue.isOverdue(app, now),
  }));
}
