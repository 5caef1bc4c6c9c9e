/** Every table of the platform, for the Drizzle client and drizzle-kit. Each module owns its *.tables.ts. */
export * from '../platform/audit.tables.js';
