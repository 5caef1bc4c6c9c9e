import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { AuditQuery } from '../../../shared/schemas/staff.js';
import type { Db } from '../../db/client.js';
import { auditLog } from '../../platform/audit.tables.js';
import { users } from './accounts.tables.js';

type Reader = Pick<Db, 'select'>;
export type AuditFilters = Omit<AuditQuery, 'page'>;

const DAY_MS = 86_400_000;
/** LIKE with the user's text taken literally (no wildcards of their own). */
const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

function conditions(filters: AuditFilters): SQL | undefined {
  return and(
    filters.actor ? sql`lower(${users.accountName}) = ${filters.actor.toLowerCase()}` : undefined,
    // "review" finds review.approve, review.reject…: an action or a prefix of one.
    filters.action ? sql`${auditLog.action} like ${`${escapeLike(filters.action)}%`}` : undefined,
    filters.entityType ? eq(auditLog.entityType, filters.entityType) : undefined,
    filters.entityId ? eq(auditLog.entityId, filters.entityId) : undefined,
    // Whole days in UTC, both ends inclusive.
    filters.from ? gte(auditLog.createdAt, new Date(`${filters.from}T00:00:00Z`)) : undefined,
    filters.to ? lt(auditLog.createdAt, new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + DAY_MS)) : undefined,
  );
}

const columns = {
  id: auditLog.id,
  createdAt: auditLog.createdAt,
  actorId: auditLog.actorId,
  actorName: users.accountName,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  ip: auditLog.ip,
  details: auditLog.details,
};

export type AuditRow = {
  id: string;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  ip: string | null;
  details: Record<string, unknown>;
};

/** One page of entries, newest first, with the total matching the filters. */
export async function searchAudit(
  db: Reader,
  filters: AuditFilters,
  page: number,
  pageSize: number,
): Promise<{ rows: AuditRow[]; total: number }> {
  const where = conditions(filters);
  const rows = await db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

/** Every matching entry for the CSV export, newest first, at most `limit`. */
export async function exportAudit(db: Reader, filters: AuditFilters, limit: number): Promise<AuditRow[]> {
  return db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(conditions(filters))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
}
