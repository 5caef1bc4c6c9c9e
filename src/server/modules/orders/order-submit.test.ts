import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderPreview } from '../../../shared/schemas/orders.js';
import { platformDay } from '../../../shared/working-days.js';
import { errorOf } from '../../test/accounts-fixtures.js';
import { mailOutbox } from '../../platform/mail/mail.tables.js';
import { insertBuyerAddress, insertBuyerProfile, insertInvoiceProfile, makeBuyer } from '../../test/buyer-fixtures.js';
import { publish, seller } from '../../test/catalog-fixtures.js';
import {
  createOrdersWorld,
  exportOrder,
  ORDERS,
  orderOf,
  placeOrder,
  submitRequest,
  type OrdersWorld,
} from '../../test/order-fixtures.js';
import { call, makeUser } from '../../test/supplier-fixtures.js';

let w: OrdersWorld;
beforeAll(async () => {
  w = await createOrdersWorld();
});
afterAll(async () => w?.t.close());

const preview = (lines: object[], cookie = w.buyer.cookie) =>
  call(w.t.app, 'POST', `${ORDERS}/preview`, { cookie, payload: { lines } });

describe('POST /api/orders/preview', () => {
  it('prices lines at the tier that applies, exact to the cent', async () => {
    const res = await preview([{ productId: w.productId, quantity: 999 }]);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<OrderPreview>();
    expect(body.supplierId).toBe(w.supplier.supplierId);
    expect(body.currency).toBe('USD');
    expect(body.lines[0]).toMatchObject({ quantity: 999, unitPrice: '0.1200', amount: '119.88' });
    expect(body.lines[0]!.snapshot).toMatchObject({ moq: 100, unit: 'piece', modelNumber: 'HB-01', hsCode: '731815' });
    expect(body.lines[0]!.snapshot.names).toMatchObject({ en: 'Stainless steel hex bolt', 'zh-CN': '不锈钢六角螺栓' });
    expect(body.tradeTypes).toEqual(['export']);

    const bulk = (await preview([{ productId: w.productId, quantity: 1000 }])).json<OrderPreview>();
    expect(bulk.lines[0]).toMatchObject({ unitPrice: '0.0950', amount: '95.00' });
    expect(bulk.total).toBe('95.00');
  });

  it('refuses a quantity below the MOQ with the MOQ in the details', async () => {
    const res = await preview([{ productId: w.productId, quantity: 99 }]);
    expect(res.statusCode).toBe(422);
    expect(errorOf(res).code).toBe('UNPROCESSABLE');
    expect(errorOf(res).details).toEqual([
      { path: 'lines.0.quantity', code: 'below_moq', params: { moq: 100, unit: 'piece' } },
    ]);
  });

  it('refuses products off the shelf, unknown, of two suppliers or two currencies', async () => {
    const other = await publish(w.t, await seller(w.t), w.category);
    const euro = await publish(w.t, w.supplier, w.category, { currency: 'EUR', modelNumber: 'HB-EUR' });
    const res = await preview([
      { productId: w.productId, quantity: 100 },
      { productId: other, quantity: 100 },
      { productId: euro, quantity: 100 },
      { productId: randomUUID(), quantity: 100 },
    ]);
    expect(res.statusCode).toBe(422);
    expect(errorOf(res).details!.map((d) => `${d.path}:${d.code}`)).toEqual([
      'lines.1.productId:mixed_suppliers',
      'lines.2.productId:mixed_currencies',
      'lines.3.productId:product_unavailable',
    ]);
  });

  it('offers domestic trade only to a buyer in the supplier’s country', async () => {
    const chinese = await makeBuyer(w.t, { country: 'CN' });
    const body = (await preview([{ productId: w.productId, quantity: 100 }], chinese.cookie)).json<OrderPreview>();
    expect(body.tradeTypes).toEqual(['domestic', 'export']);
  });

  it('needs a signed-in user', async () => {
    const res = await call(w.t.app, 'POST', `${ORDERS}/preview`, {
      payload: { lines: [{ productId: w.productId, quantity: 100 }] },
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('POST /api/orders', () => {
  it('creates the order with a daily number, frozen snapshots and a submitted event (201)', async () => {
    const order = await placeOrder(w, 500);
    const day = platformDay(w.t.clock.now()).replaceAll('-', '');
    expect(order.number).toMatch(new RegExp(`^BR-${day}-\\d{4}$`));
    expect(order).toMatchObject({
      status: 'waiting_for_perfection',
      viewer: 'buyer',
      allowedEvents: ['cancel'],
      tradeType: 'export',
      currency: 'USD',
      supplierId: w.supplier.supplierId,
      version: 1,
    });
    expect(order.request).toMatchObject({ destinationCountry: 'DE', preferredIncoterm: 'FOB', orderedTotal: '60.00' });
    expect(order.request.deliveryAddress).toMatchObject({ city: 'Hamburg', country: 'DE' });
    expect(order.buyerParty).toMatchObject({ companyNameEn: w.buyer.companyNameEn, country: 'DE' });
    expect(order.supplierParty).toMatchObject({ companyNameEn: w.supplier.supplierName, country: 'CN' });
    expect(order.lines).toHaveLength(1);
    expect(order.lines[0]).toMatchObject({ position: 1, quantity: 500, orderedUnitPrice: '0.1200', amount: '60.00' });
    expect(order.terms).toMatchObject({ goodsTotal: '60.00', totalAmount: '60.00', paymentMethod: null });
    expect(order.timeline.map((e) => [e.kind, e.toStatus, e.actorRole])).toEqual([
      ['submitted', 'waiting_for_perfection', 'buyer'],
    ]);
  });

  it('needs the Idempotency-Key header', async () => {
    const res = await submitRequest(
      w.t,
      w.buyer,
      exportOrder(w.buyer, [{ productId: w.productId, quantity: 100 }]),
      null,
    );
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([{ path: 'idempotency-key', code: 'required' }]);
  });

  it('needs buyer information (422 BUYER_INFORMATION_REQUIRED)', async () => {
    const user = await makeUser(w.t);
    const addressId = await insertBuyerAddress(w.t, user.id);
    const res = await submitRequest(
      w.t,
      user,
      exportOrder({ ...w.buyer, addressId }, [{ productId: w.productId, quantity: 100 }]),
    );
    expect(res.statusCode).toBe(422);
    expect(errorOf(res).code).toBe('BUYER_INFORMATION_REQUIRED');
  });

  it('refuses another account’s address or invoice profile (404)', async () => {
    const other = await makeBuyer(w.t, { country: 'CN' });
    const line = [{ productId: w.productId, quantity: 100 }];
    const res = await submitRequest(w.t, w.buyer, exportOrder(w.buyer, line, { addressId: other.addressId }));
    expect(res.statusCode).toBe(404);
    const chinese = await makeBuyer(w.t, { country: 'CN' });
    const domestic = await submitRequest(
      w.t,
      chinese,
      exportOrder(chinese, line, {
        tradeType: 'domestic',
        invoiceRequired: true,
        invoiceProfileId: other.invoiceProfileId,
      }),
    );
    expect(domestic.statusCode).toBe(404);
  });

  it('a supplier never orders from itself (422 OWN_PRODUCT)', async () => {
    await insertBuyerProfile(w.t, w.supplier.id, { country: 'CN' });
    const addressId = await insertBuyerAddress(w.t, w.supplier.id);
    const res = await submitRequest(
      w.t,
      w.supplier,
      exportOrder({ ...w.buyer, addressId }, [{ productId: w.productId, quantity: 100 }]),
    );
    expect(res.statusCode).toBe(422);
    expect(errorOf(res).code).toBe('OWN_PRODUCT');
  });

  it('domestic only in one country; export needs a destination; domestic invoices need a profile', async () => {
    const line = [{ productId: w.productId, quantity: 100 }];
    const foreign = await submitRequest(w.t, w.buyer, exportOrder(w.buyer, line, { tradeType: 'domestic' }));
    expect(foreign.statusCode).toBe(422);
    expect(errorOf(foreign).details).toEqual([{ path: 'tradeType', code: 'trade_type_not_allowed' }]);

    const noDestination = await submitRequest(
      w.t,
      w.buyer,
      exportOrder(w.buyer, line, { destinationCountry: undefined }),
    );
    expect(noDestination.statusCode).toBe(400);
    expect(errorOf(noDestination).details).toEqual([{ path: 'destinationCountry', code: 'required' }]);

    const chinese = await makeBuyer(w.t, { country: 'CN' });
    const noProfile = await submitRequest(
      w.t,
      chinese,
      exportOrder(chinese, line, { tradeType: 'domestic', invoiceRequired: true }),
    );
    expect(noProfile.statusCode).toBe(400);
    expect(errorOf(noProfile).details).toEqual([{ path: 'invoiceProfileId', code: 'required' }]);

    const profileId = await insertInvoiceProfile(w.t, chinese.id, { title: '采购方抬头' });
    const domestic = orderOf(
      await submitRequest(
        w.t,
        chinese,
        exportOrder(chinese, line, { tradeType: 'domestic', invoiceRequired: true, invoiceProfileId: profileId }),
      ),
      201,
    );
    expect(domestic.tradeType).toBe('domestic');
    expect(domestic.request).toMatchObject({
      invoiceRequired: true,
      destinationCountry: null,
      preferredIncoterm: null,
    });
    expect(domestic.request.invoiceProfile).toMatchObject({ title: '采购方抬头', invoiceType: 'special_vat' });
  });

  it('emails the supplier in the supplier’s language with a link to its view of the order', async () => {
    const world = await createOrdersWorld({ supplierLocale: 'zh-CN', buyerLocale: 'es' });
    try {
      const order = await placeOrder(world, 200);
      const mails = await world.t.database.db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.toAddress, world.supplier.email));
      expect(mails).toHaveLength(1);
      expect(mails[0]!.locale).toBe('zh-CN');
      expect(mails[0]!.subject).toBe(`订单 ${order.number}：${world.buyer.companyNameEn} 提交了新订单`);
      expect(mails[0]!.textBody).toContain(`/zh-CN/supplier/orders/${order.id}`);
      const toBuyer = await world.t.database.db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.toAddress, world.buyer.email));
      expect(toBuyer).toHaveLength(0);
    } finally {
      await world.t.close();
    }
  });
});
