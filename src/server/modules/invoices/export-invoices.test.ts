/**
 * The export commercial invoice and packing list (guide 5.3.2): a draft made when the buyer
 * accepts, corrected by the supplier in versions, confirmed under rules; the buyer sees only what
 * was confirmed; the proforma exists once the supplier confirmed the order.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportInvoice, ExportInvoiceFields } from '../../../shared/schemas/documents.js';
import type { OrderDetail } from '../../../shared/schemas/orders.js';
import { mailOutbox } from '../../platform/mail/mail.tables.js';
import type { CommercialInvoiceModel, DocumentModel, PdfService } from '../../platform/pdf/index.js';
import { errorOf } from '../../test/accounts-fixtures.js';
import { seller } from '../../test/catalog-fixtures.js';
import {
  chineseBuyer,
  domesticOrder,
  exportInvoiceUrl,
  expectStatus,
  orderRow,
  sectionAs,
} from '../../test/invoice-fixtures.js';
import { createOrdersWorld, orderIn, placeOrder, type OrdersWorld } from '../../test/order-fixtures.js';
import { call, makeUser, type TestUser } from '../../test/supplier-fixtures.js';
import { orderEvents } from '../orders/orders.tables.js';
import { exportInvoiceOnOrderTransition } from './export-invoice.service.js';
import { createInvoiceDownloadService } from './invoice-downloads.service.js';
import { exportInvoiceVersions } from './invoices.tables.js';

let w: OrdersWorld;
let onTransition: ReturnType<typeof exportInvoiceOnOrderTransition>;
beforeAll(async () => {
  w = await createOrdersWorld();
  onTransition = exportInvoiceOnOrderTransition({ clock: w.t.clock });
});
afterAll(async () => w?.t.close());

/** An export order the buyer has accepted: the accept transition made its draft (app.ts wires the listener). */
const acceptedExportOrder = (): Promise<OrderDetail> => orderIn(w, 'contract_signing');

const invoiceOf = (res: ReturnType<typeof expectStatus>) => res.json<{ invoice: ExportInvoice }>().invoice;

const save = (user: TestUser, orderId: string, version: number, fields: ExportInvoiceFields) => {
  w.t.clock.advance(1000);
  return call(w.t.app, 'PUT', exportInvoiceUrl(orderId), { cookie: user.cookie, payload: { version, fields } });
};
const confirm = (user: TestUser, orderId: string, version: number) => {
  w.t.clock.advance(1000);
  return call(w.t.app, 'POST', `${exportInvoiceUrl(orderId)}/confirm`, { cookie: user.cookie, payload: { version } });
};

const packed = (overrides: Partial<ExportInvoiceFields['packing'][number]> = {}): ExportInvoiceFields['packing'] => [
  {
    position: 1,
    packages: 2,
    packageKind: 'carton',
    netWeightKg: '12.5',
    grossWeightKg: '13.1',
    volumeCbm: '0.084',
    ...overrides,
  },
];
const corrected = (packing = packed()): ExportInvoiceFields => ({
  portOfLoading: 'Fuzhou',
  portOfDestination: 'Hamburg',
  vesselOrFlight: 'COSCO SHIPPING ARIES 041W',
  shippingMarks: 'BR\nHAMBURG\nC/NO. 1-2',
  packing,
});

