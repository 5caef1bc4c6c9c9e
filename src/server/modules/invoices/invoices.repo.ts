import { and, desc, eq, sql } from 'drizzle-orm';
import type { ExportInvoiceFields } from '../../../shared/schemas/documents.js';
import type { Db } from '../../db/client.js';
import type { CommercialInvoiceModel } from '../../platform/pdf/index.js';
import { files } from '../files/index.js';
import { orders } from '../orders/index.js';
import { domesticInvoices, exportInvoices, exportInvoiceVersions } from './invoices.tables.js';
import { oncePerDatabase } from '../../db/prepared.js';

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

/** The model a version's PDFs are made from (read only when no rendered copy is at hand). */
export async function exportInvoiceVersionModel(
  db: Reader,
  orderId: string,
  versionNo: number,
): Promise<CommercialInvoiceModel | undefined> {
  const [row] = await db
    .select({ model: exportInvoiceVersions.model })
    .from(exportInvoiceVersions)
    .where(and(eq(exportInvoiceVersions.orderId, orderId), eq(exportInvoiceVersions.versionNo, versionNo)));
  return row?.model as CommercialInvoiceModel | undefined;
}

export interface DownloadableInvoiceVersion {
  order: { number: string; buyerUserId: string; supplierId: string };
  invoice: { number: string } | null;
  version: Pick<ExportInvoiceVersionRow, 'contentSha256' | 'confirmedAt'> | null;
}

/**
 * A commercial invoice's or packing list's download in one statement (as the contract's): the
 * order's parties (who may read it), the invoice's number and the version's content hash — not
 * its model — by primary keys.
 */
function buildDownloadableInvoiceVersion(db: Db) {
  return db
    .select({
      number: orders.number,
      buyerUserId: orders.buyerUserId,
      supplierId: orders.supplierId,
      invoiceNumber: exportInvoices.number,
      versionNo: exportInvoiceVersions.versionNo,
      contentSha256: exportInvoiceVersions.contentSha256,
      confirmedAt: exportInvoiceVersions.confirmedAt,
    })
    .from(orders)
    .leftJoin(exportInvoices, eq(exportInvoices.orderId, orders.id))
    .leftJoin(
      exportInvoiceVersions,
      and(
        eq(exportInvoiceVersions.orderId, exportInvoices.orderId),
        eq(exportInvoiceVersions.versionNo, sql.placeholder('versionNo')),
      ),
    )
    .where(eq(orders.id, sql.placeholder('orderId')))
    .prepare('export_invoice_version_download');
}
/** Prepared once per database: the statement every commercial invoice and packing list download runs. */
const downloadableInvoiceVersion = oncePerDatabase(buildDownloadableInvoiceVersion);

export async function findDownloadableInvoiceVersion(
  db: Db,
  orderId: string,
  versionNo: number,
): Promise<DownloadableInvoiceVersion | undefined> {
  const [row] = await downloadableInvoiceVersion(db).execute({ orderId, versionNo });
  if (!row) return undefined;
  return {
    order: { number: row.number, buyerUserId: row.buyerUserId, supplierId: row.supplierId },
    invoice: row.invoiceNumber === null ? null : { number: row.invoiceNumber },
    version:
      row.versionNo === null || row.contentSha256 === null
        ? null
        : { contentSha256: row.contentSha256, confirmedAt: row.confirmedAt },
  };
}

/** What a proforma download needs of the order before its document: who may read it and its state. */
export interface ProformaHead {
  number: string;
  buyerUserId: string;
  supplierId: string;
  status: string;
  tradeType: string;
  version: number;
  confirmedAt: Date | null;
}

function buildProformaHead(db: Db) {
  return db
    .select({
      number: orders.number,
      buyerUserId: orders.buyerUserId,
      supplierId: orders.supplierId,
      status: orders.status,
      tradeType: orders.tradeType,
      version: orders.version,
      confirmedAt: orders.confirmedAt,
    })
    .from(orders)
    .where(eq(orders.id, sql.placeholder('orderId')))
    .prepare('proforma_download');
}
const proformaHead = oncePerDatabase(buildProformaHead);

/** The narrow row of a proforma download (the full order, with its snapshots, only to build one). */
export async function findProformaHead(db: Db, orderId: string): Promise<ProformaHead | undefined> {
  const [row] = await proformaHead(db).execute({ orderId });
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
