/** The invoices module's public surface. */
export { registerInvoicesModule, type InvoicesModuleDeps } from './invoices.module.js';
export { domesticInvoices, exportInvoices, exportInvoiceVersions } from './invoices.tables.js';
export { invoiceSectionFor, type InvoiceSection } from './invoice-section.js';
/** The orders module runs it inside `accept`: the draft commercial invoice of an export order. */
export { exportInvoiceOnOrderTransition } from './export-invoice.service.js';
