import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  contractVersionParamsSchema,
  domesticInvoiceRecordSchema,
  domesticInvoiceSchema,
  exportInvoiceConfirmSchema,
  exportInvoiceSaveSchema,
  exportInvoiceSchema,
  orderDocumentParamsSchema,
  pdfQuerySchema,
} from '../../../shared/schemas/documents.js';
import { signedIn } from '../../platform/access.js';
import { contentDisposition } from '../files/index.js';
import type { DomesticInvoiceService } from './domestic-invoice.service.js';
import type { ExportInvoiceService } from './export-invoice.service.js';
import type { GeneratedPdf, InvoiceDownloadService, Reader } from './invoice-downloads.service.js';

export interface InvoicesServices {
  domestic: DomesticInvoiceService;
  exports: ExportInvoiceService;
  downloads: InvoiceDownloadService;
}

const tags = ['invoice & contract'];
const invoiceFileParams = z.object({ id: z.uuid(), invoiceId: z.uuid() });
const reader = (request: FastifyRequest): Reader => ({ user: signedIn(request), ip: request.ip });

/** A generated PDF: inline (attachment with ?download=1), cached privately, revalidated by its hash. */
function sendPdf(request: FastifyRequest, reply: FastifyReply, generated: GeneratedPdf, download: boolean) {
  const etag = `"${generated.rendered.pdfSha256}"`;
  void reply
    .header('etag', etag)
    .header('cache-control', 'private, no-cache')
    .header('x-content-type-options', 'nosniff');
  const known = (request.headers['if-none-match'] ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (known.includes(etag) || known.includes('*')) return reply.status(304).send();
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', contentDisposition(download ? 'attachment' : 'inline', generated.fileName))
    .send(generated.rendered.pdf);
}

/**
 * The invoices of an order (guide 5.3), one set of paths for both parties: the server decides
 * from the order whether the caller is its buyer, its supplier or staff (objects checked in the
 * services; anyone else 404, the other party's action 403).
 */
export function invoicesRoutes(services: InvoicesServices): FastifyPluginAsyncZod {
  const { domestic, exports, downloads } = services;
  return async (app) => {
    app.post(
      '/api/orders/:id/invoices',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Record a domestic invoice the supplier issued (supplier; amounts checked against the order)',
          params: orderDocumentParamsSchema,
          body: domesticInvoiceRecordSchema,
          response: { 201: z.object({ invoice: domesticInvoiceSchema }) },
        },
      },
      async (request, reply) => {
        const invoice = await domestic.record(signedIn(request), request.params.id, request.body);
        return reply.status(201).send({ invoice });
      },
    );
    app.get(
      '/api/orders/:id/invoices/:invoiceId/file',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'The recorded invoice’s file, as uploaded (an attachment)',
          params: invoiceFileParams,
        },
      },
      async (request, reply) => {
        const file = await downloads.domesticInvoiceFile(reader(request), request.params.id, request.params.invoiceId);
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', contentDisposition('attachment', file.fileName))
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, max-age=300')
          .send(file.data);
      },
    );
    app.put(
      '/api/orders/:id/export-invoice',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Correct the commercial invoice and packing list (supplier): a new draft version',
          params: orderDocumentParamsSchema,
          body: exportInvoiceSaveSchema,
          response: { 200: z.object({ invoice: exportInvoiceSchema }) },
        },
      },
      async (request) => ({
        invoice: await exports.save(signedIn(request), request.params.id, request.body.version, request.body.fields),
      }),
    );
    app.post(
      '/api/orders/:id/export-invoice/confirm',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Confirm the latest version of the commercial invoice (supplier): the buyer sees it',
          params: orderDocumentParamsSchema,
          body: exportInvoiceConfirmSchema,
          response: { 200: z.object({ invoice: exportInvoiceSchema }) },
        },
      },
      async (request) => ({
        invoice: await exports.confirm(signedIn(request), request.params.id, request.body.version),
      }),
    );
    for (const [kind, path] of [
      ['commercial_invoice', 'commercial-invoice.pdf'],
      ['packing_list', 'packing-list.pdf'],
    ] as const) {
      app.get(
        `/api/orders/:id/export-invoice/versions/:versionNo/${path}`,
        {
          config: { access: 'user' },
          schema: {
            tags,
            summary: `The ${kind.replace('_', ' ')} of a version as PDF (the buyer: confirmed versions only)`,
            params: contractVersionParamsSchema,
            querystring: pdfQuerySchema,
          },
        },
        async (request, reply) => {
          const { id, versionNo } = request.params;
          const generated = await downloads.exportInvoicePdf(reader(request), id, versionNo, kind);
          return sendPdf(request, reply, generated, request.query.download === '1');
        },
      );
    }
    app.get(
      '/api/orders/:id/proforma-invoice.pdf',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'The proforma invoice of an export order the supplier has confirmed, as PDF',
          params: orderDocumentParamsSchema,
          querystring: pdfQuerySchema,
        },
      },
      async (request, reply) => {
        const generated = await downloads.proformaPdf(reader(request), request.params.id);
        return sendPdf(request, reply, generated, request.query.download === '1');
      },
    );
  };
}
