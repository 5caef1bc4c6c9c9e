/**
 * Signed copies (guide 5.2: "sign, seal and upload the contract"): only of the confirmed version,
 * each party its own file, the buyer once it accepted; both copies in → the contract is signed and
 * the order goes into production, exactly once even when the two uploads race. Runs on PostgreSQL
 * too (DATABASE_URL): PGlite serialises transactions and would hide a race.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contract } from '../../../shared/schemas/documents.js';
import { errorOf } from '../../test/accounts-fixtures.js';
import { makeBuyer } from '../../test/buyer-fixtures.js';
import {
  contractEventRequest,
  contractFrom,
  contractOf,
  contractSaveRequest,
  contractUrl,
  signedCopyRequest,
  signedScan,
} from '../../test/contract-fixtures.js';
import { createOrdersWorld, orderIn, type OrdersWorld } from '../../test/order-fixtures.js';
import { call, upload } from '../../test/supplier-fixtures.js';
import { pdf } from '../../test/upload-corpus.js';
import { mailOutbox } from '../../platform/mail/mail.tables.js';
import { orderEvents, orders } from '../orders/index.js';
import { contracts, contractVersions } from './contracts.tables.js';

let w: OrdersWorld;
beforeAll(async () => {
  w = await createOrdersWorld();
});
afterAll(async () => w?.t.close());
const db = () => w.t.database.db;

/** An accepted order whose contract the supplier confirmed (version 1). */
async function confirmedContract(): Promise<{ orderId: string; contract: Contract }> {
  const order = await orderIn(w, 'contract_signing');
  const drafted = await contractOf(w.t, w.supplier, order.id);
  const contract = contractFrom(
    await contractEventRequest(w.t, w.supplier, order.id, { event: 'confirm', version: drafted.version }),
  );
  return { orderId: order.id, contract };
}

async function agreedContract() {
  const { orderId, contract } = await confirmedContract();
  const agreed = contractFrom(
    await contractEventRequest(w.t, w.buyer, orderId, { event: 'accept', version: contract.version }),
  );
  return { orderId, contract: agreed };
}

async function orderRow(id: string) {
  const [row] = await db().select().from(orders).where(eq(orders.id, id));
  return row!;
}

const startEvents = async (orderId: string) =>
  db()
    .select()
    .from(orderEvents)
    .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.kind, 'start_production')));

