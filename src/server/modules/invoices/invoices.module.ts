import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module-context.js';
import type { PdfService } from '../../platform/pdf/index.js';
import type { FilesService } from '../files/index.js';

export interface InvoicesModuleDeps extends ModuleContext {
  files: FilesService;
  pdf: PdfService;
}

/** "Invoice & Contract", the invoices (guide 5.3): routes under /api/orders/:id/invoices, …/export-invoice… */
export async function registerInvoicesModule(app: FastifyInstance, deps: InvoicesModuleDeps): Promise<void> {
  void app;
  void deps;
}
