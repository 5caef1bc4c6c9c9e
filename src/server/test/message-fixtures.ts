/**
 * Messages for tests (issue 14): an orders world (a supplier with a product on the shelf and a
 * buyer), plus the calls of the communication window through the real routes.
 */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { ConversationDetail, Message } from '../../shared/schemas/messages.js';
import type { Locale } from '../../shared/locales.js';
import { createOrdersWorld, type OrdersWorld } from './order-fixtures.js';
import { call, type TestUser } from './supplier-fixtures.js';

export const CONVERSATIONS = '/api/conversations';

export type MessagesWorld = OrdersWorld;
export const createMessagesWorld = (options: { supplierLocale?: Locale; buyerLocale?: Locale } = {}) =>
  createOrdersWorld(options);

export const startRequest = (w: MessagesWorld, user: TestUser, body: object) =>
  call(w.t.app, 'POST', CONVERSATIONS, { cookie: user.cookie, payload: body });

export function conversationOf(res: LightMyRequestResponse, status = 200): ConversationDetail {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<{ conversation: ConversationDetail }>().conversation;
}

/** The buyer contacts the supplier (find-or-create). */
export async function contact(w: MessagesWorld, buyer: TestUser = w.buyer, supplierId = w.supplier.supplierId) {
  const res = await startRequest(w, buyer, { supplierId });
  expect([200, 201], res.body).toContain(res.statusCode);
  return conversationOf(res, res.statusCode);
}

export const sendRequest = (w: MessagesWorld, user: TestUser, conversationId: string, body: object, locale?: Locale) =>
  call(w.t.app, 'POST', `${CONVERSATIONS}/${conversationId}/messages`, {
    cookie: user.cookie,
    payload: body,
    headers: locale ? { 'x-locale': locale } : {},
  });

export async function say(
  w: MessagesWorld,
  user: TestUser,
  conversationId: string,
  body: string | object,
  locale?: Locale,
): Promise<Message> {
  // Each message a second later: the burst window never fills by accident.
  w.t.clock.advance(1000);
  const res = await sendRequest(w, user, conversationId, typeof body === 'string' ? { body } : body, locale);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ message: Message }>().message;
}

export async function detailAs(w: MessagesWorld, user: TestUser, id: string): Promise<ConversationDetail> {
  return conversationOf(await call(w.t.app, 'GET', `${CONVERSATIONS}/${id}`, { cookie: user.cookie }));
}