describe('the draft made at acceptance', () => {
  it('has the order’s defaults: CI number, ports from the terms, N/M, one carton per line, weights still zero', async () => {
    const order = await acceptedExportOrder();
    const section = await sectionAs(w, order.id, 'supplier');
    const sequence = order.number.replace(/^BR-/, '');
    expect(section.invoiceStatus).toBe('draft');
    expect((await orderRow(w, order.id)).invoiceStatus).toBe('draft');
    const invoice = section.export!.invoice!;
    expect(invoice).toMatchObject({
      number: `CI-${sequence}`,
      status: 'draft',
      version: 1,
      currentVersionNo: 1,
      confirmedVersionNo: null,
      canEdit: true,
    });
    expect(invoice.versions).toHaveLength(1);
    expect(invoice.versions[0]!.fields).toEqual({
      portOfLoading: 'Fuzhou',
      portOfDestination: 'Hamburg',
      shippingMarks: 'N/M',
      packing: [
        { position: 1, packages: 1, packageKind: 'carton', netWeightKg: '0', grossWeightKg: '0', volumeCbm: '0' },
      ],
    });

    const [version] = await w.t.database.db
      .select()
      .from(exportInvoiceVersions)
      .where(eq(exportInvoiceVersions.orderId, order.id));
    const model = version!.model as CommercialInvoiceModel;
    expect(model).toMatchObject({
      kind: 'commercial_invoice',
      number: `CI-${sequence}`,
      contractNumber: `BRC-${sequence}`,
      orderNumber: order.number,
      currency: 'USD',
      total: order.terms.totalAmount,
      incoterm: 'FOB',
      destinationCountryNameEn: 'Germany',
    });
    expect(model.buyer).toMatchObject({ country: 'DE', countryNameEn: 'Germany', countryNameZh: '德国' });
    expect(model.lines).toEqual([expect.objectContaining({ position: 1, quantity: 500, amount: '60.00' })]);

    // The listener does nothing the second time, nor for other events.
    const row = await orderRow(w, order.id);
    await w.t.database.db.transaction((tx) => onTransition(tx, 'accept', row));
    await w.t.database.db.transaction((tx) => onTransition(tx, 'ship', row));
    expect((await sectionAs(w, order.id, 'supplier')).export!.invoice!.versions).toHaveLength(1);

    // Before the supplier confirms it, the buyer sees no commercial invoice at all.
    const asBuyer = await sectionAs(w, order.id, 'buyer');
    expect(asBuyer.export).toEqual({ invoice: null, proformaAvailable: true });
    expect(asBuyer.invoiceStatus).toBe('not_requested');
  });

  it('a domestic order gets none', async () => {
    const order = await orderIn(w, 'awaiting_acceptance');
    const row = { ...(await orderRow(w, order.id)), tradeType: 'domestic' };
    await w.t.database.db.transaction((tx) => onTransition(tx, 'accept', row));
    expect((await sectionAs(w, order.id, 'supplier')).export!.invoice).toBeNull();
  });
});

