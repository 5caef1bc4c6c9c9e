import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleContext } from '../../platform/module-context.js';
import type { FilesService } from '../files/index.js';
import type { PagePreviewProvider } from '../../platform/shell-preview.js';
import { CatalogCache } from './catalog-cache.js';
import { catalogPreviews } from './catalog-preview.js';
import { catalogRoutes } from './catalog.routes.js';
import { createCatalogService } from './catalog.service.js';
import { createProductService } from './product.service.js';
import { productRoutes } from './product.routes.js';

/**
 * Whatever suppliers and staff change can change what buyers see (products, brands, supplier
 * names, approvals); nothing else does.
 */
function changesCatalog(request: FastifyRequest, reply: FastifyReply): boolean {
  if (request.method === 'GET' || request.method === 'HEAD' || reply.statusCode >= 400) return false;
  const url = request.routeOptions.url ?? '';
  return url.startsWith('/api/supplier/') || url.startsWith('/api/admin/');
}

export interface CatalogModuleDeps extends Pick<ModuleContext, 'db' | 'clock' | 'publicUrl'> {
  files: Pick<FilesService, 'ownFile' | 'describe'>;
  cache: { maxAgeMs: number; syncIntervalMs: number };
}

/**
 * Product Management, the public catalog and its cache (decorated as app.catalogCache); returns the
 * cache and the catalog pages' previews for the HTML shell.
 */
export async function registerCatalogModule(
  app: FastifyInstance,
  deps: CatalogModuleDeps,
): Promise<{ catalogCache: CatalogCache; preview: PagePreviewProvider }> {
  const catalogCache = new CatalogCache({ db: deps.db, clock: deps.clock, log: app.log, ...deps.cache });
  app.decorate('catalogCache', catalogCache);
  app.addHook('onClose', async () => catalogCache.stop());
  // The handlers of such changes have committed by the time the answer is sent: forget locally
  // before it leaves (so the caller's next request cannot be answered from before the change),
  // and tell the other instances once it has left.
  app.addHook('onSend', async (request, reply) => {
    if (changesCatalog(request, reply)) catalogCache.responses.invalidate();
  });
  app.addHook('onResponse', async (request, reply) => {
    if (changesCatalog(request, reply)) await catalogCache.announce();
  });

  await app.register(productRoutes(createProductService(deps)));
  const catalog = createCatalogService(deps);
  await app.register(catalogRoutes(catalog, { ...deps, catalogCache }));
  return { catalogCache, preview: catalogPreviews(catalog, catalogCache, deps.clock) };
}
