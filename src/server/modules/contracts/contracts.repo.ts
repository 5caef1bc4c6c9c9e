import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ContractState } from '../../../shared/state-machines/contract.js';
import type { Db } from '../../db/client.js';
import { files } from '../files/index.js';
import { orderLines, orders } from '../orders/index.js';
import { contracts, contractSignedCopies, contractVersions } from './contracts.tables.js';
import type { ContractSourceLine } from './contract-model.js';
import { oncePerDatabase } from '../../db/prepared.js';

type Reader = Pick<Db, 'select'>;
export type ContractRow = typeof contracts.$inferSelect;
export type ContractInsert = typeof contracts.$inferInsert;
export type ContractVersionRow = typeof contractVersions.$inferSelect;
export type ContractVersionInsert = typeof contractVersions.$inferInsert;
export type SignedCopyRow = typeof contractSignedCopies.$inferSelect;
export type FileRow = typeof files.$inferSelect;

/** The order's lines with the supplier's final prices, in position order (the contract's goods). */
export async function orderLinesForContract(db: Reader, orderId: string): Promise<ContractSourceLine[]> {
  return db
    .select({
      position: orderLines.position,
      quantity: orderLines.quantity,
      orderedUnitPrice: orderLines.orderedUnitPrice,
      finalUnitPrice: orderLines.finalUnitPrice,
      amount: orderLines.amount,
      snapshot: orderLines.snapshot,
    })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.position));
}

/** The order's one contract; undefined when there is already one (never a second). */
export async function insertContract(tx: Pick<Db, 'insert'>, values: ContractInsert): Promise<ContractRow | undefined> {
  const [row] = await tx
    .insert(contracts)
    .values(values)
    .onConflictDoNothing({ target: contracts.orderId })
    .returning();
  return row;
}

export async function insertContractVersion(tx: Pick<Db, 'insert'>, values: ContractVersionInsert): Promise<void> {
  await tx.insert(contractVersions).values(values);
}

export async function findContractByOrder(db: Reader, orderId: string): Promise<ContractRow | undefined> {
  const [row] = await db.select().from(contracts).where(eq(contracts.orderId, orderId));
  return row;
}

/** The contract, locked until the transaction ends: uploads of signed copies queue on it. */
export async function lockContractByOrder(tx: Reader, orderId: string): Promise<ContractRow | undefined> {
  const [row] = await tx.select().from(contracts).where(eq(contracts.orderId, orderId)).for('update');
  return row;
}

/**
 * The guarded change: only if the contract still has `version` (when given) and is in one of
 * `sources`; bumps the version. Undefined when it is not (nothing changed).
 */
