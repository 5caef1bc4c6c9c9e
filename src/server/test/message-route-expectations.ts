/**
 * The authorization matrix's entries for messages (issue 14): the two parties of user ↔ supplier A;
 * staff only through a report. Kept apart from the big table, like staff-route-expectations.ts.
 */
import type { RouteExpectation } from './route-expectations.js';

const userRoute: RouteExpectation = { access: 'user' };
const staffRoute: RouteExpectation = { access: 'staff' };
/** A route on one conversation: its two parties, 404 to everyone else. */
const partiesOnly = (extra: Partial<RouteExpectation> = {}): RouteExpectation => ({
  access: 'user',
  params: { id: 'conversationId' },
  owners: ['user', 'supplierA'],
  ...extra,
});

export const MESSAGE_ROUTE_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/conversations': userRoute,
  'POST /api/conversations': { access: 'user', body: (o) => ({ supplierId: o.supplierId }) },
  'GET /api/conversations/:id': partiesOnly(),
  'GET /api/conversations/:id/messages': partiesOnly(),
  'POST /api/conversations/:id/messages': partiesOnly({ body: () => ({ body: 'Hello' }) }),
  'POST /api/conversations/:id/read': partiesOnly({ body: () => ({ upTo: 1 }) }),
  'PUT /api/conversations/:id/block': partiesOnly(),
  'DELETE /api/conversations/:id/block': partiesOnly(),
  'POST /api/conversations/:id/reports': partiesOnly({ body: () => ({ reason: 'spam' }) }),
  'GET /api/conversations/:id/attachments/:fileId': {
    access: 'user',
    params: { id: 'conversationId', fileId: 'messageFileId' },
    // Staff: the conversation is reported (the world's report), so its attachments are reachable.
    owners: ['user', 'supplierA', 'staff'],
  },
  'GET /api/orders/:id/conversation': { access: 'user', params: { id: 'orderId' }, owners: ['user', 'supplierA'] },
  'GET /api/messages/unread': userRoute,
  'POST /api/messages/delivered': { access: 'user', body: () => ({ upTo: 1 }) },
  'GET /api/messages/settings': userRoute,
  'PUT /api/messages/settings': { access: 'user', body: () => ({ emailDigest: true }) },
  'GET /api/review/message-reports': staffRoute,
  'GET /api/review/message-reports/:id': { access: 'staff', params: { id: 'messageReportId' } },
  'POST /api/review/message-reports/:id/resolve': {
    access: 'staff',
    params: { id: 'messageReportId' },
    body: () => ({ resolution: 'dismissed' }),
  },
  // Messages in real time (issue 14): the caller's own stream only (keys from the session); an
  // injected request gets the catch-up and the end of the stream, so the matrix's call returns.
  'GET /api/messages/stream': { access: 'user', query: () => ({ after: '0' }) },
};
