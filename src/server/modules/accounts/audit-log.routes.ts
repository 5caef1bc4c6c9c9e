import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AUDIT_PAGE_SIZE, auditPageSchema, auditQuerySchema } from '../../../shared/schemas/staff.js';
import type { Db } from '../../db/client.js';
import { auditCsv } from './audit-csv.js';
import { exportAudit, searchAudit } from './audit-log.repo.js';

const tags = ['staff'];
/** The export's cap: a larger one should narrow the dates. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** The admins' Audit log page: filtered pages and the CSV export of the same filters. */
export function auditLogRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/admin/audit',
      {
        config: { access: 'admin' },
        schema: {
          tags,
          summary: 'Audit log entries, newest first, filtered',
          querystring: auditQuerySchema,
          response: { 200: auditPageSchema },
        },
      },
      async (request) => {
        const { page, ...filters } = request.query;
        const { rows, total } = await searchAudit(db, filters, page, AUDIT_PAGE_SIZE);
        return {
          entries: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), details: r.details ?? {} })),
          total,
          page,
          pageSize: AUDIT_PAGE_SIZE,
        };
      },
    );

    app.get(
      '/api/admin/audit.csv',
      {
        config: { access: 'admin' },
        schema: {
          tags,
          summary: 'The filtered audit log as CSV',
          querystring: auditQuerySchema.omit({ page: true }),
          response: { 200: z.string() },
        },
      },
      async (request, reply) => {
        const rows = await exportAudit(db, request.query, AUDIT_EXPORT_LIMIT);
        const day = new Date().toISOString().slice(0, 10);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="audit-log-${day}.csv"`)
          .header('cache-control', 'no-store')
          .send(auditCsv(rows));
      },
    );
  };
}
