/**
 * The contract of an order for tests (issue 13, guide 5.2): read it, fire its events, upload
 * signed copies and drive it to signed — through the real routes, as the parties would.
 */
import type { LightMyRequestResponse } from 'fastify';
import type { Db } from '../db/client.js';
import { buildContractModel } from '../modules/contracts/contract-model.js';
import { orderLinesForContract } from '../modules/contracts/contracts.repo.js';
import { contracts, contractSignedCopies, contractVersions } from '../modules/contracts/contracts.tables.js';
import { orders } from '../modules/orders/orders.tables.js';
import { contentSha256 } from '../platform/pdf/index.js';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Contract, ContractEventRequest, OrderDocuments } from '../../shared/schemas/documents.js';
import type { CatalogTestApp } from './catalog-fixtures.js';
import { call, upload, type TestUser } from './supplier-fixtures.js';
import { pdf } from './upload-corpus.js';

export const documentsUrl = (orderId: string) => `/api/orders/${orderId}/documents`;
export const contractUrl = (orderId: string) => `/api/orders/${orderId}/contract`;

/** Each contract action moves the fake clock a second on, so the order's timeline keeps their order. */
const tick = (t: CatalogTestApp) => t.clock.advance(1000);

export async function documentsOf(t: CatalogTestApp, user: TestUser, orderId: string): Promise<OrderDocuments> {
  const res = await call(t.app, 'GET', documentsUrl(orderId), { cookie: user.cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<OrderDocuments>();
}

/** The contract as `user` sees it (it must exist). */
export async function contractOf(t: CatalogTestApp, user: TestUser, orderId: string): Promise<Contract> {
  const contract = (await documentsOf(t, user, orderId)).contract;
  expect(contract).not.toBeNull();
  return contract!;
}

export function contractEventRequest(t: CatalogTestApp, user: TestUser, orderId: string, body: ContractEventRequest) {
  tick(t);
  return call(t.app, 'POST', `${contractUrl(orderId)}/events`, { cookie: user.cookie, payload: body });
}

export function contractSaveRequest(t: CatalogTestApp, user: TestUser, orderId: string, body: object) {
  tick(t);
  return call(t.app, 'PUT', contractUrl(orderId), { cookie: user.cookie, payload: body });
}

export function contractFrom(res: LightMyRequestResponse, status = 200): Contract {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<{ contract: Contract }>().contract;
}

/** A signed scan (a small PDF, different for each call) uploaded by `user` with the contract's purpose. */
export async function signedScan(t: CatalogTestApp, user: TestUser, label = 'signed'): Promise<string> {
  const file = await upload(
    t.app,
    user.cookie,
    'contract_signed_copy',
    'signed.pdf',
    pdf({ text: `${label} ${Math.random()}` }),
  );
  return file.id;
}

export function signedCopyRequest(
  t: CatalogTestApp,
  user: TestUser,
  orderId: string,
  versionNo: number,
  fileId: string,
) {
  tick(t);
  return call(t.app, 'POST', `${contractUrl(orderId)}/signed-copies`, {
    cookie: user.cookie,
    payload: { versionNo, fileId },
  });
}

/**
 * From `drafting` (as generated at the buyer's acceptance) to `signed`: the supplier confirms, the
 * buyer accepts, both upload a signed copy of the confirmed version — the order then is in production.
 */
export async function signContract(
  t: CatalogTestApp,
  parties: { buyer: TestUser; supplier: TestUser },
  orderId: string,
): Promise<Contract> {
  const drafted = await contractOf(t, parties.supplier, orderId);
  const confirmed = contractFrom(
    await contractEventRequest(t, parties.supplier, orderId, { event: 'confirm', version: drafted.version }),
  );
  const agreed = contractFrom(
    await contractEventRequest(t, parties.buyer, orderId, { event: 'accept', version: confirmed.version }),
  );
  const versionNo = agreed.confirmedVersionNo!;
  for (const user of [parties.supplier, parties.buyer]) {
    contractFrom(await signedCopyRequest(t, user, orderId, versionNo, await signedScan(t, user)), 201);
  }
  const signed = await contractOf(t, parties.supplier, orderId);
  expect(signed.status).toBe('signed');
  return signed;
}

/**
 * A contract written directly for an order row (the authorization matrix's world): `confirmed`
 * with version 1, and the supplier's signed copy of it (any private file of the supplier's).
 */
export async function insertConfirmedContract(
  db: Db,
  orderId: string,
  supplier: { supplierUserId: string; fileId: string },
): Promise<{ versionNo: number; signedCopyId: string }> {
  const now = new Date();
  const clauses = {
    signingPlace: 'Ningbo',
    packaging: 'Export cartons',
    inspectionBody: 'CCIC',
    claimPeriodDays: 30,
    warrantyMonths: 12,
    tolerancePercent: 0,
    partialShipments: false,
    transhipment: true,
    arbitrationBody: 'cietac_beijing',
    governingLaw: 'prc_cisg',
  } as const;
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  const model = buildContractModel(order!, await orderLinesForContract(db, orderId), clauses, {
    versionNo: 1,
    date: now.toISOString().slice(0, 10),
  });
  const [contract] = await db
    .insert(contracts)
    .values({ orderId, number: model.contractNumber, status: 'confirmed', confirmedVersionNo: 1 })
    .returning({ id: contracts.id });
  await db.insert(contractVersions).values({
    contractId: contract!.id,
    versionNo: 1,
    templateId: model.templateId,
    templateVersion: model.templateVersion,
    clauses,
    model,
    contentSha256: contentSha256(model),
    confirmedAt: now,
  });
  const [copy] = await db
    .insert(contractSignedCopies)
    .values({
      contractId: contract!.id,
      party: 'supplier',
      versionNo: 1,
      fileId: supplier.fileId,
      sha256: '1'.repeat(64),
      uploadedBy: supplier.supplierUserId,
    })
    .returning({ id: contractSignedCopies.id });
  return { versionNo: 1, signedCopyId: copy!.id };
}
