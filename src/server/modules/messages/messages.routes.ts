import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attachmentParamsSchema,
  conversationDetailSchema,
  conversationIdParamsSchema,
  conversationListQuerySchema,
  conversationListSchema,
  markDeliveredSchema,
  markReadSchema,
  messagePageQuerySchema,
  messagePageSchema,
  messageSchema,
  messageSettingsSchema,
  reportConversationSchema,
  sendMessageSchema,
  startConversationSchema,
  unreadCountSchema,
} from '../../../shared/schemas/messages.js';
import { signedIn } from '../../platform/access.js';
import { sendJsonText } from '../../platform/json-text.js';
import { contentDisposition } from '../files/index.js';
import type { MessagesServices } from './messages.module.js';

const one = z.object({ conversation: conversationDetailSchema });
const sent = z.object({ message: messageSchema });
const params = conversationIdParamsSchema;

/** The two parties' window (one path set; the caller's side comes from the session). */
export function messagesRoutes(services: MessagesServices): FastifyPluginAsyncZod {
  const { conversations, messages, reports } = services;
  return async (app) => {
    const tags = ['messages'];
    const user = { access: 'user' } as const;
    app.get(
      '/api/conversations',
      {
        config: user,
        schema: {
          tags,
          summary: 'My conversations: unread first, then newest; search by company',
          querystring: conversationListQuerySchema,
          response: { 200: conversationListSchema },
        },
      },
      async (request, reply) => sendJsonText(reply, await conversations.list(signedIn(request), request.query)),
    );
    app.post(
      '/api/conversations',
      {
        config: user,
        schema: {
          tags,
          summary: '"Contact supplier": find or start the conversation with a supplier',
          body: startConversationSchema,
          response: { 200: one, 201: one },
        },
      },
      async (request, reply) => {
        const { conversation, created } = await conversations.start(signedIn(request), request.body);
        return reply.status(created ? 201 : 200).send({ conversation });
      },
    );
    app.get(
      '/api/conversations/:id',
      { config: user, schema: { tags, summary: 'A conversation’s header', params, response: { 200: one } } },
      async (request) => ({ conversation: await conversations.detail(signedIn(request), request.params.id) }),
    );
    app.get(
      '/api/conversations/:id/messages',
      {
        config: user,
        schema: {
          tags,
          summary: 'A page of messages (≤ 50), oldest first; before/after cursors',
          params,
          querystring: messagePageQuerySchema,
          response: { 200: messagePageSchema },
        },
      },
      async (request) => messages.page(signedIn(request), request.params.id, request.query),
    );
    app.post(
      '/api/conversations/:id/messages',
      {
        config: user,
        schema: {
          tags,
          summary: 'Send a message (text, product or order reference, attachments)',
          params,
          body: sendMessageSchema,
          response: { 200: sent, 201: sent },
        },
      },
      async (request, reply) => {
        const { message, created } = await messages.send(
          signedIn(request),
          request.params.id,
          request.body,
          request.locale,
        );
        return reply.status(created ? 201 : 200).send({ message });
      },
    );
    app.post(
      '/api/conversations/:id/read',
      { config: user, schema: { tags, summary: 'Mark read up to a message id', params, body: markReadSchema } },
      async (request, reply) => {
        await conversations.read(signedIn(request), request.params.id, request.body.upTo);
        return reply.status(204).send();
      },
    );
    for (const method of ['put', 'delete'] as const) {
      app[method](
        '/api/conversations/:id/block',
        {
          config: user,
          schema: {
            tags,
            summary:
              method === 'put' ? '"Block": the other party can no longer write' : 'Unblock (the side that blocked)',
            params,
            response: { 200: one },
          },
        },
        async (request) => ({
          conversation: await conversations.block(signedIn(request), request.params.id, method === 'put'),
        }),
      );
    }
    app.post(
      '/api/conversations/:id/reports',
      {
        config: user,
        schema: { tags, summary: '"Report": to the staff queue', params, body: reportConversationSchema },
      },
      async (request, reply) => {
        await reports.report(signedIn(request), request.params.id, request.body);
        return reply.status(204).send();
      },
    );
    app.get(
      '/api/conversations/:id/attachments/:fileId',
      {
        config: user,
        schema: {
          tags,
          summary: 'An attachment (the two parties; staff for a reported conversation)',
          params: attachmentParamsSchema,
          querystring: z.object({ thumb: z.enum(['1']).optional(), download: z.enum(['1']).optional() }),
        },
      },
      async (request, reply) => {
        const thumb = request.query.thumb === '1';
        const { file, data } = await messages.attachment(
          { ...signedIn(request), ip: request.ip },
          request.params.id,
          request.params.fileId,
          thumb,
        );
        const picture = file.contentType.startsWith('image/');
        return reply
          .header('content-type', thumb && file.thumbnailKey ? 'image/webp' : file.contentType)
          .header(
            'content-disposition',
            contentDisposition(picture && !request.query.download ? 'inline' : 'attachment', file.originalName),
          )
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
          .header('cache-control', 'private, max-age=86400')
          .send(data);
      },
    );
    app.get(
      '/api/orders/:id/conversation',
      {
        config: user,
        schema: { tags, summary: 'The conversation about an order (either party)', params, response: { 200: one } },
      },
      async (request) => ({ conversation: await conversations.forOrder(signedIn(request), request.params.id) }),
    );
    app.get(
      '/api/messages/unread',
      { config: user, schema: { tags, summary: 'The header badge', response: { 200: unreadCountSchema } } },
      async (request) => conversations.unread(signedIn(request)),
    );
    app.post(
      '/api/messages/delivered',
      {
        config: user,
        schema: { tags, summary: 'My client received messages up to an id', body: markDeliveredSchema },
      },
      async (request, reply) => {
        await conversations.delivered(signedIn(request), request.body.upTo);
        return reply.status(204).send();
      },
    );
    app.get(
      '/api/messages/settings',
      { config: user, schema: { tags, summary: 'Message settings', response: { 200: messageSettingsSchema } } },
      async (request) => conversations.settings(signedIn(request).id),
    );
    app.put(
      '/api/messages/settings',
      {
        config: user,
        schema: {
          tags,
          summary: 'Digest emails on or off',
          body: messageSettingsSchema,
          response: { 200: messageSettingsSchema },
        },
      },
      async (request) => conversations.saveSettings(signedIn(request).id, request.body.emailDigest),
    );
  };
}