export async function updateContractGuarded(
  tx: Pick<Db, 'update'>,
  id: string,
  guard: { version?: number; sources: readonly ContractState[] },
  changes: Partial<ContractInsert>,
): Promise<ContractRow | undefined> {
  const [row] = await tx
    .update(contracts)
    .set({ ...changes, version: sql`${contracts.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(contracts.id, id),
        guard.version === undefined ? undefined : eq(contracts.version, guard.version),
        inArray(contracts.status, [...guard.sources]),
      ),
    )
    .returning();
  return row;
}

export async function contractStateOf(
  db: Reader,
  id: string,
): Promise<{ status: string; version: number } | undefined> {
  const [row] = await db
    .select({ status: contracts.status, version: contracts.version })
    .from(contracts)
    .where(eq(contracts.id, id));
  return row;
}

/** Every version, latest first. */
export function listVersions(db: Reader, contractId: string): Promise<ContractVersionRow[]> {
  return db
    .select()
    .from(contractVersions)
    .where(eq(contractVersions.contractId, contractId))
    .orderBy(desc(contractVersions.versionNo));
}

export async function findVersion(
  db: Reader,
  contractId: string,
  versionNo: number,
): Promise<ContractVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(contractVersions)
    .where(and(eq(contractVersions.contractId, contractId), eq(contractVersions.versionNo, versionNo)));
  return row;
}

export async function markVersionConfirmed(
  tx: Pick<Db, 'update'>,
  contractId: string,
  versionNo: number,
  at: Date,
): Promise<void> {
  await tx
    .update(contractVersions)
    .set({ confirmedAt: at })
    .where(and(eq(contractVersions.contractId, contractId), eq(contractVersions.versionNo, versionNo)));
}

/** Records the PDF's hash the first time the version is rendered (later renders keep the first). */
export async function recordPdfSha256(db: Pick<Db, 'update'>, contractId: string, versionNo: number, sha: string) {
  await db
    .update(contractVersions)
    .set({ pdfSha256: sha })
    .where(
      and(
        eq(contractVersions.contractId, contractId),
        eq(contractVersions.versionNo, versionNo),
        sql`${contractVersions.pdfSha256} is null`,
      ),
    );
}

/** Whether any version other than `versionNo` produced a PDF with this SHA-256. */
export async function isOtherVersionPdf(db: Reader, contractId: string, versionNo: number, sha: string) {
  const [row] = await db
    .select({ versionNo: contractVersions.versionNo })
    .from(contractVersions)
    .where(
      and(
        eq(contractVersions.contractId, contractId),
        eq(contractVersions.pdfSha256, sha),
        sql`${contractVersions.versionNo} <> ${versionNo}`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertSignedCopy(
  tx: Pick<Db, 'insert'>,
  values: typeof contractSignedCopies.$inferInsert,
): Promise<SignedCopyRow> {
  const [row] = await tx.insert(contractSignedCopies).values(values).returning();
  return row!;
}

export interface SignedCopyWithFile {
  copy: SignedCopyRow;
  fileName: string;
  contentType: string;
}

/** The signed copies with their files' names and types, latest first. */
export async function listSignedCopies(db: Reader, contractId: string): Promise<SignedCopyWithFile[]> {
  return db
    .select({ copy: contractSignedCopies, fileName: files.originalName, contentType: files.contentType })
    .from(contractSignedCopies)
    .innerJoin(files, eq(files.id, contractSignedCopies.fileId))
    .where(eq(contractSignedCopies.contractId, contractId))
    .orderBy(desc(contractSignedCopies.createdAt), desc(contractSignedCopies.id));
}

/** One signed copy of the contract with its file row (for the download). */
export async function findSignedCopyFile(
  db: Reader,
  contractId: string,
  copyId: string,
): Promise<{ copy: SignedCopyRow; file: FileRow } | undefined> {
  const [row] = await db
    .select({ copy: contractSignedCopies, file: files })
    .from(contractSignedCopies)
    .innerJoin(files, eq(files.id, contractSignedCopies.fileId))
    .where(and(eq(contractSignedCopies.contractId, contractId), eq(contractSignedCopies.id, copyId)));
  return row;
}

/** Which parties have a copy of `versionNo` in (read after the contract's lock: sees every earlier upload). */
export async function partiesSigned(db: Reader, contractId: string, versionNo: number): Promise<Set<string>> {
  const rows = await db
    .select({ party: contractSignedCopies.party })
    .from(contractSignedCopies)
    .where(and(eq(contractSignedCopies.contractId, contractId), eq(contractSignedCopies.versionNo, versionNo)));
  return new Set(rows.map((r) => r.party));
}

export interface DownloadableVersion {
  order: { number: string; buyerUserId: string; supplierId: string };
  contract: { id: string; number: string } | null;
  version: Pick<ContractVersionRow, 'contentSha256' | 'pdfSha256' | 'confirmedAt'> | null;
}

/**
 * A version's download in one statement (the hot path of "download the contract"): the order's
 * parties (who may read it), the contract and the version, by primary and unique keys.
 */
function buildDownloadableVersion(db: Db) {
  return db
    .select({
      number: orders.number,
      buyerUserId: orders.buyerUserId,
      supplierId: orders.supplierId,
      contractId: contracts.id,
      contractNumber: contracts.number,
      contentSha256: contractVersions.contentSha256,
      pdfSha256: contractVersions.pdfSha256,
      confirmedAt: contractVersions.confirmedAt,
      versionNo: contractVersions.versionNo,
    })
    .from(orders)
    .leftJoin(contracts, eq(contracts.orderId, orders.id))
    .leftJoin(
      contractVersions,
      and(eq(contractVersions.contractId, contracts.id), eq(contractVersions.versionNo, sql.placeholder('versionNo'))),
    )
    .where(eq(orders.id, sql.placeholder('orderId')))
    .prepare('contract_version_download');
}
/** Prepared once per database: the statement every contract download runs. */
const downloadableVersion = oncePerDatabase(buildDownloadableVersion);

export async function findDownloadableVersion(
  db: Db,
  orderId: string,
  versionNo: number,
): Promise<DownloadableVersion | undefined> {
  const [row] = await downloadableVersion(db).execute({ orderId, versionNo });
  if (!row) return undefined;
  return {
    order: { number: row.number, buyerUserId: row.buyerUserId, supplierId: row.supplierId },
    contract: row.contractId && row.contractNumber ? { id: row.contractId, number: row.contractNumber } : null,
    version:
      row.versionNo === null || row.contentSha256 === null
        ? null
        : { contentSha256: row.contentSha256, pdfSha256: row.pdfSha256, confirmedAt: row.confirmedAt },
  };
}

/** The document model a version's PDF is made from (read only when no rendered copy is at hand). */
export async function versionModel(db: Reader, contractId: string, versionNo: number): Promise<unknown> {
  const [row] = await db
    .select({ model: contractVersions.model })
    .from(contractVersions)
    .where(and(eq(contractVersions.contractId, contractId), eq(contractVersions.versionNo, versionNo)));
  return row?.model;
}
