import { and, desc, eq, sql } from 'drizzle-orm';
import type { ExportInvoiceFields } from '../../../shared/schemas/documents.js';
import type { Db } from '../../db/client.js';
import type { CommercialInvoiceModel } from '../../platform/pdf/index.js';
import { files } from '../files/index.js';
import { domesticInvoices, exportInvoices, exportInvoiceVersions } from './invoices.tables.js';

type Reader = Pick<Db, 'select'>;
export type DomesticInvoiceRow = typeof domesticInvoices.$inferSelect;
export type DomesticInvoiceInsert = typeof domesticInvoices.$inferInsert;
export type ExportInvoiceRow = typeof exportInvoices.$inferSelect;
export type ExportInvoiceVersionRow = typeof exportInvoiceVersions.$inferSelect;

// ---- Domestic invoices ----------------------------------------------------------------------

export type DomesticInvoiceWithFile = DomesticInvoiceRow & { fileName: string };

/** An order's recorded invoices with their files' names, latest first. */
export async function listDomesticInvoices(db: Reader, orderId: string): Promise<DomesticInvoiceWithFile[]> {
  const rows = await db
    .select({ invoice: domesticInvoices, fileName: files.originalName })
    .from(domesticInvoices)
    .innerJoin(files, eq(files.id, domesticInvoices.fileId))
    .where(eq(domesticInvoices.orderId, orderId))
    .orderBy(desc(domesticInvoices.createdAt), desc(domesticInvoices.id));
  return rows.map((r) => ({ ...r.invoice, fileName: r.fileName }));
}

/** The invoices' totals (amounts including tax) recorded so far. */
export async function domesticInvoiceTotals(db: Reader, orderId: string): Promise<string[]> {
  const rows = await db
    .select({ total: domesticInvoices.totalAmount })
    .from(domesticInvoices)
    .where(eq(domesticInvoices.orderId, orderId));
  return rows.map((r) => r.total);
}

export async function findDomesticInvoice(
  db: Reader,
  orderId: string,
  invoiceId: string,
): Promise<DomesticInvoiceRow | undefined> {
  const [row] = await db
    .select()
    .from(domesticInvoices)
    .where(and(eq(domesticInvoices.orderId, orderId), eq(domesticInvoices.id, invoiceId)));
  return row;
}

export async function domesticInvoiceNumberTaken(db: Reader, orderId: string, invoiceNumber: string): Promise<boolean> {
  const [row] = await db
    .select({ id: domesticInvoices.id })
    .from(domesticInvoices)
    .where(and(eq(domesticInvoices.orderId, orderId), eq(domesticInvoices.invoiceNumber, invoiceNumber)));
  return row !== undefined;
}

export async function insertDomesticInvoice(
  tx: Pick<Db, 'insert'>,
  values: DomesticInvoiceInsert,
): Promise<DomesticInvoiceRow> {
  const [row] = await tx.insert(domesticInvoices).values(values).returning();
  return row!;
}

// ---- Export invoice (commercial invoice and packing list) -------------------------------------

export async function findExportInvoice(db: Reader, orderId: string): Promise<ExportInvoiceRow | undefined> {
  const [row] = await db.select().from(exportInvoices).where(eq(exportInvoices.orderId, orderId));
  return row;
}

/** Creates the invoice with its first version; false when the order already has one (nothing written). */
export async function insertExportInvoiceDraft(
  tx: Pick<Db, 'insert'>,
  values: {
    orderId: string;
    number: string;
    fields: ExportInvoiceFields;
    model: CommercialInvoiceModel;
    contentSha256: string;
    now: Date;
  },
): Promise<boolean> {
  const created = await tx
    .insert(exportInvoices)
    .values({ orderId: values.orderId, number: values.number, createdAt: values.now, updatedAt: values.now })
    .onConflictDoNothing({ target: exportInvoices.orderId })
    .returning({ orderId: exportInvoices.orderId });
  if (created.length === 0) return false;
  await tx.insert(exportInvoiceVersions).values({
    orderId: values.orderId,
    versionNo: 1,
    fields: values.fields,
    model: values.model,
    contentSha256: values.contentSha256,
    createdBy: null,
    createdAt: values.now,
  });
  return true;
}

/** What the section shows of a version (not its model, which only the PDF needs). */
export type ExportInvoiceVersionSummary = Pick<
  ExportInvoiceVersionRow,
  'versionNo' | 'fields' | 'contentSha256' | 'createdAt' | 'confirmedAt'
>;

/** Versions, latest first. */
export function listExportInvoiceVersions(db: Reader, orderId: string): Promise<ExportInvoiceVersionSummary[]> {
  return db
    .select({
      versionNo: exportInvoiceVersions.versionNo,
      fields: exportInvoiceVersions.fields,
      contentSha256: exportInvoiceVersions.contentSha256,
      createdAt: exportInvoiceVersions.createdAt,
      confirmedAt: exportInvoiceVersions.confirmedAt,
    })
    .from(exportInvoiceVersions)
    .where(eq(exportInvoiceVersions.orderId, orderId))
    .orderBy(desc(exportInvoiceVersions.versionNo));
}

export async function findExportInvoiceVersion(
  db: Reader,
  orderId: string,
  versionNo: number,
): Promise<ExportInvoiceVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(exportInvoiceVersions)
    .where(and(eq(exportInvoiceVersions.orderId, orderId), eq(exportInvoiceVersions.versionNo, versionNo)));
  return row;
}

export async function insertExportInvoiceVersion(
  tx: Pick<Db, 'insert'>,
  values: typeof exportInvoiceVersions.$inferInsert,
): Promise<void> {
  await tx.insert(exportInvoiceVersions).values(values);
}

/**
 * The guarded update: changes the invoice only if it still has `version` (and, when given, one of
 * `statuses`); undefined when it does not (nothing changed).
 */
export async function updateExportInvoiceGuarded(
  tx: Pick<Db, 'update'>,
  orderId: string,
  version: number,
  changes: Partial<Pick<ExportInvoiceRow, 'status' | 'currentVersionNo' | 'confirmedVersionNo' | 'updatedAt'>>,
  status?: string,
): Promise<ExportInvoiceRow | undefined> {
  const [row] = await tx
    .update(exportInvoices)
    .set({ ...changes, version: sql`${exportInvoices.version} + 1` })
    .where(
      and(
        eq(exportInvoices.orderId, orderId),
        eq(exportInvoices.version, version),
        status ? eq(exportInvoices.status, status) : undefined,
      ),
    )
    .returning();
  return row;
}

export async function markExportInvoiceVersionConfirmed(
  tx: Pick<Db, 'update'>,
  orderId: string,
  versionNo: number,
  model: CommercialInvoiceModel,
  contentSha256: string,
  now: Date,
): Promise<void> {
  await tx
    .update(exportInvoiceVersions)
    .set({ confirmedAt: now, model, contentSha256 })
    .where(and(eq(exportInvoiceVersions.orderId, orderId), eq(exportInvoiceVersions.versionNo, versionNo)));
}
