import type { Db } from '../db/client.js';
import { auditLog } from './audit.tables.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  ip: string | null;
  details?: Record<string, unknown>;
}

/** Written inside the same transaction as the decision it records. */
export async function writeAudit(tx: Pick<Db, 'insert'>, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({ ...entry, details: entry.details ?? {} });
}
