import { sql } from 'drizzle-orm';
import type { ConversationSide } from '../../../shared/schemas/messages.js';
import type { Db } from '../../db/client.js';
import { rowsOf } from './conversation.repo.js';

type Exec = Pick<Db, 'execute'>;

export interface ReportRow {
  id: string;
  conversation_id: string;
  reason: string;
  comment: string | null;
  reporter_side: ConversationSide;
  buyer_name: string | null;
  supplier_name: string | null;
  status: 'open' | 'resolved';
  created_at: Date | string;
  resolution: string | null;
  resolution_note: string | null;
  through_message_id: number | string;
  total?: number | string;
}

/** Serialises a reporter's reports on one conversation (one open report each): the row lock. */
export async function lockConversation(
  db: Exec,
  id: string,
): Promise<{ last_message_id: number | string } | undefined> {
  const [row] = await rowsOf<{ last_message_id: number | string }>(
    db,
    sql`select last_message_id from conversations where id = ${id} for update`,
  );
  return row;
}

export async function hasOpenReport(db: Exec, conversationId: string, reporterUserId: string): Promise<boolean> {
  const rows = await rowsOf(
    db,
    sql`select 1 from conversation_reports where conversation_id = ${conversationId}
      and reporter_user_id = ${reporterUserId} and status = 'open'`,
  );
  return rows.length > 0;
}

export async function insertReport(
  db: Exec,
  r: {
    conversationId: string;
    reporterUserId: string;
    side: ConversationSide;
    reason: string;
    comment: string | null;
    through: number;
    now: Date;
  },
): Promise<string> {
  const [row] = await rowsOf<{ id: string }>(
    db,
    sql`insert into conversation_reports (conversation_id, reporter_user_id, reporter_side, reason, comment,
        through_message_id, created_at)
      values (${r.conversationId}, ${r.reporterUserId}, ${r.side}, ${r.reason}, ${r.comment}, ${r.through},
        ${r.now.toISOString()}) returning id`,
  );
  return row!.id;
}

const REPORT_COLUMNS = sql`r.id, r.conversation_id, r.reason, r.comment, r.reporter_side, r.status, r.created_at,
  r.resolution, r.resolution_note, r.through_message_id,
  coalesce(bp.company_name_en, bp.company_name_zh, u.account_name) as buyer_name,
  coalesce(s.name_en, s.name_zh) as supplier_name`;
const REPORT_FROM = sql`from conversation_reports r join conversations c on c.id = r.conversation_id
  join suppliers s on s.id = c.supplier_id join users u on u.id = c.buyer_user_id
  left join buyer_profiles bp on bp.user_id = c.buyer_user_id`;

/** The staff queue: oldest open first (resolved: newest first), with the total. */
export async function listReports(
  db: Exec,
  status: 'open' | 'resolved',
  limit: number,
  offset: number,
): Promise<ReportRow[]> {
  const order = status === 'open' ? sql`r.created_at asc` : sql`r.resolved_at desc`;
  return rowsOf<ReportRow>(
    db,
    sql`select ${REPORT_COLUMNS}, count(*) over () as total ${REPORT_FROM} where r.status = ${status}
      order by ${order}, r.id limit ${limit} offset ${offset}`,
  );
}

export async function reportById(db: Exec, id: string): Promise<ReportRow | undefined> {
  const [row] = await rowsOf<ReportRow>(db, sql`select ${REPORT_COLUMNS} ${REPORT_FROM} where r.id = ${id}`);
  return row;
}

/** Closes an open report (a second decision finds none: 409 in the service). */
export async function resolveReport(
  db: Exec,
  id: string,
  decision: { resolution: string; note: string | null; staffId: string; now: Date },
): Promise<{ conversation_id: string; reporter_side: ConversationSide } | undefined> {
  const [row] = await rowsOf<{ conversation_id: string; reporter_side: ConversationSide }>(
    db,
    sql`update conversation_reports set status = 'resolved', resolution = ${decision.resolution},
        resolution_note = ${decision.note}, resolved_by_user_id = ${decision.staffId},
        resolved_at = ${decision.now.toISOString()}
      where id = ${id} and status = 'open' returning conversation_id, reporter_side`,
  );
  return row;
}

/** Staff reach a conversation's attachment only through a report on that conversation. */
export async function isReported(db: Exec, conversationId: string): Promise<boolean> {
  const rows = await rowsOf(db, sql`select 1 from conversation_reports where conversation_id = ${conversationId}`);
  return rows.length > 0;
}
