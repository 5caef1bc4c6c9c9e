import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BRAND_KINDS,
  brandInputSchema,
  brandRejectRequestSchema,
  brandSchema,
  brandUpdateSchema,
} from '../../../shared/schemas/brands.js';
import { BRAND_STATES } from '../../../shared/state-machines/brand.js';
import { versionRequestSchema } from '../../../shared/schemas/suppliers.js';
import { signedIn } from '../../platform/access.js';
import { reviewQueueQuerystring, toQueueFilter } from '../../platform/review/queue-query.js';
import type { BrandReviewService } from './brand-review.service.js';
import type { BrandService } from './brand.service.js';

const one = z.object({ brand: brandSchema });
const idParams = z.object({ id: z.uuid() });

/** "Licensed Brands" for suppliers and the brand review for staff (guide 3). */
export function brandRoutes(service: BrandService, review: BrandReviewService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['licensed brands'];
    app.get(
      '/api/supplier/brands',
      {
        config: { access: 'supplier' },
        schema: {
          tags,
          summary: 'My brands ("Private Brands" / "Agency Brands")',
          querystring: z.object({ kind: z.enum(BRAND_KINDS).optional() }),
          response: { 200: z.object({ brands: z.array(brandSchema) }) },
        },
      },
      async (request) => ({ brands: await service.list(signedIn(request).id, request.query.kind) }),
    );
    app.get(
      '/api/supplier/brands/:id',
      {
        config: { access: 'supplier' },
        schema: { tags, summary: 'One of my brands', params: idParams, response: { 200: one } },
      },
      async (request) => ({ brand: await service.get(signedIn(request).id, request.params.id) }),
    );
    app.post(
      '/api/supplier/brands',
      {
        config: { access: 'supplier' },
        schema: {
          tags,
          summary: '"New Brand" / "New Agency Brand": submit for review',
          body: brandInputSchema,
          response: { 201: one },
        },
      },
      async (request, reply) =>
        reply.status(201).send({ brand: await service.create(signedIn(request).id, request.body) }),
    );
    app.put(
      '/api/supplier/brands/:id',
      {
        config: { access: 'supplier' },
        schema: {
          tags,
          summary: 'Edit and resubmit (rejected) or renew (expired)',
          params: idParams,
          body: brandUpdateSchema,
          response: { 200: one },
        },
      },
      async (request) => ({
        brand: await service.resubmit(
          signedIn(request).id,
          request.params.id,
          request.body.version,
          request.body.brand,
        ),
      }),
    );

    const staffTags = ['review console'];
    const queueItem = z.object({
      id: z.uuid(),
      kind: z.enum(BRAND_KINDS),
      nameZh: z.string().nullable(),
      nameEn: z.string().nullable(),
      supplierName: z.string(),
      status: z.enum(BRAND_STATES),
      submittedAt: z.string(),
      dueAt: z.string().nullable(),
      overdue: z.boolean(),
    });
    app.get(
      '/api/admin/brands',
      {
        config: { access: 'staff' },
        schema: {
          tags: staffTags,
          summary: 'Brand review queue (oldest first)',
          querystring: reviewQueueQuerystring([...BRAND_STATES, 'all'], 'pending'),
          response: { 200: z.object({ items: z.array(queueItem) }) },
        },
      },
      async (request) => ({ items: await review.queue(toQueueFilter(request.query)) }),
    );
    app.get(
      '/api/admin/brands/:id',
      {
        config: { access: 'staff' },
        schema: {
          tags: staffTags,
          summary: 'A brand, with other suppliers’ private brands of the same name',
          params: idParams,
          response: {
            200: z.object({
              brand: brandSchema,
              supplier: z.object({ id: z.uuid(), name: z.string(), accountName: z.string() }),
              sameNameOtherSuppliers: z.array(
                z.object({
                  id: z.uuid(),
                  kind: z.string(),
                  status: z.string(),
                  supplierName: z.string(),
                  nameEn: z.string().nullable(),
                  nameZh: z.string().nullable(),
                }),
              ),
            }),
          },
        },
      },
      async (request) => review.detail(request.params.id),
    );
    app.post(
      '/api/admin/brands/:id/approve',
      {
        config: { access: 'staff', freshSecondFactor: true },
        schema: {
          tags: staffTags,
          summary: 'Approve a brand',
          params: idParams,
          body: versionRequestSchema,
          response: { 200: one },
        },
      },
      async (request) => ({
        brand: await review.approve(
          { id: signedIn(request).id, ip: request.ip },
          request.params.id,
          request.body.version,
        ),
      }),
    );
    app.post(
      '/api/admin/brands/:id/reject',
      {
        config: { access: 'staff', freshSecondFactor: true },
        schema: {
          tags: staffTags,
          summary: 'Reject a brand with coded reasons',
          params: idParams,
          body: brandRejectRequestSchema,
          response: { 200: one },
        },
      },
      async (request) => ({
        brand: await review.reject({ id: signedIn(request).id, ip: request.ip }, request.params.id, request.body),
      }),
    );
  };
}
