import type { FastifyInstance } from 'fastify';
import type { ScheduledJob } from '../../platform/jobs.js';
import type { ModuleContext } from '../../platform/module-context.js';
import type { FilesService } from '../files/index.js';
import { brandExpiryJob, type TakeProductsOffShelf } from './brand-expiry.job.js';
import { createBrandReviewService } from './brand-review.service.js';
import { createBrandService } from './brand.service.js';
import { brandRoutes } from './brands.routes.js';

export interface BrandsModuleDeps extends ModuleContext {
  files: Pick<FilesService, 'ownFile' | 'describe'>;
  /** Supplied by the catalog module: an expired brand's products go off the shelf. */
  takeProductsOffShelf?: TakeProductsOffShelf;
}

/** Registers the brand routes and returns the daily expiry job for the scheduler. */
export async function registerBrandsModule(app: FastifyInstance, deps: BrandsModuleDeps): Promise<ScheduledJob[]> {
  await app.register(brandRoutes(createBrandService(deps), createBrandReviewService(deps)));
  return [brandExpiryJob({ ...deps, takeProductsOffShelf: deps.takeProductsOffShelf ?? (async () => []) })];
}
