import type { FastifyInstance } from 'fastify';
import type { ScheduledJob } from '../../platform/jobs.js';
import type { ModuleContext } from '../../platform/module-context.js';
import type { FilesService } from '../files/index.js';
import { adminOrderRoutes } from './admin-orders.routes.js';
import { orderOfferExpiryJob } from './order-expiry.job.js';
import { buyerOrderRoutes } from './orders.routes.js';
import type { OrderTransitionListener } from './order-transition.service.js';
import { createOrdersServices } from './orders.services.js';
import { supplierOrderRoutes } from './supplier-orders.routes.js';

export interface OrdersModuleDeps extends ModuleContext {
  files: Pick<FilesService, 'ownFile'>;
  /** Other modules' parts of a transition, run inside its transaction (the contract at `accept`). */
  onTransition?: readonly OrderTransitionListener[];
}

/** Registers the buyer, supplier and staff order routes; returns the daily offer-expiry job. */
export async function registerOrdersModule(app: FastifyInstance, deps: OrdersModuleDeps): Promise<ScheduledJob[]> {
  const services = createOrdersServices(deps);
  await app.register(buyerOrderRoutes(services));
  await app.register(supplierOrderRoutes(services));
  await app.register(adminOrderRoutes(services));
  return [orderOfferExpiryJob({ db: deps.db, transitions: services.transitions })];
}
