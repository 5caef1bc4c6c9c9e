import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import type { FilesService } from '../files/files.service.js';
import type { CatalogCache } from './catalog-cache.js';
import { catalogRoutes } from './catalog.routes.js';
import { createCatalogService } from './catalog.service.js';
import { createProductService } from './product.service.js';
import { productRoutes } from './products.routes.js';

export async function registerCatalogModule(
  app: FastifyInstance,
  deps: { db: Db; clock: Clock; files: FilesService; publicUrl: string; catalogCache: CatalogCache },
): Promise<void> {
  await app.register(productRoutes(createProductService(deps)));
  await app.register(catalogRoutes(createCatalogService(deps), deps));
}
