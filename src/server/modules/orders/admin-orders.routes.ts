import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  orderDetailSchema,
  orderIdParamsSchema,
  orderListQuerySchema,
  orderListSchema,
} from '../../../shared/schemas/orders.js';
import { signedIn } from '../../platform/access.js';
import type { OrdersServices } from './orders.services.js';

/** Staff: any order, read-only (disputes); every detail view is audited. */
export function adminOrderRoutes(services: OrdersServices): FastifyPluginAsyncZod {
  const { query } = services;
  return async (app) => {
    const tags = ['review console'];
    app.get(
      '/api/admin/orders',
      {
        config: { access: 'staff' },
        schema: {
          tags,
          summary: 'All orders: search by number or party, status, date range, newest first',
          querystring: orderListQuerySchema,
          response: { 200: orderListSchema },
        },
      },
      async (request) => query.staffList(request.query),
    );
    app.get(
      '/api/admin/orders/:id',
      {
        config: { access: 'staff' },
        schema: {
          tags,
          summary: 'One order, read-only (the view is written to the audit log)',
          params: orderIdParamsSchema,
          response: { 200: z.object({ order: orderDetailSchema }) },
        },
      },
      async (request) => ({
        order: await query.staffDetail({ id: signedIn(request).id, ip: request.ip }, request.params.id),
      }),
    );
  };
}
