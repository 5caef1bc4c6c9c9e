import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  orderDetailSchema,
  orderEventRequestSchema,
  orderIdParamsSchema,
  orderListQuerySchema,
  orderListSchema,
  orderPreviewRequestSchema,
  orderPreviewSchema,
  orderSubmitSchema,
} from '../../../shared/schemas/orders.js';
import { signedIn } from '../../platform/access.js';
import { sendJsonText } from '../../platform/json-text.js';
import type { OrdersServices } from './orders.services.js';

const one = z.object({ order: orderDetailSchema });

/** The buyer's side (guide 5): the order form's prices, "Submit", "My Orders" and the buyer's events. */
export function buyerOrderRoutes(services: OrdersServices): FastifyPluginAsyncZod {
  const { submit, query, transitions } = services;
  return async (app) => {
    const tags = ['orders'];
    app.post(
      '/api/orders/preview',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Prices and totals of an order form (tier prices, MOQ checked, exact decimals)',
          body: orderPreviewRequestSchema,
          response: { 200: orderPreviewSchema },
        },
      },
      async (request) => submit.preview(signedIn(request).id, request.body.lines, request.locale),
    );
    app.post(
      '/api/orders',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: '"Submit": place an order (Idempotency-Key header required)',
          body: orderSubmitSchema,
          response: { 200: one, 201: one },
        },
      },
      async (request, reply) => {
        const header = request.headers['idempotency-key'];
        const { order, created } = await submit.submit(
          signedIn(request).id,
          Array.isArray(header) ? header[0] : header,
          request.body,
        );
        return reply.status(created ? 201 : 200).send({ order });
      },
    );
    app.get(
      '/api/orders',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: '"My Orders": status tabs with counts, search, date range, newest first',
          querystring: orderListQuerySchema,
          response: { 200: orderListSchema },
        },
      },
      async (request, reply) => sendJsonText(reply, await query.buyerList(signedIn(request).id, request.query)),
    );
    app.get(
      '/api/orders/:id',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'One of my orders ("View Details")',
          params: orderIdParamsSchema,
          response: { 200: one },
        },
      },
      async (request) => ({ order: await query.buyerDetail(signedIn(request).id, request.params.id) }),
    );
    app.post(
      '/api/orders/:id/events',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Cancel, accept, decline the offer, ask for changes, confirm receipt',
          params: orderIdParamsSchema,
          body: orderEventRequestSchema,
          response: { 200: one },
        },
      },
      async (request) => {
        const userId = signedIn(request).id;
        await transitions.apply({ party: 'buyer', userId }, { buyerUserId: userId }, request.params.id, request.body);
        return { order: await query.buyerDetail(userId, request.params.id) };
      },
    );
  };
}
