import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  messageReportDetailSchema,
  messageReportListQuerySchema,
  messageReportListSchema,
  resolveReportSchema,
} from '../../../shared/schemas/messages.js';
import { signedIn } from '../../platform/access.js';
import type { ReportService } from './report.service.js';

const params = z.object({ id: z.uuid() });

/** The review console's queue of reported conversations: the only way staff read messages. */
export function messageReportRoutes(reports: ReportService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['review'];
    const staff = (request: Parameters<typeof signedIn>[0]) => ({ id: signedIn(request).id, ip: request.ip });
    app.get(
      '/api/review/message-reports',
      {
        config: { access: 'staff' },
        schema: {
          tags,
          summary: 'Reported conversations (open: oldest first)',
          querystring: messageReportListQuerySchema,
          response: { 200: messageReportListSchema },
        },
      },
      async (request) => reports.queue(request.query.status, request.query.page),
    );
    app.get(
      '/api/review/message-reports/:id',
      {
        config: { access: 'staff' },
        schema: {
          tags,
          summary: 'A report and the conversation up to what the reporter saw (audited)',
          params,
          response: { 200: z.object({ report: messageReportDetailSchema }) },
        },
      },
      async (request) => ({ report: await reports.detail(staff(request), request.params.id) }),
    );
    app.post(
      '/api/review/message-reports/:id/resolve',
      {
        config: { access: 'staff', freshSecondFactor: true },
        schema: {
          tags,
          summary: 'Dismiss, warn, or block the reported party (audited)',
          params,
          body: resolveReportSchema,
          response: { 200: z.object({ report: messageReportDetailSchema }) },
        },
      },
      async (request) => ({ report: await reports.resolve(staff(request), request.params.id, request.body) }),
    );
  };
}
