import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module-context.js';
import { createAddressService, createInvoiceProfileService } from './address-book.service.js';
import { createBuyerProfileService } from './buyer-profile.service.js';
import { buyerRoutes } from './buyers.routes.js';

export type BuyersModuleDeps = Pick<ModuleContext, 'db' | 'clock'>;

/** Registers "Buyer information", the address book and the invoice profiles. */
export async function registerBuyersModule(app: FastifyInstance, deps: BuyersModuleDeps): Promise<void> {
  await app.register(
    buyerRoutes(createBuyerProfileService(deps), createAddressService(deps), createInvoiceProfileService(deps)),
  );
}
