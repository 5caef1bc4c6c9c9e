/** Every table of the platform, for the Drizzle client and drizzle-kit. Each module owns its *.tables.ts. */
export * from '../platform/audit.tables.js';
export * from '../platform/rate-limit.tables.js';
export * from '../platform/mail/mail.tables.js';
export * from '../modules/accounts/accounts.tables.js';
export * from '../modules/files/files.tables.js';
export * from '../modules/suppliers/suppliers.tables.js';
export * from '../platform/jobs.tables.js';
export * from '../modules/brands/brands.tables.js';
export * from '../modules/catalog/catalog.tables.js';
