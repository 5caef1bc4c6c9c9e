import type { z } from 'zod';
import type { Locale } from '../../../shared/locales.js';
import type {
  Message,
  MessageAttachment,
  MessagePage,
  messagePageQuerySchema,
  ProductCard,
  sendMessageSchema,
} from '../../../shared/schemas/messages.js';
import { isUniqueViolation } from '../../db/errors.js';
import { hasStaffRole, type RequestUser } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { firstExceeded, rateLimited, rateWindows } from '../../platform/rate-limiter.js';
import type { FilesService, FileRow } from '../files/index.js';
import { orderWithViewer } from '../orders/index.js';
import { isParty } from './conversation.repo.js';
import type { ConversationDeps, ConversationService } from './conversation.service.js';
import { partyOf } from './conversation.service.js';
import { sendMessage, type SendOutcome } from './message-send.repo.js';
import {
  attachedAnywhere,
  conversationCarriesFile,
  messageByClientKey,
  messagePage,
  partyMessagePage,
  type MessageRow,
} from './message.repo.js';
import { MESSAGE_LIMITS } from './messages.limits.js';
import { previewOf, toMessage } from './messages.mapper.js';
import { isReported } from './report.repo.js';

export interface MessageDeps extends ConversationDeps {
  files: Pick<FilesService, 'ownFile' | 'attached' | 'content'>;
  conversations: ConversationService;
}

type Caller = Pick<RequestUser, 'id' | 'supplierId' | 'roles'>;
type SendInput = z.output<typeof sendMessageSchema>;

const attachmentOf = (file: FileRow): MessageAttachment => ({
  fileId: file.id,
  name: file.originalName,
  contentType: file.contentType,
  size: file.size,
  width: file.width,
  height: file.height,
});

const refused = (code: string, path: string) => new AppError('UNPROCESSABLE', code, [{ path, code }]);

/** A retried clientKey: the message its first try made (422 when that went to another conversation). */
function retried(earlier: MessageRow, conversationId: string): { message: Message; created: boolean } {
  if (earlier.conversation_id !== conversationId) throw refused('client_key_reused', 'clientKey');
  return { message: toMessage(earlier), created: false };
}

const blockedError = () => new AppError('CONVERSATION_BLOCKED', 'The other party has blocked this conversation');

