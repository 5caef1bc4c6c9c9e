import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeText } from '../../../shared/schemas/text.js';
import {
  productInputSchema,
  productUpdateSchema,
  supplierProductRowSchema,
  supplierProductSchema,
} from '../../../shared/schemas/products.js';
import { okResponseSchema } from '../../../shared/schemas/accounts.js';
import { PRODUCT_STATES } from '../../../shared/state-machines/product.js';
import { signedIn } from '../../platform/access.js';
import type { ProductService } from './product.service.js';

const tags = ['product management'];
const one = z.object({ product: supplierProductSchema });
const idParams = z.object({ id: z.uuid() });
const shelfResult = z.object({
  products: z.array(z.object({ id: z.uuid(), status: z.enum(PRODUCT_STATES), version: z.number().int() })),
});

/** "Product Management", "New Products", on/off the shelf (guide 4), for approved suppliers. */
export function productRoutes(service: ProductService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/supplier/products',
      {
        config: { access: 'supplier' },
        schema: {
          tags,
          summary: 'My products',
          querystring: z.object({
            status: z.enum(PRODUCT_STATES).optional(),
            q: safeText().trim().max(100).optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(100).default(20),
          }),
          response: { 200: z.object({ items: z.array(supplierProductRowSchema), total: z.number().int() }) },
        },
      },
      async (request) => service.list(signedIn(request).id, request.locale, request.query),
    );
    app.get(
      '/api/supplier/products/:id',
      {
        config: { access: 'supplier' },
        schema: { tags, summary: 'One of my products, every language', params: idParams, response: { 200: one } },
      },
      async (request) => ({ product: await service.get(signedIn(request).id, request.params.id) }),
    );
    app.post(
      '/api/supplier/products',
      {
        config: { access: 'supplier' },
        schema: { tags, summary: '"Submit" a new product', body: productInputSchema, response: { 201: one } },
      },
      async (request, reply) =>
        reply.status(201).send({ product: await service.create(signedIn(request).id, request.body) }),
    );
    app.put(
      '/api/supplier/products/:id',
      {
        config: { access: 'supplier' },
        schema: {
          tags,
          summary: 'Edit (with the version read: 409 on conflict)',
          params: idParams,
          body: productUpdateSchema,
          response: { 200: one },
        },
      },
      async (request) => ({
        product: await service.update(
          signedIn(request).id,
          request.params.id,
          request.body.version,
          request.body.product,
        ),
      }),
    );
    app.post(
      '/api/supplier/products/shelf',
      {
        config: { access: 'supplier' },
        schema: {
          tags,
          summary: 'Put on or take off the shelf, one or many',
          body: z.object({ ids: z.array(z.uuid()).min(1).max(100), onShelf: z.boolean() }),
          response: { 200: shelfResult },
        },
      },
      async (request) => ({
        products: await service.setShelf(signedIn(request).id, request.body.ids, request.body.onShelf),
      }),
    );
    app.delete(
      '/api/supplier/products/:id',
      {
        config: { access: 'supplier' },
        schema: {
          tags,
          summary: 'Remove (kept for orders that reference it)',
          params: idParams,
          response: { 200: okResponseSchema },
        },
      },
      async (request) => {
        await service.remove(signedIn(request).id, request.params.id);
        return { ok: true as const };
      },
    );
  };
}
