import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { DEMO_ACCOUNTS, seedDemoData } from './demo-data.js';
import { DEMO_PRODUCTS } from './demo-catalog.js';
import { DEMO_BUYER_COMPANY, DEMO_ORDER_STATES } from './demo-orders.js';
import type { OrderDetail, OrderList } from '../../shared/schemas/orders.js';
import type { OrderDocuments } from '../../shared/schemas/documents.js';
import type { ConversationList, MessagePage } from '../../shared/schemas/messages.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const get = (url: string, locale = 'en', cookie?: string) =>
  t.app.inject({ method: 'GET', url, headers: { 'x-locale': locale, ...(cookie ? { cookie } : {}) } });
const post = (url: string, payload: object, cookie: string) =>
  t.app.inject({ method: 'POST', url, payload, headers: { origin: 'http://localhost', cookie } });
async function signIn(account: { accountName: string; password: string }) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { origin: 'http://localhost' },
    payload: { login: account.accountName, password: account.password },
  });
  expect(res.statusCode, res.body).toBe(200);
  const session = res.cookies.find((c) => c.name === 'br_session');
  return `br_session=${session!.value}`;
}

describe('demo data', () => {
  it('fills an empty platform through the API: a catalog in four languages, a supplier, an applicant, staff', async () => {
    expect(await seedDemoData(t.app, t.database.db)).toEqual(DEMO_ACCOUNTS);

    const en = (await get('/api/catalog/products')).json<{
      items: { id: string; name: string; supplier: { id: string } }[];
      total: number;
    }>();
    expect(en.total).toBe(DEMO_PRODUCTS.length);
    expect(en.items.map((i) => i.name)).toContain('Stainless steel hex bolt M8');
    expect((await get(`/api/catalog/products/${en.items[0]!.id}`, 'es')).statusCode).toBe(200);
    expect((await get(`/api/suppliers/${en.items[0]!.supplier.id}`)).statusCode).toBe(200);
    const zh = (await get(`/api/catalog/products?q=${encodeURIComponent('螺栓')}`, 'zh-CN')).json<{
      items: { name: string; contentLocale: string }[];
    }>();
    expect(zh.items).toEqual([expect.objectContaining({ name: '不锈钢六角螺栓 M8', contentLocale: 'zh-CN' })]);
    const ru = (await get(`/api/catalog/products?q=${encodeURIComponent('болт')}`, 'ru')).json<{
      items: { contentLocale: string }[];
    }>();
    expect(ru.items[0]?.contentLocale).toBe('ru');

    const supplier = await signIn(DEMO_ACCOUNTS.supplier);
    const mine = (await get('/api/supplier/products', 'en', supplier)).json<{ items: { status: string }[] }>();
    expect(mine.items.map((p) => p.status)).toEqual(DEMO_PRODUCTS.map(() => 'on_shelf'));
    const brands = (await get('/api/supplier/brands', 'en', supplier)).json<{
      brands: { kind: string; status: string }[];
    }>();
    expect(brands.brands.map((b) => [b.kind, b.status]).sort()).toEqual([
      ['agency', 'approved'],
      ['private', 'approved'],
    ]);

    // The seed's own authenticator is gone: the demo staff enrols theirs at first login, as real staff do.
    const staff = await signIn(DEMO_ACCOUNTS.staff);
    const blocked = await get('/api/admin/supplier-applications', 'en', staff);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json<{ code: string }>().code).toBe('MFA_ENROLMENT_REQUIRED');
    const { secret } = (await post('/api/account/two-factor/enrolment', {}, staff)).json<{ secret: string }>();
    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
    expect((await post('/api/account/two-factor/enrolment/confirm', { code }, staff)).statusCode).toBe(200);
    const queue = (await get('/api/admin/supplier-applications', 'en', staff)).json<{ items: { status: string }[] }>();
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0]?.status).toBe('submitted');
    await signIn(DEMO_ACCOUNTS.applicant);
  });

  it('gives the demo buyer its information, addresses, invoice profiles and orders in several states', async () => {
    const buyer = await signIn(DEMO_ACCOUNTS.buyer);
    const profile = (await get('/api/buyer/profile', 'en', buyer)).json<{
      profile: { creditCode: string; country: string };
      complete: boolean;
    }>();
    expect(profile.complete).toBe(true);
    expect(profile.profile).toMatchObject({ country: 'CN', creditCode: DEMO_BUYER_COMPANY.creditCode });
    const { addresses } = (await get('/api/buyer/addresses', 'en', buyer)).json<{
      addresses: { country: string; isDefault: boolean }[];
    }>();
    expect(addresses.map((a) => [a.country, a.isDefault]).sort()).toEqual([
      ['CN', true],
      ['DE', false],
    ]);
    const { profiles } = (await get('/api/buyer/invoice-profiles', 'en', buyer)).json<{
      profiles: { invoiceType: string }[];
    }>();
    expect(profiles.map((p) => p.invoiceType).sort()).toEqual(['ordinary', 'special_vat']);

    const mine = (await get('/api/orders', 'en', buyer)).json<OrderList>();
    expect(mine.items.map((o) => o.status)).toEqual([...DEMO_ORDER_STATES]);
    const supplier = await signIn(DEMO_ACCOUNTS.supplier);
    const managed = (await get('/api/supplier/orders', 'en', supplier)).json<OrderList>();
    expect(managed.total).toBe(DEMO_ORDER_STATES.length);
    expect(managed.counts).toMatchObject({ waiting_for_perfection: 1, awaiting_acceptance: 1, in_production: 1 });
    const detail = async (status: (typeof DEMO_ORDER_STATES)[number]) => {
      const id = managed.items.find((o) => o.status === status)!.id;
      const res = await get(`/api/supplier/orders/${id}`, 'en', supplier);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ order: OrderDetail }>().order;
    };

    const waiting = await detail('waiting_for_perfection');
    expect(waiting).toMatchObject({ tradeType: 'domestic', request: { invoiceRequired: true } });
    expect(waiting.request.invoiceProfile?.invoiceType).toBe('special_vat');
    const offer = await detail('awaiting_acceptance');
    expect(offer.lines[0]!.finalUnitPrice).not.toBe(offer.lines[0]!.orderedUnitPrice);
    expect(offer.terms.offerValidUntil).not.toBeNull();
    const producing = await detail('in_production');
    expect(producing.payments.map((p) => p.kind)).toEqual(['deposit']);
    const shipped = await detail('shipped');
    expect(shipped).toMatchObject({ tradeType: 'export', terms: { incoterm: 'FOB' } });
    expect(shipped.shipment.trackingNumber).toBe('COSU6284713950');
    const completed = await detail('completed');
    expect(completed.timeline[0]).toMatchObject({ kind: 'confirm_receipt', toStatus: 'completed', actorRole: 'buyer' });
    const cancelled = await detail('cancelled');
    expect(cancelled.statusReason).toContain('wrong model');

    // Every order past contract signing has a signed contract: furnished (v2, v1 kept), both copies in.
    for (const order of [producing, shipped, completed]) {
      const docs = (await get(`/api/orders/${order.id}/documents`, 'en', supplier)).json<OrderDocuments>();
      expect(docs.contract).toMatchObject({ status: 'signed', confirmedVersionNo: 2, currentVersionNo: 2 });
      expect(docs.contract!.versions.map((v) => v.versionNo)).toEqual([2, 1]);
      expect(docs.contract!.signedCopies.map((c) => [c.party, c.versionNo, c.outdated]).sort()).toEqual([
        ['buyer', 2, false],
        ['supplier', 2, false],
      ]);
    }
    const offerDocs = (await get(`/api/orders/${offer.id}/documents`, 'en', supplier)).json<OrderDocuments>();
    expect(offerDocs.contract).toBeNull();

    // Invoices (guide 5.3): the completed domestic order is invoiced in full; the shipped export
    // order's commercial invoice is confirmed (the buyer sees it); the export orders have proformas.
    const invoiced = (await get(`/api/orders/${completed.id}/documents`, 'en', buyer)).json<OrderDocuments>();
    expect(invoiced.invoiceStatus).toBe('issued');
    expect(invoiced.domestic).toMatchObject({ invoicedTotal: completed.terms.totalAmount, remaining: '0.00' });
    expect(invoiced.domestic!.invoices.map((i) => [i.invoiceType, i.kind, i.fileFormat])).toEqual([
      ['special_vat', 'full', 'pdf'],
    ]);
    const exported = (await get(`/api/orders/${shipped.id}/documents`, 'en', buyer)).json<OrderDocuments>();
    expect(exported.invoiceStatus).toBe('confirmed');
    expect(exported.export).toMatchObject({
      invoice: { status: 'confirmed', confirmedVersionNo: 2 },
      proformaAvailable: true,
    });
    const drafted = (await get(`/api/orders/${producing.id}/documents`, 'en', supplier)).json<OrderDocuments>();
    expect(drafted.export!.invoice).toMatchObject({ status: 'draft', currentVersionNo: 1 });
  });

  it('gives the demo buyer and supplier one conversation with messages in two languages', async () => {
    const buyer = await signIn(DEMO_ACCOUNTS.buyer);
    const supplier = await signIn(DEMO_ACCOUNTS.supplier);
    const list = (await get('/api/conversations', 'en', buyer)).json<ConversationList>();
    expect(list.items).toHaveLength(1);
    const id = list.items[0]!.id;
    expect(list.items[0]!.productCard).not.toBeNull();
    const page = (await get(`/api/conversations/${id}/messages`, 'en', supplier)).json<MessagePage>();
    expect(page.items.length).toBeGreaterThanOrEqual(4);
    expect(new Set(page.items.map((m) => m.language))).toEqual(new Set(['zh-CN', 'en']));
  });

  it('does nothing on a platform that already has accounts', async () => {
    expect(await seedDemoData(t.app, t.database.db)).toBeUndefined();
    const en = (await get('/api/catalog/products')).json<{ total: number }>();
    expect(en.total).toBe(DEMO_PRODUCTS.length);
    const orders = (await get('/api/orders', 'en', await signIn(DEMO_ACCOUNTS.buyer))).json<OrderList>();
    expect(orders.total).toBe(DEMO_ORDER_STATES.length);
  });
});