describe('corrections and confirmation', () => {
  let order: OrderDetail;
  beforeAll(async () => {
    order = await acceptedExportOrder();
  });

  it('refuses to confirm zero weights, gross below net and packing that does not match the lines', async () => {
    const zero = await confirm(w.supplier, order.id, 1);
    expectStatus(zero, 422);
    expect(errorOf(zero).details).toEqual([
      { path: 'packing.0.netWeightKg', code: 'weight_required' },
      { path: 'packing.0.grossWeightKg', code: 'weight_required' },
    ]);

    const light = invoiceOf(
      expectStatus(await save(w.supplier, order.id, 1, corrected(packed({ grossWeightKg: '12' }))), 200),
    );
    expect(light).toMatchObject({ version: 2, currentVersionNo: 2, status: 'draft' });
    const below = await confirm(w.supplier, order.id, 2);
    expectStatus(below, 422);
    expect(errorOf(below).details).toEqual([{ path: 'packing.0.grossWeightKg', code: 'gross_below_net' }]);

    const extra = [...packed(), { ...packed()[0]!, position: 2 }];
    expectStatus(await save(w.supplier, order.id, 2, corrected(extra)), 200);
    const mismatch = await confirm(w.supplier, order.id, 3);
    expectStatus(mismatch, 422);
    expect(errorOf(mismatch).details).toEqual([
      { path: 'packing', code: 'packing_positions_mismatch', params: { expected: '1' } },
    ]);
  });

  it('each save is a new version (old ones kept); a stale version is 409', async () => {
    const before = (await sectionAs(w, order.id, 'supplier')).export!.invoice!;
    const stale = await save(w.supplier, order.id, before.version - 1, corrected());
    expectStatus(stale, 409);
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');
    const saved = invoiceOf(expectStatus(await save(w.supplier, order.id, before.version, corrected()), 200));
    expect(saved.currentVersionNo).toBe(before.currentVersionNo + 1);
    expect(saved.versions.map((v) => v.versionNo)).toEqual([4, 3, 2, 1]);
    expect(saved.versions[0]!.fields).toEqual(corrected());
    expectStatus(await confirm(w.supplier, order.id, before.version), 409);
  });

  it('confirm: the buyer sees the confirmed version, is mailed, and the timeline says so', async () => {
    const current = (await sectionAs(w, order.id, 'supplier')).export!.invoice!;
    const confirmed = invoiceOf(expectStatus(await confirm(w.supplier, order.id, current.version), 200));
    expect(confirmed).toMatchObject({ status: 'confirmed', confirmedVersionNo: 4 });
    expect(confirmed.versions[0]!.confirmedAt).not.toBeNull();
    expect((await orderRow(w, order.id)).invoiceStatus).toBe('confirmed');
    const again = await confirm(w.supplier, order.id, confirmed.version);
    expectStatus(again, 409);
    expect(errorOf(again).code).toBe('INVALID_TRANSITION');

    const asBuyer = (await sectionAs(w, order.id, 'buyer')).export!.invoice!;
    expect(asBuyer).toMatchObject({ status: 'confirmed', currentVersionNo: 4, confirmedVersionNo: 4, canEdit: false });
    expect(asBuyer.versions.map((v) => v.versionNo)).toEqual([4]);

    const events = await w.t.database.db
      .select()
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.kind, 'export_invoice_confirmed')));
    expect(events).toHaveLength(1);
    const mails = await w.t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, w.buyer.email));
    expect(mails.filter((m) => m.subject === `Order ${order.number}: the commercial invoice is ready`)).toHaveLength(1);

    // A correction after confirming: a new draft for the supplier, the buyer keeps version 4.
    const redraft = invoiceOf(
      expectStatus(await save(w.supplier, order.id, confirmed.version, corrected(packed({ packages: 3 }))), 200),
    );
    expect(redraft).toMatchObject({ status: 'draft', currentVersionNo: 5, confirmedVersionNo: 4 });
    expect((await orderRow(w, order.id)).invoiceStatus).toBe('draft');
    const buyerView = await sectionAs(w, order.id, 'buyer');
    expect(buyerView.invoiceStatus).toBe('confirmed');
    expect(buyerView.export!.invoice).toMatchObject({ status: 'confirmed', currentVersionNo: 4 });
    expect(buyerView.export!.invoice!.versions.map((v) => v.versionNo)).toEqual([4]);
    expect((await sectionAs(w, order.id, 'staff')).export!.invoice!.versions).toHaveLength(5);
  });

  it('only the order’s supplier corrects and confirms: the buyer 403, others 404', async () => {
    const current = (await sectionAs(w, order.id, 'supplier')).export!.invoice!;
    for (const [user, status] of [
      [w.buyer, 403],
      [await makeUser(w.t, { staff: true }), 403],
      [await seller(w.t), 404],
      [await makeUser(w.t), 404],
    ] as const) {
      expectStatus(await save(user, order.id, current.version, corrected()), status);
      expectStatus(await confirm(user, order.id, current.version), status);
    }
  });

  it('no commercial invoice before acceptance (409) or on a domestic order (422)', async () => {
    const offered = await orderIn(w, 'awaiting_acceptance');
    const early = await save(w.supplier, offered.id, 1, corrected());
    expectStatus(early, 409);
    expect(errorOf(early).code).toBe('ORDER_STATE_CONFLICT');
    const domestic = await domesticOrder(w, await chineseBuyer(w));
    const notExport = await save(w.supplier, domestic.id, 1, corrected());
    expectStatus(notExport, 422);
    expect(errorOf(notExport).details).toEqual([{ path: '', code: 'invoice_not_export' }]);
    expect((await sectionAs(w, domestic.id, 'supplier')).export).toBeNull();
  });
});

