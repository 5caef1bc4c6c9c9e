import { z } from 'zod';
import { LOCALES } from '../locales.js';
import { safeMultilineText, safeText } from './text.js';

/**
 * The messages API (issue 14; docs/decisions/0012-messages.md): the communication window
 * between a buyer and a supplier. One path set for both parties; the caller's side in a
 * conversation (buyer or supplier) is decided on the server from the session.
 *
 *   GET  /api/conversations                      list (?q=&side=&page=) — unread first, then newest
 *   POST /api/conversations                      "Contact supplier": find or start the conversation
 *   GET  /api/conversations/:id                  header (parties, block state, read marks)
 *   GET  /api/conversations/:id/messages         a page (?before= | ?after=, ≤ 50), oldest first
 *   POST /api/conversations/:id/messages         send (text, product/order reference, attachments)
 *   POST /api/conversations/:id/read             mark read up to a message id
 *   PUT  /api/conversations/:id/block            "Block" · DELETE …/block unblocks
 *   POST /api/conversations/:id/reports          "Report" (reason, comment) → staff queue
 *   GET  /api/conversations/:id/attachments/:fileId   download an attachment (parties only)
 *   GET  /api/orders/:id/conversation            the conversation about an order (either party)
 *   GET  /api/messages/unread                    the header badge's count
 *   POST /api/messages/delivered                 the reader's client received messages up to an id
 *   GET  /api/messages/stream                    Server-Sent Events (?after= catch-up cursor)
 *   GET/PUT /api/messages/settings               per-account: digest emails on/off
 * Staff: GET /api/review/message-reports · GET /api/review/message-reports/:id (audited) ·
 *        POST /api/review/message-reports/:id/resolve
 */

export const CONVERSATION_SIDES = ['buyer', 'supplier'] as const;
export type ConversationSide = (typeof CONVERSATION_SIDES)[number];
export const MESSAGE_MAX_LENGTH = 5000;
export const MESSAGE_MAX_ATTACHMENTS = 6;
export const MESSAGE_PAGE_SIZE = 50;
export const CONVERSATION_PAGE_SIZE = 20;
export const REPORT_REASONS = ['spam', 'fraud', 'abuse', 'prohibited_goods', 'other'] as const;
export const REPORT_RESOLUTIONS = ['dismissed', 'warned', 'blocked'] as const;
export const REPORT_STATUSES = ['open', 'resolved'] as const;

/** The product a message or conversation is about, frozen when sent (names per locale). */
export const productCardSchema = z.object({
  productId: z.string(),
  names: z.partialRecord(z.enum(LOCALES), z.string()),
  modelNumber: z.string().nullable(),
  pictureFileId: z.string().nullable(),
  currency: z.string(),
  /** The lowest and highest tier unit price (exact decimals as strings). */
  minPrice: z.string().nullable(),
  maxPrice: z.string().nullable(),
  unit: z.string(),
  moq: z.number(),
});
export type ProductCard = z.infer<typeof productCardSchema>;

export const messageAttachmentSchema = z.object({
  fileId: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number(),
  /** Pictures: shown inline; width and height reserve the space (null for PDFs). */
  width: z.number().nullable(),
  height: z.number().nullable(),
});
export type MessageAttachment = z.infer<typeof messageAttachmentSchema>;

export const messageSchema = z.object({
  /** Growing per party: the stream's catch-up cursor. */
  id: z.number(),
  conversationId: z.string(),
  senderSide: z.enum(CONVERSATION_SIDES),
  body: z.string(),
  language: z.enum(LOCALES),
  productCard: productCardSchema.nullable(),
  order: z.object({ id: z.string(), number: z.string() }).nullable(),
  attachments: z.array(messageAttachmentSchema),
  createdAt: z.string(),
});
export type Message = z.infer<typeof messageSchema>;

/** The other party as the caller sees it: a company name (zh/en) and, for a supplier, its page. */
export const conversationPartySchema = z.object({
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  supplierId: z.string().nullable(),
  country: z.string().nullable(),
});

export const conversationSummarySchema = z.object({
  id: z.string(),
  /** The caller's side in this conversation. */
  side: z.enum(CONVERSATION_SIDES),
  otherParty: conversationPartySchema,
  lastMessageId: z.number(),
  lastMessageAt: z.string().nullable(),
  lastMessagePreview: z.string().nullable(),
  lastMessageMine: z.boolean(),
  unread: z.number(),
  productCard: productCardSchema.nullable(),
  blocked: z.boolean(),
});
export type ConversationSummary = z.infer<typeof conversationSummarySchema>;

export const conversationListQuerySchema = z.object({
  q: safeText().trim().max(100, 'too_long').optional(),
  side: z.enum(CONVERSATION_SIDES).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});