describe('who may upload what, when', () => {
  it('nothing while drafting; the supplier from confirmed, the buyer only once it accepted', async () => {
    const order = await orderIn(w, 'contract_signing');
    const drafting = await signedCopyRequest(w.t, w.supplier, order.id, 1, await signedScan(w.t, w.supplier));
    expect(drafting.statusCode).toBe(409);
    expect(errorOf(drafting).code).toBe('CONTRACT_STATE_CONFLICT');

    const { orderId, contract } = await confirmedContract();
    const early = await signedCopyRequest(w.t, w.buyer, orderId, 1, await signedScan(w.t, w.buyer));
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).code).toBe('CONTRACT_STATE_CONFLICT');
    const mine = contractFrom(
      await signedCopyRequest(w.t, w.supplier, orderId, 1, await signedScan(w.t, w.supplier)),
      201,
    );
    expect(mine.signedCopies).toEqual([
      expect.objectContaining({ party: 'supplier', versionNo: 1, outdated: false, contentType: 'application/pdf' }),
    ]);
    expect(mine.status).toBe(contract.status);
  });

  it('the version must be the confirmed one (409 CONTRACT_VERSION_OUTDATED)', async () => {
    const { orderId } = await confirmedContract();
    for (const versionNo of [2, 7]) {
      const res = await signedCopyRequest(w.t, w.supplier, orderId, versionNo, await signedScan(w.t, w.supplier));
      expect(res.statusCode).toBe(409);
      expect(errorOf(res).code).toBe('CONTRACT_VERSION_OUTDATED');
    }
  });

  it('the file must be the caller’s own upload of purpose contract_signed_copy; its SHA-256 is stored', async () => {
    const { orderId } = await confirmedContract();
    const proof = await upload(w.t.app, w.supplier.cookie, 'payment_proof', 'slip.pdf');
    const wrongPurpose = await signedCopyRequest(w.t, w.supplier, orderId, 1, proof.id);
    expect(wrongPurpose.statusCode).toBe(400);
    expect(errorOf(wrongPurpose).details).toEqual([{ path: 'fileId', code: 'file_wrong_purpose' }]);
    const buyersFile = await signedScan(w.t, w.buyer);
    const foreign = await signedCopyRequest(w.t, w.supplier, orderId, 1, buyersFile);
    expect(foreign.statusCode).toBe(404);

    const scan = pdf({ text: 'signed and sealed by the seller' });
    const file = await upload(w.t.app, w.supplier.cookie, 'contract_signed_copy', 'scan.pdf', scan);
    const done = contractFrom(await signedCopyRequest(w.t, w.supplier, orderId, 1, file.id), 201);
    const { createHash } = await import('node:crypto');
    expect(done.signedCopies[0]!.sha256).toBe(createHash('sha256').update(scan).digest('hex'));
  });

  it('a file identical to another version’s generated PDF is refused as outdated', async () => {
    const order = await orderIn(w, 'contract_signing');
    const v1 = await contractOf(w.t, w.supplier, order.id);
    const v2 = contractFrom(
      await contractSaveRequest(w.t, w.supplier, order.id, {
        version: v1.version,
        clauses: { ...v1.versions[0]!.clauses, warrantyMonths: 6 },
      }),
    );
    const confirmed = contractFrom(
      await contractEventRequest(w.t, w.supplier, order.id, { event: 'confirm', version: v2.version }),
    );
    // Version 1's PDF as the supplier downloaded it earlier, uploaded as the "signed" copy of version 2.
    const oldPdf = pdf({ text: 'version 1 as generated' });
    const file = await upload(w.t.app, w.supplier.cookie, 'contract_signed_copy', 'v1.pdf', oldPdf);
    const { createHash } = await import('node:crypto');
    const [contract] = await db().select().from(contracts).where(eq(contracts.orderId, order.id));
    await db()
      .update(contractVersions)
      .set({ pdfSha256: createHash('sha256').update(oldPdf).digest('hex') })
      .where(and(eq(contractVersions.contractId, contract!.id), eq(contractVersions.versionNo, 1)));
    const res = await signedCopyRequest(w.t, w.supplier, order.id, confirmed.confirmedVersionNo!, file.id);
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).code).toBe('CONTRACT_VERSION_OUTDATED');
  });

  it('staff and strangers cannot upload (403 / 404)', async () => {
    const { orderId } = await confirmedContract();
    const stranger = await makeBuyer(w.t);
    const res = await signedCopyRequest(w.t, stranger, orderId, 1, await signedScan(w.t, stranger));
    expect(res.statusCode).toBe(404);
  });
});

describe('replacing, and copies made outdated by a change request', () => {
  it('a party may replace its copy (both kept); request_changes makes every earlier copy outdated', async () => {
    const { orderId, contract } = await confirmedContract();
    contractFrom(await signedCopyRequest(w.t, w.supplier, orderId, 1, await signedScan(w.t, w.supplier)), 201);
    const replaced = contractFrom(
      await signedCopyRequest(w.t, w.supplier, orderId, 1, await signedScan(w.t, w.supplier)),
      201,
    );
    expect(replaced.signedCopies.map((c) => [c.party, c.versionNo, c.outdated])).toEqual([
      ['supplier', 1, false],
      ['supplier', 1, false],
    ]);
    const back = contractFrom(
      await contractEventRequest(w.t, w.buyer, orderId, {
        event: 'request_changes',
        version: contract.version,
        comment: 'Please allow partial shipments',
      }),
    );
    expect(back.signedCopies.map((c) => c.outdated)).toEqual([true, true]);
    expect(back.canUploadSignedCopy).toBe(false);

    const v2 = contractFrom(
      await contractSaveRequest(w.t, w.supplier, orderId, {
        version: back.version,
        clauses: { ...back.versions[0]!.clauses, partialShipments: true },
      }),
    );
    const confirmed = contractFrom(
      await contractEventRequest(w.t, w.supplier, orderId, { event: 'confirm', version: v2.version }),
    );
    expect(confirmed.confirmedVersionNo).toBe(2);
    expect(confirmed.signedCopies.every((c) => c.outdated)).toBe(true);
    const stale = await signedCopyRequest(w.t, w.supplier, orderId, 1, await signedScan(w.t, w.supplier));
    expect(errorOf(stale).code).toBe('CONTRACT_VERSION_OUTDATED');
    const fresh = contractFrom(
      await signedCopyRequest(w.t, w.supplier, orderId, 2, await signedScan(w.t, w.supplier)),
      201,
    );
    expect(fresh.signedCopies[0]).toMatchObject({ versionNo: 2, outdated: false });
    expect(fresh.signedCopies.filter((c) => c.outdated)).toHaveLength(2);
  });
});

