/**
 * Every table of the platform, assembled where the app is composed: drizzle-kit reads it
 * (drizzle.config.ts) to generate migrations. The database layer (db/) imports no module;
 * each module owns its *.tables.ts and platform its own few.
 */
export * from './platform/audit.tables.js';
export * from './platform/rate-limit.tables.js';
export * from './platform/mail/mail.tables.js';
export * from './platform/jobs.tables.js';
export * from './platform/pdf/pdf.tables.js';
export * from './modules/accounts/accounts.tables.js';
export * from './modules/accounts/staff.tables.js';
export * from './modules/files/files.tables.js';
export * from './modules/suppliers/suppliers.tables.js';
export * from './modules/brands/brands.tables.js';
export * from './modules/catalog/catalog.tables.js';
export * from './modules/buyers/buyers.tables.js';
export * from './modules/orders/orders.tables.js';
export * from './modules/contracts/contracts.tables.js';
export * from './modules/invoices/invoices.tables.js';
export * from './modules/messages/messages.tables.js';
