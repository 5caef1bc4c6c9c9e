import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module-context.js';
import { createAddressService, createInvoiceProfileService } from './address-book.service.js';
import { createBuyerProfileService } from './buyer-profile.service.js';
import { buyerRoutes } from './buyers.routes.js';

export type BuyersModuleDeps = Pick<ModuleContext, 'db' | 'clock'> & {
  /** Run in the transaction that saves "Buyer information" (app.ts: the conversations' search). */
  buyerNamesSaved?: (tx: Pick<ModuleContext['db'], 'execute'>, userId: string) => Promise<void>;
};

/** Registers "Buyer information", the address book and the invoice profiles. */
export async function registerBuyersModule(app: FastifyInstance, deps: BuyersModuleDeps): Promise<void> {
  await app.register(
    buyerRoutes(
      createBuyerProfileService({ ...deps, namesSaved: deps.buyerNamesSaved }),
      createAddressService(deps),
      createInvoiceProfileService(deps),
    ),
  );
}
