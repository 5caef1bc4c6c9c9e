/** The invoices module's public surface. */
export { registerInvoicesModule, type InvoicesModuleDeps } from './invoices.module.js';
export { domesticInvoices, exportInvoices, exportInvoiceVersions } from './invoices.tables.js';
