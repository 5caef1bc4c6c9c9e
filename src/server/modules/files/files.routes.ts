import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileInfoSchema } from '../../../shared/schemas/suppliers.js';
import { AppError } from '../../platform/errors.js';
import { signedIn } from '../../platform/access.js';
import { contentDisposition, FILE_PURPOSE_NAMES } from './file-policy.js';
import type { FilesService } from './files.service.js';

const tags = ['files'];

/** Upload (multipart, one file) and the one authorised way to read a file back. */
export function filesRoutes(files: FilesService, maxBytes: number): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(fastifyMultipart, { limits: { fileSize: maxBytes, files: 1, fields: 2, parts: 3 } });

    app.post(
      '/api/files',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Upload one file (multipart/form-data, field "file")',
          querystring: z.object({ purpose: z.enum(FILE_PURPOSE_NAMES) }),
          response: { 201: z.object({ file: fileInfoSchema }) },
        },
      },
      async (request, reply) => {
        const part = await request.file();
        if (!part) throw new AppError('VALIDATION_FAILED', 'No file', [{ path: 'file', code: 'required' }]);
        // toBuffer() throws 413 past the fileSize limit, before the whole body is read.
        const data = await part.toBuffer();
        const file = await files.upload(signedIn(request), request.query.purpose, part.filename, data);
        return reply.status(201).send({ file });
      },
    );

    const serve = (variant: 'original' | 'thumbnail') =>
      app.get(
        variant === 'original' ? '/api/files/:id' : '/api/files/:id/thumbnail',
        {
          config: { access: 'public' },
          schema: {
            tags,
            summary: variant === 'original' ? 'A file (owner, staff, or anyone when public)' : 'A picture’s thumbnail',
            params: z.object({ id: z.uuid() }),
            querystring: z.object({ download: z.enum(['1']).optional() }),
          },
        },
        async (request, reply) => {
          const row = await files.readable(request.params.id, request.user);
          const data = await files.content(row, variant);
          const type = variant === 'thumbnail' && row.thumbnailKey ? 'image/webp' : row.contentType;
          return reply
            .header('content-type', type)
            .header(
              'content-disposition',
              contentDisposition(request.query.download ? 'attachment' : 'inline', row.originalName),
            )
            .header('x-content-type-options', 'nosniff')
            .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
            .header(
              'cache-control',
              row.visibility === 'public' ? 'public, max-age=31536000, immutable' : 'private, max-age=300',
            )
            .send(data);
        },
      );
    serve('original');
    serve('thumbnail');
  };
}