describe('both copies in: signed, and the order in production', () => {
  it('the second copy signs the contract and starts production (system), mailing both parties', async () => {
    const { orderId } = await agreedContract();
    const before = await orderRow(orderId);
    const supplierCopy = contractFrom(
      await signedCopyRequest(w.t, w.supplier, orderId, 1, await signedScan(w.t, w.supplier)),
      201,
    );
    expect(supplierCopy.status).toBe('agreed');
    expect((await orderRow(orderId)).status).toBe('contract_signing');
    const mailsBefore = (await db().select().from(mailOutbox)).length;
    const signed = contractFrom(await signedCopyRequest(w.t, w.buyer, orderId, 1, await signedScan(w.t, w.buyer)), 201);
    expect(signed).toMatchObject({ status: 'signed', canUploadSignedCopy: false, allowedEvents: [] });
    expect(signed.signedAt).not.toBeNull();
    const after = await orderRow(orderId);
    expect(after).toMatchObject({ status: 'in_production', contractStatus: 'signed', version: before.version + 1 });
    const starts = await startEvents(orderId);
    expect(starts).toHaveLength(1);
    expect(starts[0]).toMatchObject({ actorRole: 'system', actorId: null, fromStatus: 'contract_signing' });
    const mails = (await db().select().from(mailOutbox)).slice(mailsBefore);
    const production = mails.filter((m) => m.subject.includes(after.number) && m.subject.includes('production'));
    expect(production.map((m) => m.toAddress).sort()).toEqual([w.buyer.email, w.supplier.email].sort());

    // Nothing more to upload once signed.
    const late = await signedCopyRequest(w.t, w.supplier, orderId, 1, await signedScan(w.t, w.supplier));
    expect(errorOf(late).code).toBe('CONTRACT_STATE_CONFLICT');
  });

  it('both uploads at once: signed exactly once, the order moved once', async () => {
    for (let round = 0; round < 4; round++) {
      const { orderId } = await agreedContract();
      const before = await orderRow(orderId);
      const [supplierFile, buyerFile] = [await signedScan(w.t, w.supplier), await signedScan(w.t, w.buyer)];
      const answers = await Promise.all([
        signedCopyRequest(w.t, w.supplier, orderId, 1, supplierFile),
        signedCopyRequest(w.t, w.buyer, orderId, 1, buyerFile),
      ]);
      expect(answers.map((a) => a.statusCode)).toEqual([201, 201]);
      const after = await orderRow(orderId);
      expect(after).toMatchObject({ status: 'in_production', contractStatus: 'signed', version: before.version + 1 });
      expect(await startEvents(orderId)).toHaveLength(1);
      const [contract] = await db().select().from(contracts).where(eq(contracts.orderId, orderId));
      expect(contract!.status).toBe('signed');
    }
  });
});

describe('signed copy downloads', () => {
  it('each party reads both copies (attachment, nosniff); strangers get 404', async () => {
    const { orderId } = await confirmedContract();
    const scan = pdf({ text: 'seller copy for download' });
    const file = await upload(w.t.app, w.supplier.cookie, 'contract_signed_copy', 'seller.pdf', scan);
    const copy = contractFrom(await signedCopyRequest(w.t, w.supplier, orderId, 1, file.id), 201).signedCopies[0]!;
    const url = `${contractUrl(orderId)}/signed-copies/${copy.id}`;
    for (const user of [w.buyer, w.supplier]) {
      const res = await call(w.t.app, 'GET', url, { cookie: user.cookie });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="seller.pdf"/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.rawPayload.equals(scan)).toBe(true);
    }
    const stranger = await makeBuyer(w.t);
    expect((await call(w.t.app, 'GET', url, { cookie: stranger.cookie })).statusCode).toBe(404);
    const otherOrder = await confirmedContract();
    const wrongOrder = `${contractUrl(otherOrder.orderId)}/signed-copies/${copy.id}`;
    expect((await call(w.t.app, 'GET', wrongOrder, { cookie: w.buyer.cookie })).statusCode).toBe(404);
  });
});
