import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buyerAddresses, buyerProfiles } from '../buyers/buyers.tables.js';
import { productPriceTiers, products, productTranslations } from '../catalog/catalog.tables.js';
import { supplierPartyOf } from '../suppliers/index.js';
import { supplierApplications, suppliers } from '../suppliers/suppliers.tables.js';
import {
  createOrdersWorld,
  ORDERS,
  orderOf,
  placeOrder,
  SUPPLIER_ORDERS,
  type OrdersWorld,
} from '../../test/order-fixtures.js';
import { call, creditCode } from '../../test/supplier-fixtures.js';

let w: OrdersWorld;
beforeAll(async () => {
  w = await createOrdersWorld();
});
afterAll(async () => w?.t.close());

describe('the supplier party', () => {
  it('comes from the supplier and its approved application: names, registration, representative, contact', async () => {
    const code = creditCode();
    const db = w.t.database.db;
    const [supplier] = await db.select().from(suppliers).where(eq(suppliers.id, w.supplier.supplierId));
    await db
      .update(supplierApplications)
      .set({
        companyNameZh: '福州榕根贸易有限公司',
        creditCode: code,
        registrationNumber: null,
        legalRepresentative: '张伟',
        registeredAddress: '福建省福州市鼓楼区五四路 100 号',
        contactPerson: '李娜',
        contactPhone: '13800138000',
        contactEmail: 'contact@banyan.example',
      })
      .where(eq(supplierApplications.id, supplier!.applicationId));
    await db.update(suppliers).set({ nameZh: '福州榕根贸易有限公司' }).where(eq(suppliers.id, w.supplier.supplierId));
    expect(await supplierPartyOf(db, w.supplier.supplierId)).toEqual({
      companyNameZh: '福州榕根贸易有限公司',
      companyNameEn: w.supplier.supplierName,
      country: 'CN',
      registeredAddress: '福建省福州市鼓楼区五四路 100 号',
      registrationNumber: code,
      legalRepresentative: '张伟',
      contactPerson: '李娜',
      phone: '13800138000',
      email: 'contact@banyan.example',
    });
    await db
      .update(supplierApplications)
      .set({ creditCode: null, registrationNumber: 'HRB 123456' })
      .where(eq(supplierApplications.id, supplier!.applicationId));
    expect((await supplierPartyOf(db, w.supplier.supplierId)).registrationNumber).toBe('HRB 123456');
  });
});

describe('frozen snapshots', () => {
  it('later edits of the product, the supplier, the buyer and the address change no order', async () => {
    const order = await placeOrder(w, 1000);
    const db = w.t.database.db;
    await db
      .update(productTranslations)
      .set({ name: 'Renamed bolt' })
      .where(eq(productTranslations.productId, w.productId));
    await db.update(productPriceTiers).set({ unitPrice: '9.9900' }).where(eq(productPriceTiers.productId, w.productId));
    await db
      .update(products)
      .set({ modelNumber: 'HB-99', moq: 5000, hsCode: '999999' })
      .where(eq(products.id, w.productId));
    await db
      .update(suppliers)
      .set({ nameEn: 'Renamed Supplier Ltd.', country: 'VN' })
      .where(eq(suppliers.id, w.supplier.supplierId));
    await db
      .update(buyerProfiles)
      .set({ companyNameEn: 'Renamed Buyer GmbH' })
      .where(eq(buyerProfiles.userId, w.buyer.id));
    await db.update(buyerAddresses).set({ city: 'Bremen' }).where(eq(buyerAddresses.id, w.buyer.addressId));

    for (const [user, url] of [
      [w.buyer, `${ORDERS}/${order.id}`],
      [w.supplier, `${SUPPLIER_ORDERS}/${order.id}`],
    ] as const) {
      const seen = orderOf(await call(w.t.app, 'GET', url, { cookie: user.cookie }));
      expect(seen.lines).toEqual(order.lines);
      expect(seen.lines[0]!.snapshot).toMatchObject({
        names: { en: 'Stainless steel hex bolt' },
        modelNumber: 'HB-01',
        moq: 100,
        hsCode: '731815',
        priceTiers: [
          { minQuantity: 100, unitPrice: '0.1200' },
          { minQuantity: 1000, unitPrice: '0.0950' },
        ],
      });
      expect(seen.lines[0]!.orderedUnitPrice).toBe('0.0950');
      expect(seen.buyerParty).toEqual(order.buyerParty);
      expect(seen.buyerParty.companyNameEn).toBe(w.buyer.companyNameEn);
      expect(seen.supplierParty).toEqual(order.supplierParty);
      expect(seen.supplierParty.country).toBe('CN');
      expect(seen.request.deliveryAddress.city).toBe('Hamburg');
    }
  });
});
