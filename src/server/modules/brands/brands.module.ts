import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import type { ScheduledJob } from '../../platform/jobs.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import type { FilesService } from '../files/index.js';
import { brandExpiryJob, type TakeProductsOffShelf } from './brand-expiry.job.js';
import { createBrandReviewService } from './brand-review.service.js';
import { createBrandService } from './brand.service.js';
import { brandRoutes } from './brands.routes.js';

export interface BrandsModuleDeps {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  files: FilesService;
  publicUrl: string;
  holidays: ReadonlySet<string>;
  extraWorkdays: ReadonlySet<string>;
  /** Supplied by the catalog module; until products exist there is nothing to take down. */
  takeProductsOffShelf?: TakeProductsOffShelf;
}

/** Registers the brand routes and returns the daily expiry job for the scheduler. */
export async function registerBrandsModule(app: FastifyInstance, deps: BrandsModuleDeps): Promise<ScheduledJob[]> {
  await app.register(brandRoutes(createBrandService(deps), createBrandReviewService(deps)));
  return [brandExpiryJob({ ...deps, takeProductsOffShelf: deps.takeProductsOffShelf ?? (async () => []) })];
}
