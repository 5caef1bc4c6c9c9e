/**
 * The contract (guide 5.2, issue 13): generated with the buyer's acceptance, furnished by the
 * supplier in versions, confirmed, accepted or sent back by the buyer — each by its own party.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContractClauses } from '../../../shared/schemas/documents.js';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { errorOf } from '../../test/accounts-fixtures.js';
import { makeBuyer } from '../../test/buyer-fixtures.js';
import { seller } from '../../test/catalog-fixtures.js';
import {
  contractEventRequest,
  contractFrom,
  contractOf,
  contractSaveRequest,
  documentsOf,
  documentsUrl,
} from '../../test/contract-fixtures.js';
import { createOrdersWorld, orderIn, type OrdersWorld } from '../../test/order-fixtures.js';
import { call, makeUser } from '../../test/supplier-fixtures.js';
import { mailOutbox } from '../../platform/mail/mail.tables.js';
import { auditLog } from '../../platform/audit.tables.js';
import { contentSha256, type ContractDocumentModel } from '../../platform/pdf/index.js';
import { orderEvents, orders } from '../orders/index.js';
import { contracts, contractVersions } from './contracts.tables.js';

let w: OrdersWorld;
beforeAll(async () => {
  w = await createOrdersWorld({ supplierLocale: 'es', buyerLocale: 'ru' });
});
afterAll(async () => w?.t.close());
const db = () => w.t.database.db;

/** An order the buyer has just accepted: its contract is drafting, version 1. */
const accepted = () => orderIn(w, 'contract_signing');

const furnished = (clauses: ContractClauses, extra: Partial<ContractClauses> = {}): ContractClauses => ({
  ...clauses,
  shippingMarks: 'BANYAN / HAMBURG / C/NO. 1-UP',
  inspectionBody: 'SGS China',
  warrantyMonths: 18,
  ...extra,
});

async function versionRows(orderId: string) {
  const [contract] = await db().select().from(contracts).where(eq(contracts.orderId, orderId));
  const versions = await db().select().from(contractVersions).where(eq(contractVersions.contractId, contract!.id));
  return { contract: contract!, versions: versions.sort((a, b) => a.versionNo - b.versionNo) };
}

describe('generation at the buyer’s acceptance', () => {
  it('no contract before acceptance; one contract, version 1, made from the order’s snapshots, with the acceptance', async () => {
    const offer = await orderIn(w, 'awaiting_acceptance');
    expect((await documentsOf(w.t, w.supplier, offer.id)).contract).toBeNull();
    const order: OrderDetail = await orderIn(w, 'contract_signing');

    const { contract, versions } = await versionRows(order.id);
    expect(contract).toMatchObject({
      number: order.number.replace(/^BR-/, 'BRC-'),
      status: 'drafting',
      currentVersionNo: 1,
      confirmedVersionNo: null,
    });
    expect(contract.number).toMatch(/^BRC-\d{8}-\d{4}$/);
    expect(versions).toHaveLength(1);
    const model = versions[0]!.model as ContractDocumentModel;
    expect(versions[0]!.contentSha256).toBe(contentSha256(model));
    expect(model).toMatchObject({
      kind: 'contract',
      templateId: 'sales-contract',
      templateVersion: 1,
      contractNumber: contract.number,
      versionNo: 1,
      orderNumber: order.number,
      tradeType: 'export',
      currency: order.currency,
      goodsTotal: order.terms.goodsTotal,
      total: order.terms.totalAmount,
      incoterm: 'FOB',
      portOfLoading: 'Fuzhou',
      paymentTerms: order.terms.paymentTerms,
    });
    expect(model.lines).toEqual([
      expect.objectContaining({
        position: 1,
        quantity: 500,
        unitPrice: order.lines[0]!.finalUnitPrice ?? order.lines[0]!.orderedUnitPrice,
        amount: order.lines[0]!.amount,
        nameEn: order.lines[0]!.snapshot.names.en,
      }),
    ]);
    expect(model.buyer).toMatchObject({ country: 'DE', countryNameEn: 'Germany', countryNameZh: '德国' });
    expect(model.seller.countryNameEn).toBe('China');
    expect(model.clauses).toMatchObject({
      claimPeriodDays: 30,
      warrantyMonths: 12,
      tolerancePercent: 0,
      partialShipments: false,
      transhipment: true,
      arbitrationBody: 'cietac_beijing',
      governingLaw: 'prc_cisg',
    });
    expect(model.clauses.inspectionBody).toContain('CCIC');
    // The list's "Invoice & Contract" column moved with it.
    const [row] = await db().select({ s: orders.contractStatus }).from(orders).where(eq(orders.id, order.id));
    expect(row!.s).toBe('drafting');
  });
});

