import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  orderDetailSchema,
  orderEventRequestSchema,
  orderIdParamsSchema,
  orderListQuerySchema,
  orderListSchema,
  orderPaymentRequestSchema,
  orderTermsSchema,
} from '../../../shared/schemas/orders.js';
import { signedInSupplier } from '../../platform/access.js';
import { sendJsonText } from '../../platform/json-text.js';
import type { OrdersServices } from './orders.services.js';

const one = z.object({ order: orderDetailSchema });

/** The supplier's "Order Management" (guide 5.1, 5.4): the list, completing an order, progress, payments. */
export function supplierOrderRoutes(services: OrdersServices): FastifyPluginAsyncZod {
  const { query, transitions, terms } = services;
  return async (app) => {
    const tags = ['order management'];
    app.get(
      '/api/supplier/orders',
      {
        config: { access: 'supplier' },
        schema: {
          tags,
          summary: '"Order Management": status tabs with counts, search, date range, newest first',
          querystring: orderListQuerySchema,
          response: { 200: orderListSchema },
        },
      },
      async (request, reply) =>
        sendJsonText(reply, await query.supplierList(signedInSupplier(request).supplierId, request.query)),
    );
    app.get(
      '/api/supplier/orders/:id',
      {
        config: { access: 'supplier' },
        schema: { tags, summary: '"View Details" of an order', params: orderIdParamsSchema, response: { 200: one } },
      },
      async (request) => ({
        order: await query.supplierDetail(signedInSupplier(request).supplierId, request.params.id),
      }),
    );
    app.put(
      '/api/supplier/orders/:id/terms',
      {
        config: { access: 'supplier' },
        schema: {
          tags,
          summary: 'Complete the order information (final prices and terms) while waiting for perfection',
          params: orderIdParamsSchema,
          body: orderTermsSchema,
          response: { 200: one },
        },
      },
      async (request) => {
        const supplier = signedInSupplier(request);
        await terms.saveTerms(supplier, request.params.id, request.body);
        return { order: await query.supplierDetail(supplier.supplierId, request.params.id) };
      },
    );
    app.post(
      '/api/supplier/orders/:id/events',
      {
        config: { access: 'supplier' },
        schema: {
          tags,
          summary: 'Confirm, decline, start production, ship, deliver',
          params: orderIdParamsSchema,
          body: orderEventRequestSchema,
          response: { 200: one },
        },
      },
      async (request) => {
        const supplier = signedInSupplier(request);
        await transitions.apply(
          { party: 'supplier', userId: supplier.userId },
          { supplierId: supplier.supplierId },
          request.params.id,
          request.body,
        );
        return { order: await query.supplierDetail(supplier.supplierId, request.params.id) };
      },
    );
    app.post(
      '/api/supplier/orders/:id/payments',
      {
        config: { access: 'supplier' },
        schema: {
          tags,
          summary: 'Record a payment received (deposit, balance), with an optional proof file',
          params: orderIdParamsSchema,
          body: orderPaymentRequestSchema,
          response: { 200: one },
        },
      },
      async (request) => {
        const supplier = signedInSupplier(request);
        await terms.recordPayment(supplier, request.params.id, request.body);
        return { order: await query.supplierDetail(supplier.supplierId, request.params.id) };
      },
    );
  };
}