export function createMessageService(deps: MessageDeps) {
  const { db, clock, files, conversations } = deps;

  return {
    /**
     * Send: 201 with a new message, 200 with the message a retried clientKey already made. A text
     * message is ONE statement after the session (message-send.repo.ts: party check, retry, both
     * rate-limit counters, ordering locks, insert, conversation, NOTIFY); a product card, an order
     * reference or attachments are checked against the conversation first.
     */
    async send(
      user: Caller,
      conversationId: string,
      input: SendInput,
      locale: Locale,
    ): Promise<{ message: Message; created: boolean }> {
      const fileIds = [...new Set(input.attachmentFileIds)];
      const attachments: MessageAttachment[] = [];
      let productCard: ProductCard | null = null;
      let order: { id: string; number: string } | null = null;
      if (input.productId || input.orderId || fileIds.length) {
        const { row, side } = await conversations.forParty(conversationId, user);
        if (row.blocked_by_side !== null && row.blocked_by_side !== side) throw blockedError();
        if (input.clientKey) {
          // Before the files' checks: a retry's files are attached already (by its first try).
          const earlier = await messageByClientKey(db, user.id, input.clientKey);
          if (earlier) return retried(earlier, conversationId);
        }
        for (const fileId of fileIds)
          attachments.push(attachmentOf(await files.ownFile(user.id, fileId, 'message_attachment')));
        if ((await attachedAnywhere(db, fileIds)).length) throw refused('file_already_attached', 'attachmentFileIds');
        if (input.productId) productCard = await conversations.cardFor(row.supplier_id, input.productId);
        if (input.orderId) {
          const found = await orderWithViewer(db, input.orderId, user).catch(() => undefined);
          const o = found?.order;
          if (!o || o.buyerUserId !== row.buyer_user_id || o.supplierId !== row.supplier_id) throw notFound('Order');
          order = { id: o.id, number: o.number };
        }
      }
      const now = clock.now();
      const windows = rateWindows(
        [
          { key: `msg-burst:${user.id}`, ...MESSAGE_LIMITS.burst },
          { key: `msg-day:${user.id}`, ...MESSAGE_LIMITS.daily },
        ],
        now,
      );
      const preview = previewOf(
        input.body,
        attachments.map((a) => a.name),
        productCard?.names[locale] ?? productCard?.names.en ?? order?.number ?? null,
      );

      let outcome: SendOutcome;
      try {
        outcome = await sendMessage(db, {
          conversationId,
          party: partyOf(user),
          body: input.body,
          language: locale,
          productCard,
          order,
          attachments,
          fileIds,
          clientKey: input.clientKey ?? null,
          now,
          preview,
          windows,
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // Two sends with one key at once: the other one committed it.
        const earlier = input.clientKey ? await messageByClientKey(db, user.id, input.clientKey) : undefined;
        if (earlier) return retried(earlier, conversationId);
        throw refused('file_already_attached', 'attachmentFileIds');
      }
      if (!outcome.side) throw notFound('Conversation');
      if (outcome.blockedBySide !== null && outcome.blockedBySide !== outcome.side) throw blockedError();
      if (outcome.prior) return retried(outcome.prior, conversationId);
      const exceeded = firstExceeded(windows, outcome.hits);
      if (exceeded) throw rateLimited(exceeded.retryAfterSeconds, [{ path: '', code: 'messages_rate' }]);
      // Counted, but the other side's block committed meanwhile (seen on the row's latest version).
      if (!outcome.message) throw blockedError();
      return { message: toMessage(outcome.message), created: true };
    },

    async page(
      user: Pick<RequestUser, 'id' | 'supplierId'>,
      conversationId: string,
      query: z.infer<typeof messagePageQuerySchema>,
    ): Promise<MessagePage> {
      const party = partyOf(user);
      if (query.after === undefined) {
        // The latest page or an older one: the party check is in the page's own statement; only
        // an empty answer needs a second one (not a party → 404, or just nothing older).
        const { rows, hasOlder } = await partyMessagePage(db, conversationId, party, query);
        if (rows.length === 0 && !(await isParty(db, conversationId, party))) throw notFound('Conversation');
        return { items: rows.map(toMessage), hasOlder };
      }
      // Catch-up (`after`): the party check without the joins, then the messages.
      if (!(await isParty(db, conversationId, party))) throw notFound('Conversation');
      const { rows, hasOlder } = await messagePage(db, conversationId, query);
      return { items: rows.map(toMessage), hasOlder };
    },

    /** An attachment's bytes: the two parties, and staff for a reported conversation (audited). */
    async attachment(
      user: Caller & { ip?: string },
      conversationId: string,
      fileId: string,
      thumbnail: boolean,
    ): Promise<{ file: FileRow; data: Buffer }> {
      const party = await isParty(db, conversationId, partyOf(user));
      if (!party) {
        const staffMay = hasStaffRole(user.roles) && (await isReported(db, conversationId));
        if (!staffMay) throw notFound('File');
      }
      if (!(await conversationCarriesFile(db, conversationId, fileId))) throw notFound('File');
      const { row, data } = await files.attached(fileId);
      if (!party) {
        await writeAudit(db, {
          actorId: user.id,
          action: 'message_attachment.read',
          entityType: 'conversation',
          entityId: conversationId,
          ip: user.ip ?? null,
          details: { fileId },
        });
      }
      if (thumbnail && row.thumbnailKey) return { file: row, data: await files.content(row, 'thumbnail') };
      return { file: row, data };
    },
  };
}
export type MessageService = ReturnType<typeof createMessageService>;
