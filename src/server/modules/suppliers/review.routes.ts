import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LOCALES } from '../../../shared/locales.js';
import {
  applicationSchema,
  rejectRequestSchema,
  REJECTION_CODES,
  SUPPLIER_APPLICATION_STATES_FOR_QUEUE,
  versionRequestSchema,
} from '../../../shared/schemas/supplier-review.js';
import { signedIn } from '../../platform/access.js';
import { reviewQueueQuerystring, toQueueFilter } from '../../platform/review/queue-query.js';
import type { ReviewService } from './review.service.js';

const tags = ['review console'];

const queueItem = z.object({
  id: z.uuid(),
  accountName: z.string(),
  companyNameZh: z.string().nullable(),
  companyNameEn: z.string().nullable(),
  country: z.string().nullable(),
  status: applicationSchema.shape.status,
  submittedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
});

const detail = z.object({
  application: applicationSchema,
  applicant: z.object({ id: z.uuid(), accountName: z.string(), email: z.string(), locale: z.enum(LOCALES) }),
  changes: z
    .object({ fields: z.array(z.string()), materialsAdded: z.array(z.string()), materialsRemoved: z.array(z.string()) })
    .nullable(),
  sameCreditCode: z.array(z.object({ id: z.uuid(), status: z.string(), companyNameEn: z.string().nullable() })),
  history: z.array(
    z.object({
      kind: z.string(),
      createdAt: z.string(),
      reasons: z.array(z.object({ target: z.string(), code: z.enum(REJECTION_CODES), note: z.string().optional() })),
      note: z.string().nullable(),
    }),
  ),
});

/** Platform staff review supplier authentication (403 for everyone else). */
export function reviewRoutes(review: ReviewService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/admin/supplier-applications',
      {
        config: { access: 'staff' },
        schema: {
          tags,
          summary: 'Review queue (oldest first)',
          querystring: reviewQueueQuerystring(SUPPLIER_APPLICATION_STATES_FOR_QUEUE, 'submitted'),
          response: { 200: z.object({ items: z.array(queueItem) }) },
        },
      },
      async (request) => ({ items: await review.queue(toQueueFilter(request.query)) }),
    );
    app.get(
      '/api/admin/supplier-applications/:id',
      {
        config: { access: 'staff' },
        schema: {
          tags,
          summary: 'An application with what changed',
          params: z.object({ id: z.uuid() }),
          response: { 200: detail },
        },
      },
      async (request) => review.detail(request.params.id),
    );
    app.post(
      '/api/admin/supplier-applications/:id/approve',
      {
        config: { access: 'staff', freshSecondFactor: true },
        schema: {
          tags,
          summary: 'Approve',
          params: z.object({ id: z.uuid() }),
          body: versionRequestSchema,
          response: { 200: z.object({ application: applicationSchema }) },
        },
      },
      async (request) => {
        const staff = signedIn(request);
        return {
          application: await review.approve({ id: staff.id, ip: request.ip }, request.params.id, request.body.version),
        };
      },
    );
    app.post(
      '/api/admin/supplier-applications/:id/reject',
      {
        config: { access: 'staff', freshSecondFactor: true },
        schema: {
          tags,
          summary: 'Reject with coded reasons',
          params: z.object({ id: z.uuid() }),
          body: rejectRequestSchema,
          response: { 200: z.object({ application: applicationSchema }) },
        },
      },
      async (request) => {
        const staff = signedIn(request);
        return { application: await review.reject({ id: staff.id, ip: request.ip }, request.params.id, request.body) };
      },
    );
  };
}
