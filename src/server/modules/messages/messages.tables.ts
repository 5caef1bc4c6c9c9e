import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { MessageAttachment, ProductCard } from '../../../shared/schemas/messages.js';
import { users } from '../accounts/accounts.tables.js';
import { files } from '../files/files.tables.js';
import { suppliers } from '../suppliers/suppliers.tables.js';

const id64 = (name: string) => bigint(name, { mode: 'number' });

/**
 * The communication window (guide 5; docs/decisions/0012-messages.md): one conversation per
 * buyer account and supplier, so a buyer who already talks to a supplier continues it.
 * The list's columns (last message, unread counts, read marks) live on the row and change in
 * the statement that inserts a message or marks one read, so the list is one statement.
 */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    buyerUserId: uuid('buyer_user_id')
      .notNull()
      .references(() => users.id),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => suppliers.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** The product the conversation is about lately (the last product card sent), for the list. */
    productId: uuid('product_id'),
    productCard: jsonb('product_card').$type<ProductCard>(),
    lastMessageId: id64('last_message_id').notNull().default(0),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }),
    /** The last message's first characters (or its attachment's name) and who sent it. */
    lastMessagePreview: text('last_message_preview'),
    lastSenderSide: text('last_sender_side'),
    buyerUnread: integer('buyer_unread').notNull().default(0),
    supplierUnread: integer('supplier_unread').notNull().default(0),
    /** Highest message id each side has read / received (messages ids grow per party, see the decision). */
    buyerReadId: id64('buyer_read_id').notNull().default(0),
    supplierReadId: id64('supplier_read_id').notNull().default(0),
    buyerDeliveredId: id64('buyer_delivered_id').notNull().default(0),
    supplierDeliveredId: id64('supplier_delivered_id').notNull().default(0),
    /** Highest message id each side was emailed about (the 10-minute digest). */
    buyerMailedId: id64('buyer_mailed_id').notNull().default(0),
    supplierMailedId: id64('supplier_mailed_id').notNull().default(0),
    /** 'buyer' | 'supplier': the side that blocked the other (who then can no longer write). */
    blockedBySide: text('blocked_by_side'),
    blockedAt: timestamp('blocked_at', { withTimezone: true }),
    /** Names for the list's search (both companies' names, lower-cased, zh/en). */
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    uniqueIndex('conversations_pair_key').on(t.buyerUserId, t.supplierId),
    index('conversations_buyer_list_idx').on(t.buyerUserId, t.lastMessageId),
    index('conversations_supplier_list_idx').on(t.supplierId, t.lastMessageId),
  ],
);

/**
 * A message: plain text (no HTML; links are made clickable by the reader), the sender's UI
 * language, optional product or order reference and attachments (files-module rules). The id
 * is the catch-up cursor of the real-time stream.
 */
export const messages = pgTable(
  'messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    senderSide: text('sender_side').notNull(),
    senderUserId: uuid('sender_user_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull().default(''),
    /** The sender's UI language when writing (zh-CN | en | ru | es). */
    language: text('language').notNull(),
    productId: uuid('product_id'),
    productCard: jsonb('product_card').$type<ProductCard>(),
    orderId: uuid('order_id'),
    orderNumber: text('order_number'),
    attachments: jsonb('attachments').$type<MessageAttachment[]>().notNull().default([]),
    /** The sender's idempotency key: a retried send makes one message. */
    clientKey: text('client_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('messages_conversation_idx').on(t.conversationId, t.id),
    uniqueIndex('messages_client_key').on(t.senderUserId, t.clientKey),
  ],
);

/** Which files a conversation carries: the attachment download's access check is one lookup. */
export const messageAttachments = pgTable(
  'message_attachments',
  {
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    messageId: id64('message_id')
      .notNull()
      .references(() => messages.id),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.fileId] })],
);

/** "Report": a party's complaint about a conversation; staff read it in the review console. */
export const conversationReports = pgTable(
  'conversation_reports',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    reporterUserId: uuid('reporter_user_id')
      .notNull()
      .references(() => users.id),
    reporterSide: text('reporter_side').notNull(),
    reason: text('reason').notNull(),
    comment: text('comment'),
    /** The last message id when reported: staff see what the reporter saw. */
    throughMessageId: id64('through_message_id').notNull(),
    status: text('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    resolvedByUserId: uuid('resolved_by_user_id').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolution: text('resolution'),
    resolutionNote: text('resolution_note'),
  },
  (t) => [index('conversation_reports_queue_idx').on(t.status, t.createdAt)],
);

/** Per-account message settings; no row means the defaults (digest emails on). */
export const messageSettings = pgTable('message_settings', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  emailDigest: boolean('email_digest').notNull().default(true),
});
