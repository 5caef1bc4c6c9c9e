import type { z } from 'zod';
import type { Locale } from '../../../shared/locales.js';
import type {
  Message,
  MessageAttachment,
  MessagePage,
  messagePageQuerySchema,
  sendMessageSchema,
} from '../../../shared/schemas/messages.js';
import { isUniqueViolation } from '../../db/errors.js';
import { hasStaffRole, type RequestUser } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { enforceRateLimits } from '../../platform/rate-limiter.js';
import type { FilesService, FileRow } from '../files/index.js';
import { orderWithViewer } from '../orders/index.js';
import { isParty } from './conversation.repo.js';
import type { ConversationDeps, ConversationService } from './conversation.service.js';
import { partyOf } from './conversation.service.js';
import { lockPartiesForMessage, notifyMessageEvent } from './message-notify.repo.js';
import {
  attachedAnywhere,
  conversationCarriesFile,
  insertAttachmentRows,
  insertMessage,
  messageByClientKey,
  messagePage,
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

const blockedError = () => new AppError('CONVERSATION_BLOCKED', 'The other party has blocked this conversation');
const refused = (code: string, path: string) => new AppError('UNPROCESSABLE', code, [{ path, code }]);

export function createMessageService(deps: MessageDeps) {
  const { db, clock, files, conversations } = deps;

  return {
    /** Send: 201 with a new message, 200 with the message a retried clientKey already made. */
    async send(
      user: Caller,
      conversationId: string,
      input: SendInput,
      locale: Locale,
    ): Promise<{ message: Message; created: boolean }> {
      const { row, side } = await conversations.forParty(conversationId, user);
      if (row.blocked_by_side !== null && row.blocked_by_side !== side) {
        throw blockedError();
      }
      if (input.clientKey) {
        const earlier = await messageByClientKey(db, user.id, input.clientKey);
        if (earlier) {
          if (earlier.conversation_id !== conversationId) throw refused('client_key_reused', 'clientKey');
          return { message: toMessage(earlier), created: false };
        }
      }
      const now = clock.now();
      await enforceRateLimits(
        db,
        [
          { key: `msg-burst:${user.id}`, ...MESSAGE_LIMITS.burst },
          { key: `msg-day:${user.id}`, ...MESSAGE_LIMITS.daily },
        ],
        now,
        [{ path: '', code: 'messages_rate' }],
      );

      const fileIds = [...new Set(input.attachmentFileIds)];
      const attachments: MessageAttachment[] = [];
      for (const fileId of fileIds)
        attachments.push(attachmentOf(await files.ownFile(user.id, fileId, 'message_attachment')));
      if ((await attachedAnywhere(db, fileIds)).length) throw refused('file_already_attached', 'attachmentFileIds');

      const productCard = input.productId ? await conversations.cardFor(row.supplier_id, input.productId) : null;
      let order: { id: string; number: string } | null = null;
      if (input.orderId) {
        const found = await orderWithViewer(db, input.orderId, user).catch(() => undefined);
        const o = found?.order;
        if (!o || o.buyerUserId !== row.buyer_user_id || o.supplierId !== row.supplier_id) throw notFound('Order');
        order = { id: o.id, number: o.number };
      }
      const preview = previewOf(
        input.body,
        attachments.map((a) => a.name),
        productCard?.names[locale] ?? productCard?.names.en ?? order?.number ?? null,
      );

      try {
        const inserted = await db.transaction(async (tx) => {
          // First: the two parties' ordering locks, so ids commit in order per party (the stream's cursor).
          await lockPartiesForMessage(tx, row.buyer_user_id, row.supplier_user_id);
          const message = await insertMessage(tx, {
            conversationId,
            senderSide: side,
            senderUserId: user.id,
            body: input.body,
            language: locale,
            productCard,
            order,
            attachments,
            clientKey: input.clientKey ?? null,
            now,
            preview,
          });
          if (!message) throw blockedError();
          await insertAttachmentRows(tx, conversationId, Number(message.id), fileIds);
          await notifyMessageEvent(tx, {
            t: 'message',
            id: Number(message.id),
            c: conversationId,
            b: row.buyer_user_id,
            s: row.supplier_id,
          });
          return message;
        });
        return { message: toMessage(inserted), created: true };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // Two sends with one key at once: the other one committed it.
        const earlier = input.clientKey ? await messageByClientKey(db, user.id, input.clientKey) : undefined;
        if (earlier?.conversation_id === conversationId) return { message: toMessage(earlier), created: false };
        throw refused('file_already_attached', 'attachmentFileIds');
      }
    },

    async page(
      user: Pick<RequestUser, 'id' | 'supplierId'>,
      conversationId: string,
      query: z.infer<typeof messagePageQuerySchema>,
    ): Promise<MessagePage> {
      // The party check without the joins: the page is the session, this and the messages.
      const party = partyOf(user);
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
