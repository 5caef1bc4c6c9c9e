import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ConversationDetail,
  ConversationList,
  ConversationSide,
  Message,
  MessagePage,
  REPORT_REASONS,
  REPORT_RESOLUTIONS,
  REPORT_STATUSES,
  SendMessage,
  messageReportDetailSchema,
  messageReportListSchema,
} from '../../shared/schemas/messages.js';
import { api } from './client.js';

/**
 * Messages (issue 14): the conversation list, threads, sending, read/delivered marks, block and
 * report, the header badge's count, the digest setting and the staff queue of reported
 * conversations. Paths and shapes: src/shared/schemas/messages.ts. Attachments are uploaded first
 * through uploadFile(file, 'message_attachment') and sent as attachmentFileIds.
 */

export type ReportReason = (typeof REPORT_REASONS)[number];
export type ReportResolution = (typeof REPORT_RESOLUTIONS)[number];
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type MessageReportList = z.infer<typeof messageReportListSchema>;
export type MessageReportDetail = z.infer<typeof messageReportDetailSchema>;

export interface ConversationFilter {
  q?: string;
  side?: ConversationSide;
  page?: number;
}

/** Under ['account', …]: belongs to the signed-in user and is dropped on login/logout. */
export const messageKeys = {
  all: ['account', 'messages'] as const,
  lists: ['account', 'messages', 'list'] as const,
  list: (filter: ConversationFilter) => ['account', 'messages', 'list', filter] as const,
  conversation: (id: string) => ['account', 'messages', 'conversation', id] as const,
  unread: ['account', 'messages', 'unread'] as const,
  settings: ['account', 'messages', 'settings'] as const,
  reports: (status: ReportStatus, page: number) => ['account', 'messages', 'reports', status, page] as const,
  report: (id: string) => ['account', 'messages', 'report', id] as const,
};

const enc = encodeURIComponent;
const conv = (id: string) => `/api/conversations/${enc(id)}`;

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Where an attachment is downloaded (parties only); `thumb` asks for a picture's thumbnail. */
export function attachmentUrl(conversationId: string, fileId: string, thumb = false): string {
  return `${conv(conversationId)}/attachments/${enc(fileId)}${thumb ? '?thumb=1' : ''}`;
}

/**
 * The contract fixes the shapes but not whether an answer is wrapped (`{ conversation }` like
 * `{ order }` elsewhere, or bare): accept both, so the pages do not depend on that choice.
 */
function unwrap<T extends object>(key: string) {
  return (data: T | Record<string, T>): T => {
    const inner = (data as Record<string, unknown>)[key];
    return (inner && typeof inner === 'object' ? inner : data) as T;
  };
}

/** A product card's picture: product pictures are public files. */
export const productPictureUrl = (fileId: string) => `/api/files/${enc(fileId)}/thumbnail`;

export const messagesApi = {
  list: (filter: ConversationFilter) =>
    api<ConversationList>(`/api/conversations${query({ q: filter.q, side: filter.side, page: filter.page })}`),
  /** "Contact supplier": the existing conversation with that supplier, or a new one. */
  start: (supplierId: string, productId?: string) =>
    api<ConversationDetail>('/api/conversations', {
      method: 'POST',
      json: productId ? { supplierId, productId } : { supplierId },
    }).then(unwrap<ConversationDetail>('conversation')),
  detail: (id: string) => api<ConversationDetail>(conv(id)).then(unwrap<ConversationDetail>('conversation')),
  messages: (id: string, page: { before?: number; after?: number; limit?: number } = {}) =>
    api<MessagePage>(`${conv(id)}/messages${query(page)}`),
  send: (id: string, input: SendMessage) =>
    api<Message>(`${conv(id)}/messages`, { method: 'POST', json: input }).then(unwrap<Message>('message')),
  markRead: (id: string, upTo: number) => api<unknown>(`${conv(id)}/read`, { method: 'POST', json: { upTo } }),
  block: (id: string) => api<unknown>(`${conv(id)}/block`, { method: 'PUT', json: {} }),
  unblock: (id: string) => api<unknown>(`${conv(id)}/block`, { method: 'DELETE' }),
  report: (id: string, input: { reason: ReportReason; comment?: string }) =>
    api<unknown>(`${conv(id)}/reports`, { method: 'POST', json: input }),
  /** The conversation about an order (either party of the order). */
  forOrder: (orderId: string) =>
    api<ConversationDetail>(`/api/orders/${enc(orderId)}/conversation`).then(
      unwrap<ConversationDetail>('conversation'),
    ),
  unread: () => api<{ unread: number; lastMessageId: number }>('/api/messages/unread'),
  delivered: (upTo: number) => api<unknown>('/api/messages/delivered', { method: 'POST', json: { upTo } }),
  settings: () => api<{ emailDigest: boolean }>('/api/messages/settings'),
  saveSettings: (emailDigest: boolean) =>
    api<{ emailDigest: boolean }>('/api/messages/settings', { method: 'PUT', json: { emailDigest } }),
  streamUrl: (after: number) => `/api/messages/stream${query({ after })}`,
  // Staff
  reports: (status: ReportStatus, page: number) =>
    api<MessageReportList>(`/api/review/message-reports${query({ status, page })}`),
  reportDetail: (id: string) =>
    api<MessageReportDetail>(`/api/review/message-reports/${enc(id)}`).then(unwrap<MessageReportDetail>('report')),
  resolveReport: (id: string, input: { resolution: ReportResolution; note?: string }) =>
    api<unknown>(`/api/review/message-reports/${enc(id)}/resolve`, { method: 'POST', json: input }),
};

export function useConversationList(filter: ConversationFilter) {
  return useQuery({
    queryKey: messageKeys.list(filter),
    queryFn: () => messagesApi.list(filter),
    placeholderData: (previous) => previous,
  });
}

export function useConversation(id: string) {
  return useQuery({ queryKey: messageKeys.conversation(id), queryFn: () => messagesApi.detail(id) });
}

/** The header badge: kept fresh by the stream (MessageStreamProvider), not by polling. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({ queryKey: messageKeys.unread, queryFn: messagesApi.unread, enabled, staleTime: 60_000 });
}

export function useMessageSettings() {
  return useQuery({ queryKey: messageKeys.settings, queryFn: messagesApi.settings });
}