export const conversationListSchema = z.object({
  items: z.array(conversationSummarySchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** Unread messages over all of the caller's conversations (the badge). */
  unreadTotal: z.number(),
});
export type ConversationList = z.infer<typeof conversationListSchema>;

export const conversationDetailSchema = conversationSummarySchema.extend({
  /** Who blocked: the caller ('me') may unblock; 'them' means the caller can no longer write. */
  blockedBy: z.enum(['me', 'them']).nullable(),
  /** The other side's read and delivered marks (message ids): the sender's ✓ / ✓✓ / "Read". */
  otherReadId: z.number(),
  otherDeliveredId: z.number(),
  myReadId: z.number(),
  /** Whether the caller already has an open report on it. */
  reported: z.boolean(),
});
export type ConversationDetail = z.infer<typeof conversationDetailSchema>;

/** "Contact supplier": the supplier, and the product (product page) or order the buyer starts from. */
export const startConversationSchema = z
  .object({
    supplierId: z.uuid('required'),
    productId: z.uuid().optional(),
  })
  .strict();

export const conversationIdParamsSchema = z.object({ id: z.uuid() });
export const attachmentParamsSchema = z.object({ id: z.uuid(), fileId: z.uuid() });

export const messagePageQuerySchema = z.object({
  /** Older than this id (scrolling up); or newer than `after` (catch-up). Neither: the latest page. */
  before: z.coerce.number().int().min(1).optional(),
  after: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(MESSAGE_PAGE_SIZE).default(MESSAGE_PAGE_SIZE),
});
export const messagePageSchema = z.object({
  items: z.array(messageSchema),
  /** More older messages exist before the first item. */
  hasOlder: z.boolean(),
});
export type MessagePage = z.infer<typeof messagePageSchema>;

export const sendMessageSchema = z
  .object({
    body: safeMultilineText().trim().max(MESSAGE_MAX_LENGTH, 'too_long').default(''),
    productId: z.uuid().optional(),
    orderId: z.uuid().optional(),
    attachmentFileIds: z.array(z.uuid()).max(MESSAGE_MAX_ATTACHMENTS, 'too_many').default([]),
    /** The sender's idempotency key (a retried send makes one message). */
    clientKey: safeText().min(8).max(64).optional(),
  })
  .strict()
  .refine((m) => m.body.length > 0 || m.attachmentFileIds.length > 0 || m.productId || m.orderId, {
    message: 'required',
    path: ['body'],
  });
export type SendMessage = z.input<typeof sendMessageSchema>;

export const markReadSchema = z.object({ upTo: z.number().int().min(0) }).strict();
export const markDeliveredSchema = markReadSchema;

export const reportConversationSchema = z
  .object({
    reason: z.enum(REPORT_REASONS),
    comment: safeMultilineText().trim().max(2000, 'too_long').optional(),
  })
  .strict()
  .refine((r) => r.reason !== 'other' || (r.comment?.length ?? 0) > 0, { message: 'required', path: ['comment'] });

export const unreadCountSchema = z.object({
  unread: z.number(),
  /** The highest message id in the caller's conversations: where a fresh stream catches up from. */
  lastMessageId: z.number(),
});
export const messageSettingsSchema = z.object({ emailDigest: z.boolean() }).strict();

export const streamQuerySchema = z.object({ after: z.coerce.number().int().min(0).optional() });

/**
 * What the stream sends (SSE `event:` names): `message` (a Message; its id is the SSE id),
 * `read` (the other side read up to an id), `delivered`, `block` (a conversation's block changed).
 */
export const readEventSchema = z.object({
  conversationId: z.string(),
  side: z.enum(CONVERSATION_SIDES),
  upTo: z.number(),
});
export const blockEventSchema = z.object({
  conversationId: z.string(),
  blockedBySide: z.enum(CONVERSATION_SIDES).nullable(),
});

// ---- Staff: reported conversations --------------------------------------------------------

export const messageReportSummarySchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  reason: z.enum(REPORT_REASONS),
  comment: z.string().nullable(),
  reporterSide: z.enum(CONVERSATION_SIDES),
  buyerName: z.string().nullable(),
  supplierName: z.string().nullable(),
  status: z.enum(REPORT_STATUSES),
  createdAt: z.string(),
  resolution: z.enum(REPORT_RESOLUTIONS).nullable(),
});
export const messageReportListSchema = z.object({
  items: z.array(messageReportSummarySchema),
  total: z.number(),
});
export const messageReportListQuerySchema = z.object({
  status: z.enum(REPORT_STATUSES).default('open'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});
export const messageReportDetailSchema = messageReportSummarySchema.extend({
  /** The conversation up to what the reporter saw (oldest first, at most 200 messages). */
  messages: z.array(messageSchema),
  resolutionNote: z.string().nullable(),
});
export const resolveReportSchema = z
  .object({
    resolution: z.enum(REPORT_RESOLUTIONS),
    note: safeMultilineText().trim().max(2000, 'too_long').optional(),
  })
  .strict();
