import { orderEventRequestSchema } from '../../../shared/schemas/orders.js';
import type { OrderEvent } from '../../../shared/state-machines/order.js';
import { ApiError } from '../../api/client.js';

/**
 * The buyer's actions on an order (issue 12, "My Orders"), in the order they are offered.
 * Only those in the order's allowedEvents are shown: the server decides, the page follows.
 */
export const BUYER_ACTIONS = ['accept', 'request_changes', 'buyer_decline', 'cancel', 'confirm_receipt'] as const;
export type BuyerAction = (typeof BUYER_ACTIONS)[number];

/** Whether the action asks for a reason or comment: declining and asking for changes must say why. */
export const REASON_RULE: Record<BuyerAction, 'required' | 'optional' | 'none'> = {
  accept: 'none',
  request_changes: 'required',
  buyer_decline: 'required',
  cancel: 'optional',
  confirm_receipt: 'none',
};

export function buyerActionsOf(allowed: readonly OrderEvent[]): BuyerAction[] {
  return BUYER_ACTIONS.filter((action) => allowed.includes(action));
}

/** The reason as sent, or the validation code that refuses it ('required', 'too_long', …). */
export function checkReason(action: BuyerAction, text: string): { reason?: string } | { error: string } {
  const rule = REASON_RULE[action];
  if (rule === 'none') return {};
  const trimmed = text.trim();
  if (!trimmed) return rule === 'required' ? { error: 'required' } : {};
  const parsed = orderEventRequestSchema.shape.reason.safeParse(trimmed);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'invalid' };
  return { reason: parsed.data };
}

/** A failed action in words: a conflict (someone changed the order), a field, or the error's code. */
export function actionErrorKey(error: unknown, exists: (key: string) => boolean): { key: string; conflict: boolean } {
  if (!(error instanceof ApiError)) return { key: 'errors.INTERNAL', conflict: false };
  if (error.status === 409) return { key: 'orders.actions.conflict', conflict: true };
  const detail = error.body.details?.[0];
  if (detail && exists(`validation.${detail.code}`)) return { key: `validation.${detail.code}`, conflict: false };
  const key = `errors.${error.body.code}`;
  return { key: exists(key) ? key : 'errors.INTERNAL', conflict: false };
}
