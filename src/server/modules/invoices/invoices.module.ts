import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module-context.js';
import type { PdfService } from '../../platform/pdf/index.js';
import type { FilesService } from '../files/index.js';
import { createDomesticInvoiceService } from './domestic-invoice.service.js';
import { createExportInvoiceService } from './export-invoice.service.js';
import { createInvoiceDownloadService } from './invoice-downloads.service.js';
import { invoicesRoutes } from './invoices.routes.js';

export interface InvoicesModuleDeps extends ModuleContext {
  files: FilesService;
  pdf: PdfService;
}

/** "Invoice & Contract", the invoices (guide 5.3): routes under /api/orders/:id/invoices, …/export-invoice… */
export async function registerInvoicesModule(app: FastifyInstance, deps: InvoicesModuleDeps): Promise<void> {
  await app.register(
    invoicesRoutes({
      domestic: createDomesticInvoiceService(deps),
      exports: createExportInvoiceService(deps),
      downloads: createInvoiceDownloadService(deps),
    }),
  );
}