describe('downloads (access; the real renderer is exercised in invoice-pdf.test.ts)', () => {
  /** A renderer that records what it was asked for. */
  function fakePdf() {
    const rendered: DocumentModel[] = [];
    const pdf: Pick<PdfService, 'render' | 'fromMemory'> = {
      // Nothing kept: every download renders, so each one's model is recorded.
      fromMemory: () => undefined,
      render: (model) => {
        rendered.push(model);
        return Promise.resolve({
          pdf: Buffer.from('%PDF-1.7 fake'),
          pdfSha256: 'a'.repeat(64),
          contentSha256: 'b'.repeat(64),
          bytes: 13,
          pages: 1,
        });
      },
    };
    return { pdf, rendered };
  }
  const reader = (user: TestUser) => ({
    user: { id: user.id, supplierId: null, roles: [] as string[] },
    ip: '127.0.0.1',
  });

  it('the buyer gets confirmed versions only; drafts and strangers are 404', async () => {
    const order = await acceptedExportOrder();
    const { pdf, rendered } = fakePdf();
    const downloads = createInvoiceDownloadService({
      db: w.t.database.db,
      clock: w.t.clock,
      files: { attached: () => Promise.reject(new Error('unused')) },
      pdf,
    });
    await expect(downloads.exportInvoicePdf(reader(w.buyer), order.id, 1, 'commercial_invoice')).rejects.toMatchObject({
      status: 404,
    });
    const supplier = {
      user: { id: w.supplier.id, supplierId: w.supplier.supplierId, roles: [] as string[] },
      ip: '127.0.0.1',
    };
    const draft = await downloads.exportInvoicePdf(supplier, order.id, 1, 'packing_list');
    expect(draft.fileName).toBe(`CI-${order.number.replace(/^BR-/, '')}-packing-list.pdf`);
    expect(rendered[0]).toMatchObject({ kind: 'packing_list', number: `CI-${order.number.replace(/^BR-/, '')}` });

    await save(w.supplier, order.id, 1, corrected());
    expectStatus(await confirm(w.supplier, order.id, 2), 200);
    const confirmed = await downloads.exportInvoicePdf(reader(w.buyer), order.id, 2, 'commercial_invoice');
    expect(confirmed.fileName).toBe(`CI-${order.number.replace(/^BR-/, '')}-v2.pdf`);
    expect(rendered[1]).toMatchObject({ kind: 'commercial_invoice', fields: corrected() });
    await expect(downloads.exportInvoicePdf(reader(w.buyer), order.id, 1, 'commercial_invoice')).rejects.toMatchObject({
      status: 404,
    });
    await expect(downloads.exportInvoicePdf(reader(w.buyer), order.id, 9, 'commercial_invoice')).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      downloads.exportInvoicePdf(reader(await makeUser(w.t)), order.id, 2, 'commercial_invoice'),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('the proforma exists once the supplier confirmed the order, for export orders that are not closed unfulfilled', async () => {
    const { pdf, rendered } = fakePdf();
    const downloads = createInvoiceDownloadService({
      db: w.t.database.db,
      clock: w.t.clock,
      files: { attached: () => Promise.reject(new Error('unused')) },
      pdf,
    });
    const waiting = await placeOrder(w, 500);
    expect((await sectionAs(w, waiting.id, 'buyer')).export!.proformaAvailable).toBe(false);
    const early = await call(w.t.app, 'GET', `/api/orders/${waiting.id}/proforma-invoice.pdf`, {
      cookie: w.buyer.cookie,
    });
    expectStatus(early, 409);
    expect(errorOf(early).details).toEqual([
      { path: '', code: 'proforma_unavailable', params: { status: 'waiting_for_perfection', tradeType: 'export' } },
    ]);
    const stranger = await call(w.t.app, 'GET', `/api/orders/${waiting.id}/proforma-invoice.pdf`, {
      cookie: (await makeUser(w.t)).cookie,
    });
    expectStatus(stranger, 404);

    const offered = await orderIn(w, 'awaiting_acceptance');
    expect((await sectionAs(w, offered.id, 'buyer')).export!.proformaAvailable).toBe(true);
    const proforma = await downloads.proformaPdf(reader(w.buyer), offered.id);
    expect(proforma.fileName).toBe(`PI-${offered.number.replace(/^BR-/, '')}.pdf`);
    expect(rendered[0]).toMatchObject({
      kind: 'proforma_invoice',
      contractNumber: null,
      fields: null,
      total: offered.terms.totalAmount,
    });

    for (const closed of ['declined', 'expired'] as const) {
      const order = await orderIn(w, closed);
      expect((await sectionAs(w, order.id, 'supplier')).export!.proformaAvailable).toBe(false);
    }
  });
});
