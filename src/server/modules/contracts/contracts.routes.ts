import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  contractEventRequestSchema,
  contractSaveSchema,
  contractSchema,
  contractVersionParamsSchema,
  orderDocumentParamsSchema,
  orderDocumentsSchema,
  pdfQuerySchema,
  signedCopyUploadSchema,
} from '../../../shared/schemas/documents.js';
import { signedIn } from '../../platform/access.js';
import { contentDisposition } from '../files/index.js';
import type { ContractDocumentsService } from './contract-documents.service.js';
import type { SigningService } from './contract-signing.service.js';
import type { ContractService } from './contracts.service.js';

const one = z.object({ contract: contractSchema });
const copyParams = z.object({ id: z.uuid(), copyId: z.uuid() });

/**
 * "Invoice & Contract", the contract (guide 5.2): one set of paths for both parties; the
 * services decide from the order who the caller is (buyer, supplier, staff read-only) and answer
 * 404 to anyone else. Every write answers with the contract as the caller now sees it.
 */
export function contractRoutes(services: {
  contracts: ContractService;
  signing: SigningService;
  documents: ContractDocumentsService;
}): FastifyPluginAsyncZod {
  const { contracts, signing, documents } = services;
  return async (app) => {
    const tags = ['invoice & contract'];
    const reader = (request: Parameters<typeof signedIn>[0]) => ({ ...signedIn(request), ip: request.ip });

    app.get(
      '/api/orders/:id/documents',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: '"Invoice & Contract" of an order for its buyer, its supplier or staff (audited)',
          params: orderDocumentParamsSchema,
          response: { 200: orderDocumentsSchema },
        },
      },
      async (request) => documents.documents(reader(request), request.params.id),
    );
    app.put(
      '/api/orders/:id/contract',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'The supplier furnishes the contract: a new version with these clauses (while drafting)',
          params: orderDocumentParamsSchema,
          body: contractSaveSchema,
          response: { 200: one },
        },
      },
      async (request) => ({ contract: await contracts.save(signedIn(request), request.params.id, request.body) }),
    );
    app.post(
      '/api/orders/:id/contract/events',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Confirm (supplier), accept or request changes (buyer, with a comment)',
          params: orderDocumentParamsSchema,
          body: contractEventRequestSchema,
          response: { 200: one },
        },
      },
      async (request) => ({ contract: await contracts.fire(signedIn(request), request.params.id, request.body) }),
    );
    app.post(
      '/api/orders/:id/contract/signed-copies',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary:
            'A party’s signed and sealed copy of the confirmed version (an upload of purpose contract_signed_copy)',
          params: orderDocumentParamsSchema,
          body: signedCopyUploadSchema,
          response: { 201: one },
        },
      },
      async (request, reply) =>
        reply.status(201).send({ contract: await signing.upload(signedIn(request), request.params.id, request.body) }),
    );
    app.get(
      '/api/orders/:id/contract/versions/:versionNo/pdf',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'A contract version as PDF (the buyer: confirmed versions only); ?download=1 for an attachment',
          params: contractVersionParamsSchema,
          querystring: pdfQuerySchema,
        },
      },
      async (request, reply) => {
        const match = request.headers['if-none-match'];
        const tags = match ? match.split(',').map((tag) => tag.trim().replace(/^W\//, '')) : [];
        const answer = await documents.versionPdf(reader(request), request.params.id, request.params.versionNo, (sha) =>
          tags.includes(`"${sha}"`),
        );
        void reply.header('cache-control', 'private, no-cache');
        if ('notModified' in answer) return reply.header('etag', `"${answer.notModified}"`).status(304).send();
        const { rendered, fileName } = answer;
        if (tags.includes(`"${rendered.pdfSha256}"`)) {
          return reply.header('etag', `"${rendered.pdfSha256}"`).status(304).send();
        }
        return reply
          .header('etag', `"${rendered.pdfSha256}"`)
          .header('content-type', 'application/pdf')
          .header(
            'content-disposition',
            contentDisposition(request.query.download === '1' ? 'attachment' : 'inline', fileName),
          )
          .header('x-content-type-options', 'nosniff')
          .send(rendered.pdf);
      },
    );
    app.get(
      '/api/orders/:id/contract/signed-copies/:copyId',
      {
        config: { access: 'user' },
        schema: { tags, summary: 'A party’s uploaded signed copy (both parties and staff)', params: copyParams },
      },
      async (request, reply) => {
        const { file, data } = await documents.signedCopy(reader(request), request.params.id, request.params.copyId);
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', contentDisposition('attachment', file.originalName))
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, max-age=300')
          .send(data);
      },
    );
  };
}
