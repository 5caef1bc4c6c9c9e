import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module-context.js';
import type { PagePreviewProvider } from '../../platform/shell-preview.js';
import type { SessionInvalidation } from '../accounts/index.js';
import type { FilesService } from '../files/index.js';
import { createApplicationService } from './application.service.js';
import { createProfileService } from './profile.service.js';
import { reviewRoutes } from './review.routes.js';
import { createReviewService } from './review.service.js';
import { supplierPreview } from './supplier-preview.js';
import { supplierRoutes } from './suppliers.routes.js';

export interface SuppliersModuleDeps extends ModuleContext {
  files: Pick<FilesService, 'ownFile' | 'describe' | 'checksums'>;
  /** An approval gives the applicant's sessions a supplier id: their cached sessions are forgotten. */
  sessions: SessionInvalidation;
}

/**
 * Supplier Authentication (the applicant's side and the staff's review) and the supplier profile;
 * returns the public supplier page's preview for the HTML shell.
 */
export async function registerSuppliersModule(
  app: FastifyInstance,
  deps: SuppliersModuleDeps,
): Promise<{ preview: PagePreviewProvider }> {
  const applications = createApplicationService(deps);
  const profiles = createProfileService(deps);
  const review = createReviewService(deps);
  await app.register(supplierRoutes(applications, profiles));
  await app.register(reviewRoutes(review));
  return { preview: supplierPreview(profiles) };
}
