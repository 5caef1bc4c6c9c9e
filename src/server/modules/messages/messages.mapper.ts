import { isLocale } from '../../../shared/locales.js';
import type {
  ConversationDetail,
  ConversationSide,
  ConversationSummary,
  Message,
} from '../../../shared/schemas/messages.js';
import type { ConversationRow, Party } from './conversation.repo.js';
import type { MessageRow } from './message.repo.js';

const iso = (v: Date | string | null): string | null => (v === null ? null : new Date(v).toISOString());

/** The caller's side; a supplier account may also be a buyer elsewhere, the buyer column decides first. */
export function sideOf(
  row: Pick<ConversationRow, 'buyer_user_id' | 'supplier_id'>,
  party: Party,
): ConversationSide | null {
  if (row.buyer_user_id === party.userId) return 'buyer';
  if (party.supplierId !== null && row.supplier_id === party.supplierId) return 'supplier';
  return null;
}

export function toSummary(row: ConversationRow, side: ConversationSide): ConversationSummary {
  const buyer = side === 'buyer';
  return {
    id: row.id,
    side,
    otherParty: buyer
      ? { nameZh: row.s_name_zh, nameEn: row.s_name_en, supplierId: row.supplier_id, country: row.s_country }
      : {
          // No "Buyer information" yet: the account's name stands in for the company.
          nameZh: row.b_name_zh,
          nameEn: row.b_name_en ?? (row.b_name_zh ? null : row.b_account),
          supplierId: null,
          country: row.b_country,
        },
    lastMessageId: Number(row.last_message_id),
    lastMessageAt: iso(row.last_message_at),
    lastMessagePreview: row.last_message_preview,
    lastMessageMine: row.last_sender_side === side,
    unread: Number(buyer ? row.buyer_unread : row.supplier_unread),
    productCard: row.product_card,
    blocked: row.blocked_by_side !== null,
  };
}

export function toDetail(row: ConversationRow, side: ConversationSide): ConversationDetail {
  const buyer = side === 'buyer';
  return {
    ...toSummary(row, side),
    blockedBy: row.blocked_by_side === null ? null : row.blocked_by_side === side ? 'me' : 'them',
    otherReadId: Number(buyer ? row.supplier_read_id : row.buyer_read_id),
    otherDeliveredId: Number(buyer ? row.supplier_delivered_id : row.buyer_delivered_id),
    myReadId: Number(buyer ? row.buyer_read_id : row.supplier_read_id),
    reported: Boolean(row.reported),
  };
}

export function toMessage(row: MessageRow): Message {
  return {
    id: Number(row.id),
    conversationId: row.conversation_id,
    senderSide: row.sender_side,
    body: row.body,
    language: isLocale(row.language) ? row.language : 'en',
    productCard: row.product_card,
    order: row.order_id && row.order_number ? { id: row.order_id, number: row.order_number } : null,
    attachments: row.attachments ?? [],
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** The list's preview: the first characters of the text, else the first attachment's name. */
export function previewOf(body: string, attachmentNames: readonly string[], productName: string | null): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text) return text.length > 120 ? `${text.slice(0, 119)}…` : text;
  return attachmentNames[0] ?? productName ?? '';
}
