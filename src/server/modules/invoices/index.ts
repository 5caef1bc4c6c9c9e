/** The invoices module's public surface. */
export { registerInvoicesModule, type InvoicesModuleDeps } from './invoices.module.js';
export { domesticInvoices, exportInvoices, exportInvoiceVersions } from './invoices.tables.js';
export { invoiceSectionFor, type InvoiceSection } from './invoice-section.js';
