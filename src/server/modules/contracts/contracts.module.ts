import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module-context.js';
import type { PdfService } from '../../platform/pdf/index.js';
import type { FilesService } from '../files/index.js';
import { createOrderTransitionService, type OrderTransitionListener } from '../orders/index.js';
import { contractView, createContractDocumentsService } from './contract-documents.service.js';
import { createSigningService } from './contract-signing.service.js';
import { contractRoutes } from './contracts.routes.js';
import { createContractService } from './contracts.service.js';

export interface ContractsModuleDeps extends ModuleContext {
  files: Pick<FilesService, 'ownFile' | 'content'>;
  pdf: PdfService;
  /** The same listeners the orders module runs (start_production fired here runs them too). */
  orderListeners: readonly OrderTransitionListener[];
}

/** "Invoice & Contract", the contract (guide 5.2): routes under /api/orders/:id/contract… */
export async function registerContractsModule(app: FastifyInstance, deps: ContractsModuleDeps): Promise<void> {
  // Inside a write the contract exists and the caller is a party: never null.
  const view = async (...args: Parameters<typeof contractView>) => (await contractView(...args))!;
  const orderTransitions = createOrderTransitionService({ ...deps, onTransition: deps.orderListeners });
  await app.register(
    contractRoutes({
      contracts: createContractService({ ...deps, view }),
      signing: createSigningService({ ...deps, orderTransitions, view }),
      documents: createContractDocumentsService(deps),
    }),
  );
}
