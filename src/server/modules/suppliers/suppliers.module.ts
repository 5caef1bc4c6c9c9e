import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { CurrentUser } from '../../../shared/schemas/accounts.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import type { FilesService } from '../files/index.js';
import { createApplicationService } from './application.service.js';
import { createProfileService } from './profile.service.js';
import { reviewRoutes } from './review.routes.js';
import { createReviewService } from './review.service.js';
import { supplierRoutes } from './suppliers.routes.js';
import { supplierApplications } from './suppliers.tables.js';

/** The personal center's "Supplier Authentication" status: the application's state, or none. */
export async function supplierStatusOf(db: Pick<Db, 'select'>, userId: string): Promise<CurrentUser['supplierStatus']> {
  const [row] = await db
    .select({ status: supplierApplications.status })
    .from(supplierApplications)
    .where(eq(supplierApplications.userId, userId));
  return (row?.status as CurrentUser['supplierStatus'] | undefined) ?? 'none';
}

export interface SuppliersModuleDeps {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  files: FilesService;
  publicUrl: string;
  holidays: ReadonlySet<string>;
  extraWorkdays: ReadonlySet<string>;
}

export async function registerSuppliersModule(app: FastifyInstance, deps: SuppliersModuleDeps): Promise<void> {
  const applications = createApplicationService(deps);
  const profiles = createProfileService(deps);
  const review = createReviewService(deps);
  await app.register(supplierRoutes(applications, profiles));
  await app.register(reviewRoutes(review));
}