describe('the supplier furnishes: each save a new version', () => {
  it('saves make versions 2, 3 (old kept, each with its own model and hash); the timeline shows old → new', async () => {
    const order = await accepted();
    const v1 = await contractOf(w.t, w.supplier, order.id);
    const clauses1 = v1.versions[0]!.clauses;
    const v2 = contractFrom(
      await contractSaveRequest(w.t, w.supplier, order.id, { version: v1.version, clauses: furnished(clauses1) }),
    );
    expect(v2).toMatchObject({ currentVersionNo: 2, status: 'drafting', canEdit: true, allowedEvents: ['confirm'] });
    const v3 = contractFrom(
      await contractSaveRequest(w.t, w.supplier, order.id, {
        version: v2.version,
        clauses: furnished(clauses1, { warrantyMonths: 24 }),
      }),
    );
    expect(v3.versions.map((v) => v.versionNo)).toEqual([3, 2, 1]);
    expect(v3.versions[2]!.clauses).toEqual(clauses1);
    expect(new Set(v3.versions.map((v) => v.contentSha256)).size).toBe(3);
    const { versions } = await versionRows(order.id);
    expect((versions[2]!.model as ContractDocumentModel).clauses.warrantyMonths).toBe(24);

    const events = await db()
      .select()
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.kind, 'contract_saved')));
    const last = events.find((e) => e.changes.some((c) => c.to === '3'))!;
    expect(last).toMatchObject({ actorRole: 'supplier' });
    expect(last.changes).toEqual([
      { field: 'contract.versionNo', from: '2', to: '3' },
      { field: 'contract.warrantyMonths', from: '18', to: '24' },
    ]);
  });

  it('a stale row version is 409 VERSION_CONFLICT; outside drafting 409 CONTRACT_STATE_CONFLICT; nothing saved', async () => {
    const order = await accepted();
    const v1 = await contractOf(w.t, w.supplier, order.id);
    const clauses = furnished(v1.versions[0]!.clauses);
    const v2 = contractFrom(await contractSaveRequest(w.t, w.supplier, order.id, { version: v1.version, clauses }));
    const stale = await contractSaveRequest(w.t, w.supplier, order.id, { version: v1.version, clauses });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');

    const confirmed = contractFrom(
      await contractEventRequest(w.t, w.supplier, order.id, { event: 'confirm', version: v2.version }),
    );
    expect(confirmed.canEdit).toBe(false);
    const late = await contractSaveRequest(w.t, w.supplier, order.id, { version: confirmed.version, clauses });
    expect(late.statusCode).toBe(409);
    expect(errorOf(late).code).toBe('CONTRACT_STATE_CONFLICT');
    expect((await versionRows(order.id)).versions).toHaveLength(2);
  });

  it('clauses are validated (arbitration body from the list, limits on numbers)', async () => {
    const order = await accepted();
    const v1 = await contractOf(w.t, w.supplier, order.id);
    const res = await contractSaveRequest(w.t, w.supplier, order.id, {
      version: v1.version,
      clauses: { ...v1.versions[0]!.clauses, arbitrationBody: 'my_uncle', tolerancePercent: 50 },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('events: each by its own party', () => {
  it('confirm (supplier) → accept (buyer); the other party is 403, strangers and other suppliers 404', async () => {
    const order = await accepted();
    const otherBuyer = await makeBuyer(w.t);
    const otherSupplier = await seller(w.t);
    const v1 = await contractOf(w.t, w.supplier, order.id);
    for (const stranger of [otherBuyer, otherSupplier]) {
      const res = await contractEventRequest(w.t, stranger, order.id, { event: 'confirm', version: v1.version });
      expect(res.statusCode).toBe(404);
      expect((await call(w.t.app, 'GET', documentsUrl(order.id), { cookie: stranger.cookie })).statusCode).toBe(404);
      const save = await contractSaveRequest(w.t, stranger, order.id, {
        version: v1.version,
        clauses: v1.versions[0]!.clauses,
      });
      expect(save.statusCode).toBe(404);
    }
    const buyerConfirms = await contractEventRequest(w.t, w.buyer, order.id, { event: 'confirm', version: v1.version });
    expect(buyerConfirms.statusCode).toBe(403);
    const buyerSaves = await contractSaveRequest(w.t, w.buyer, order.id, {
      version: v1.version,
      clauses: v1.versions[0]!.clauses,
    });
    expect(buyerSaves.statusCode).toBe(403);
    const system = await contractEventRequest(w.t, w.supplier, order.id, {
      event: 'complete_signing',
      version: v1.version,
    });
    expect(system.statusCode).toBe(403);

    // The buyer does not see the draft at all.
    const buyerView = await contractOf(w.t, w.buyer, order.id);
    expect(buyerView).toMatchObject({ status: 'drafting', versions: [], allowedEvents: [], canEdit: false });

    const confirmed = contractFrom(
      await contractEventRequest(w.t, w.supplier, order.id, { event: 'confirm', version: v1.version }),
    );
    expect(confirmed).toMatchObject({ status: 'confirmed', confirmedVersionNo: 1, canUploadSignedCopy: true });
    const seen = await contractOf(w.t, w.buyer, order.id);
    expect(seen.versions.map((v) => v.versionNo)).toEqual([1]);
    expect(seen.versions[0]!.confirmedAt).not.toBeNull();
    expect(seen.allowedEvents.sort()).toEqual(['accept', 'request_changes']);
    expect(seen.canUploadSignedCopy).toBe(false);

    const supplierAccepts = await contractEventRequest(w.t, w.supplier, order.id, {
      event: 'accept',
      version: confirmed.version,
    });
    expect(supplierAccepts.statusCode).toBe(403);
    const agreed = contractFrom(
      await contractEventRequest(w.t, w.buyer, order.id, { event: 'accept', version: confirmed.version }),
    );
    expect(agreed).toMatchObject({ status: 'agreed', canUploadSignedCopy: true, allowedEvents: [] });
    const again = await contractEventRequest(w.t, w.buyer, order.id, { event: 'accept', version: agreed.version });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('CONTRACT_STATE_CONFLICT');

    const kinds = (await db().select().from(orderEvents).where(eq(orderEvents.orderId, order.id))).map((e) => e.kind);
    expect(kinds.filter((k) => k.startsWith('contract_')).sort()).toEqual(['contract_accept', 'contract_confirm']);
    const [row] = await db().select({ s: orders.contractStatus }).from(orders).where(eq(orders.id, order.id));
    expect(row!.s).toBe('agreed');
  });

  it('request_changes needs a comment, sends it back to drafting and keeps the comment; mails go in each party’s language', async () => {
    const order = await accepted();
    const v1 = await contractOf(w.t, w.supplier, order.id);
    const confirmed = contractFrom(
      await contractEventRequest(w.t, w.supplier, order.id, { event: 'confirm', version: v1.version }),
    );
    const bare = await contractEventRequest(w.t, w.buyer, order.id, {
      event: 'request_changes',
      version: confirmed.version,
    });
    expect(bare.statusCode).toBe(400);
    expect(errorOf(bare).details).toEqual([{ path: 'comment', code: 'required' }]);
    const back = contractFrom(
      await contractEventRequest(w.t, w.buyer, order.id, {
        event: 'request_changes',
        version: confirmed.version,
        comment: 'Warranty 24 months, please',
      }),
    );
    expect(back).toMatchObject({
      status: 'drafting',
      confirmedVersionNo: null,
      buyerComment: 'Warranty 24 months, please',
    });
    // The buyer still sees the version it was shown (it was confirmed once).
    expect(back.versions.map((v) => v.versionNo)).toEqual([1]);

    const mails = await db().select().from(mailOutbox);
    const toSupplier = mails.filter((m) => m.toAddress === w.supplier.email && m.subject.includes(order.number));
    const toBuyer = mails.filter((m) => m.toAddress === w.buyer.email && m.subject.includes(order.number));
    expect(toSupplier.map((m) => m.locale)).toContain('es');
    expect(toSupplier.some((m) => m.subject.includes('el comprador solicita cambios en el contrato'))).toBe(true);
    expect(toSupplier.some((m) => m.textBody.includes('Warranty 24 months, please'))).toBe(true);
    expect(toBuyer.some((m) => m.locale === 'ru' && m.subject.includes('поставщик подтвердил договор'))).toBe(true);
  });
});

describe('staff', () => {
  it('read the section (audited), act on nothing', async () => {
    const staff = await makeUser(w.t, { staff: true });
    const { cookie } = staff;
    const order = await accepted();
    const res = await call(w.t.app, 'GET', documentsUrl(order.id), { cookie });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ viewer: 'staff', contract: { allowedEvents: [], canEdit: false } });
    const pdf = await call(w.t.app, 'GET', `/api/orders/${order.id}/contract/versions/1/pdf`, { cookie });
    expect(pdf.statusCode).toBe(200);
    const audits = await db().select().from(auditLog).where(eq(auditLog.entityId, order.id));
    expect(audits.map((a) => a.action).sort()).toEqual(['order.contract.download', 'order.documents.view']);
    // The parties' own reads are not audited.
    await call(w.t.app, 'GET', `/api/orders/${order.id}/contract/versions/1/pdf`, { cookie: w.supplier.cookie });
    expect(await db().select().from(auditLog).where(eq(auditLog.entityId, order.id))).toHaveLength(2);
    const v1 = await contractOf(w.t, w.supplier, order.id);
    const act = await contractEventRequest(w.t, staff, order.id, { event: 'confirm', version: v1.version });
    expect(act.statusCode).toBe(403);
    // A version number beyond any integer column is simply not found.
    const huge = await call(w.t.app, 'GET', `/api/orders/${order.id}/contract/versions/99999999999/pdf`, {
      cookie: w.supplier.cookie,
    });
    expect(huge.statusCode).toBe(404);
  });
});
