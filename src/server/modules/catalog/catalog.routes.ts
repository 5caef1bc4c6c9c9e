import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LOCALES } from '../../../shared/locales.js';
import { foldText } from '../../../shared/search-text.js';
import {
  catalogPageSchema,
  catalogQuerySchema,
  categoryNodeSchema,
  productPageSchema,
} from '../../../shared/schemas/products.js';
import type { CatalogCache } from './catalog-cache.js';
import type { CatalogService } from './catalog.service.js';

const tags = ['catalog'];

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** The buyer-facing catalog API and the sitemap (every page in four languages, with hreflang). */
export function catalogRoutes(
  catalog: CatalogService,
  { publicUrl, catalogCache }: { publicUrl: string; catalogCache: CatalogCache },
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/catalog/categories',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'The category tree in the visitor’s language',
          response: { 200: z.object({ categories: z.array(categoryNodeSchema) }) },
        },
      },
      async (request, reply) =>
        catalogCache.send(request, reply, async () => ({ categories: await catalog.categories(request.locale) })),
    );
    app.get(
      '/api/catalog/products',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Browse and search products',
          querystring: catalogQuerySchema,
          response: { 200: catalogPageSchema },
        },
      },
      async (request, reply) =>
        catalogCache.send(request, reply, () => catalog.list(request.query, request.locale), {
          // Search folds case, accents and spacing, so "Bolt ", "bolt" and "BOLT" are one question.
          query: { ...request.query, q: request.query.q && foldText(request.query.q).split(/\s+/).join(' ') },
        }),
    );
    app.get(
      '/api/catalog/products/:id',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'A product page',
          params: z.object({ id: z.uuid() }),
          response: { 200: z.object({ product: productPageSchema }) },
        },
      },
      async (request, reply) =>
        catalogCache.send(request, reply, async () => ({
          product: await catalog.product(request.params.id, request.locale),
        })),
    );

    app.get('/sitemap.xml', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
      const { products, suppliers, categories } = await catalog.sitemapEntries();
      const pages = [
        { path: '/', lastmod: undefined },
        { path: '/to-be-suppliers', lastmod: undefined },
        ...categories.map((c) => ({ path: `/categories/${c.id}`, lastmod: undefined })),
        ...products.map((p) => ({ path: `/products/${p.id}`, lastmod: p.updatedAt })),
        ...suppliers.map((s) => ({ path: `/suppliers/${s.id}`, lastmod: s.updatedAt })),
      ];
      const urls = pages.flatMap((page) =>
        LOCALES.map((locale) => {
          const alternates = LOCALES.map(
            (alt) =>
              `<xhtml:link rel="alternate" hreflang="${alt}" href="${escapeXml(`${publicUrl}/${alt}${page.path}`)}"/>`,
          ).join('');
          const lastmod = page.lastmod ? `<lastmod>${page.lastmod.toISOString().slice(0, 10)}</lastmod>` : '';
          return `<url><loc>${escapeXml(`${publicUrl}/${locale}${page.path}`)}</loc>${lastmod}${alternates}<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(`${publicUrl}/en${page.path}`)}"/></url>`;
        }),
      );
      return reply
        .type('application/xml; charset=utf-8')
        .header('cache-control', 'public, max-age=3600')
        .send(
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>`,
        );
    });
  };
}
