import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module-context.js';
import type { PdfService } from '../../platform/pdf/index.js';
import type { FilesService } from '../files/index.js';

export interface ContractsModuleDeps extends ModuleContext {
  files: FilesService;
  pdf: PdfService;
}

/** "Invoice & Contract", the contract (guide 5.2): routes under /api/orders/:id/contract… */
export async function registerContractsModule(app: FastifyInstance, deps: ContractsModuleDeps): Promise<void> {
  void app;
  void deps;
}
