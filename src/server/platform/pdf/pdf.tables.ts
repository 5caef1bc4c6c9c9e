import { customType, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// node-postgres answers a Buffer, PGlite a Uint8Array.
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Generated PDFs, once per document content (docs/decisions/0011-contracts-and-invoices.md): the key
 * is the SHA-256 of the document model (with the renderer's version), so a version is rendered
 * once across instances and a download is a lookup. Derived data: it can be dropped and rebuilt.
 */
export const documentRenders = pgTable('document_renders', {
  contentSha256: text('content_sha256').primaryKey(),
  /** contract | commercial_invoice | packing_list | proforma_invoice */
  kind: text('kind').notNull(),
  pdf: bytea('pdf').notNull(),
  pdfSha256: text('pdf_sha256').notNull(),
  bytes: integer('bytes').notNull(),
  pages: integer('pages').notNull(),
  renderMs: integer('render_ms').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
