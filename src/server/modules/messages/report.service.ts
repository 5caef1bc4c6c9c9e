import type { z } from 'zod';
import type {
  REPORT_REASONS,
  REPORT_RESOLUTIONS,
  reportConversationSchema,
  resolveReportSchema,
} from '../../../shared/schemas/messages.js';
import type { RequestUser } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { conversationById, setBlock } from './conversation.repo.js';
import type { ConversationDeps, ConversationService } from './conversation.service.js';
import { notifyMessageEvent } from './message-notify.repo.js';
import { messagePage } from './message.repo.js';
import { toMessage } from './messages.mapper.js';
import {
  hasOpenReport,
  insertReport,
  listReports,
  lockConversation,
  reportById,
  resolveReport,
  type ReportRow,
} from './report.repo.js';

const PAGE = 20;
/** Staff see at most this many messages of a reported conversation (up to what the reporter saw). */
const REPORT_MESSAGES = 200;

type Staff = Pick<RequestUser, 'id'> & { ip: string };

const toSummary = (r: ReportRow) => ({
  id: r.id,
  conversationId: r.conversation_id,
  reason: r.reason as (typeof REPORT_REASONS)[number],
  comment: r.comment,
  reporterSide: r.reporter_side,
  buyerName: r.buyer_name,
  supplierName: r.supplier_name,
  status: r.status,
  createdAt: new Date(r.created_at).toISOString(),
  resolution: r.resolution as (typeof REPORT_RESOLUTIONS)[number] | null,
});

export function createReportService(deps: ConversationDeps & { conversations: ConversationService }) {
  const { db, clock, conversations } = deps;

  return {
    /** "Report": one open report per reporter and conversation; staff see up to the last message now. */
    async report(
      user: Pick<RequestUser, 'id' | 'supplierId'>,
      conversationId: string,
      input: z.output<typeof reportConversationSchema>,
    ): Promise<void> {
      const { side } = await conversations.forParty(conversationId, user);
      await db.transaction(async (tx) => {
        const locked = await lockConversation(tx, conversationId);
        if (!locked) throw notFound('Conversation');
        if (await hasOpenReport(tx, conversationId, user.id)) throw conflict('You already reported this conversation');
        await insertReport(tx, {
          conversationId,
          reporterUserId: user.id,
          side,
          reason: input.reason,
          comment: input.comment || null,
          through: Number(locked.last_message_id),
          now: clock.now(),
        });
      });
    },

    async queue(status: 'open' | 'resolved', page: number) {
      const rows = await listReports(db, status, PAGE, (page - 1) * PAGE);
      return { items: rows.map(toSummary), total: Number(rows[0]?.total ?? 0) };
    },

    /** A report with the conversation up to what the reporter saw; every read is audited. */
    async detail(staff: Staff, id: string) {
      const report = await reportById(db, id);
      if (!report) throw notFound('Report');
      const { rows } = await messagePage(db, report.conversation_id, {
        limit: REPORT_MESSAGES,
        through: Number(report.through_message_id),
      });
      await writeAudit(db, {
        actorId: staff.id,
        action: 'message_report.read',
        entityType: 'conversation_report',
        entityId: id,
        ip: staff.ip,
        details: { conversationId: report.conversation_id, messages: rows.length },
      });
      return { ...toSummary(report), messages: rows.map(toMessage), resolutionNote: report.resolution_note };
    },

    /** Dismissed, warned, or blocked (the reported party can no longer write); audited. */
    async resolve(staff: Staff, id: string, input: z.output<typeof resolveReportSchema>) {
      await db.transaction(async (tx) => {
        const closed = await resolveReport(tx, id, {
          resolution: input.resolution,
          note: input.note || null,
          staffId: staff.id,
          now: clock.now(),
        });
        if (!closed) {
          if (await reportById(tx, id)) throw new AppError('CONFLICT', 'The report is already resolved');
          throw notFound('Report');
        }
        if (input.resolution === 'blocked') {
          const changed = await setBlock(tx, closed.conversation_id, closed.reporter_side, null, clock.now());
          const row = changed ? await conversationById(tx, closed.conversation_id) : undefined;
          if (row) {
            await notifyMessageEvent(tx, {
              t: 'block',
              c: row.id,
              b: row.buyer_user_id,
              s: row.supplier_id,
              blockedBySide: closed.reporter_side,
            });
          }
        }
        await writeAudit(tx, {
          actorId: staff.id,
          action: `message_report.${input.resolution}`,
          entityType: 'conversation_report',
          entityId: id,
          ip: staff.ip,
          details: { conversationId: closed.conversation_id, note: input.note ?? null },
        });
      });
      return this.detail(staff, id);
    },
  };
}
export type ReportService = ReturnType<typeof createReportService>;
