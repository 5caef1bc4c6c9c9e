import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import type { Db } from '../db/client.js';
import { createStaffAccount, enrolKnownTotpSecret } from '../modules/accounts/index.js';
import { revokeUserSessions } from '../modules/accounts/session.repo.js';
import { newTotpSecret } from '../modules/accounts/totp.js';
import { deleteTwoFactor } from '../modules/accounts/two-factor.repo.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { accountCount, categoryIdsBySlug, clearRoles } from './demo-data.repo.js';
import { DEMO_PRODUCTS } from './demo-catalog.js';
import { DemoClient } from './demo-client.js';
import { seedDemoMessages } from './demo-messages.js';
import { seedDemoOrders } from './demo-orders.js';

export { DEMO_ACCOUNTS };

/**
 * Fills an empty platform with something to look at, through the real API (every rule applies,
 * and the mails it causes are in /dev/mailbox): an approved supplier with an approved private and
 * agency brand and six products in up to four languages, an applicant waiting for review, a staff
 * account to review it, and a buyer with orders to the supplier in several states (demo-orders.ts).
 * Does nothing when the platform already has accounts (a second start adds nothing).
 */
export async function seedDemoData(
  app: FastifyInstance,
  db: Db,
  now: Date = new Date(),
): Promise<typeof DEMO_ACCOUNTS | undefined> {
  if ((await accountCount(db)) > 0) return undefined;

  const client = new DemoClient(app);
  const staffUser = await createStaffAccount(db, { ...DEMO_ACCOUNTS.staff, role: 'admin' });
  for (const account of [DEMO_ACCOUNTS.supplier, DEMO_ACCOUNTS.applicant, DEMO_ACCOUNTS.buyer]) {
    // Same insert as staff accounts, then without the role: demo users skip the emailed code.
    const { id } = await createStaffAccount(db, account);
    await clearRoles(db, id);
  }
  // Staff decide only with a second factor: the seed uses a throw-away authenticator, removed at
  // the end so that whoever tries the demo enrols their own at first login, as real staff do.
  const seedSecret = newTotpSecret();
  await enrolKnownTotpSecret(db, DEMO_ACCOUNTS.staff.accountName, seedSecret, new Date());
  const staff = await client.loginWithTotp(DEMO_ACCOUNTS.staff, seedSecret);
  const supplier = await client.login(DEMO_ACCOUNTS.supplier);
  const applicant = await client.login(DEMO_ACCOUNTS.applicant);
  const buyer = await client.login(DEMO_ACCOUNTS.buyer);

  const application = await client.apply(supplier, {
    companyNameZh: '福州榕根五金有限公司',
    companyNameEn: 'Fuzhou Banyan Hardware Co., Ltd.',
    companyType: 'limited_liability',
    country: 'CN',
    creditCode: '91350100MA2XN8K97T',
    legalRepresentative: '张伟',
    registeredAddress: '福建省福州市鼓楼区五四路 100 号',
    businessAddress: '福建省福州市台江区江滨中大道 8 号',
    dateEstablished: '2012-03-15',
    registeredCapitalAmount: '5000000.00',
    registeredCapitalCurrency: 'CNY',
    businessScope: 'Manufacture and export of fasteners, locks and hand tools.',
    mainProducts: 'Bolts, nuts, padlocks, wrenches, power tools',
    contactPerson: '李娜',
    contactPhone: '13800138000',
    contactEmail: 'sales@banyan-hardware.example',
    website: 'https://banyan-hardware.example',
  });
  await client.send(staff, 'POST', `/api/admin/supplier-applications/${application.id}/approve`, {
    version: application.version,
  });
  await client.apply(applicant, {
    companyNameEn: 'Rheinwerk Tools GmbH',
    companyType: 'limited_liability',
    country: 'DE',
    registrationNumber: 'HRB 204812',
    legalRepresentative: 'Anna Schmidt',
    registeredAddress: 'Rheinallee 12, 40213 Düsseldorf',
    businessAddress: 'Rheinallee 12, 40213 Düsseldorf',
    dateEstablished: '2004-09-01',
    businessScope: 'Wholesale of power tools.',
    mainProducts: 'Angle grinders, drills',
    contactPerson: 'Anna Schmidt',
    contactPhone: '+49 211 5406320',
    contactEmail: 'export@rheinwerk.example',
  });

  const brandIds = {
    private: await client.brand(staff, supplier, {
      kind: 'private',
      nameZh: '榕根',
      nameEn: 'Banyan',
      trademarkNumber: '38211457',
      trademarkCountry: 'CN',
      niceClasses: [6, 8],
      certificateKind: 'registration',
      trademarkValidUntil: '2034-12-31',
    }),
    agency: await client.brand(staff, supplier, {
      kind: 'agency',
      nameEn: 'Rheinwerk',
      trademarkNumber: 'DE3020170045',
      trademarkCountry: 'DE',
      niceClasses: [7],
      certificateKind: 'registration',
      trademarkValidUntil: '2033-06-30',
      brandOwner: 'Rheinwerk Tools GmbH',
      authorizationLevel: 'direct',
      territory: 'Mainland China, Russia',
      authorizationStart: '2025-01-01',
      authorizationEnd: '2030-12-31',
    }),
  };
  const categoryIds = await categoryIdsBySlug(db);
  const productIds: string[] = [];
  for (const product of DEMO_PRODUCTS) {
    const pictures = [];
    for (const [i, shade] of [1, 0.8, 0.6].entries()) {
      const [r, g, b] = product.colour.map((c) => Math.round(c * shade));
      const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r, g, b } } })
        .png()
        .toBuffer();
      pictures.push(await client.upload(supplier, 'product_image', `${product.model}-${i + 1}.png`, photo));
    }
    const translations = Object.fromEntries(
      Object.entries(product.texts).map(([locale, text]) => [locale, { ...text, specs: product.specs }]),
    );
    const created = await client.send<{ product: { id: string } }>(supplier, 'POST', '/api/supplier/products', {
      translations,
      categoryId: categoryIds.get(product.category),
      brandId: brandIds[product.brand],
      modelNumber: product.model,
      imageFileIds: pictures,
      unit: product.unit,
      moq: product.moq,
      currency: product.currency,
      priceTiers: product.tiers.map(([minQuantity, unitPrice]) => ({ minQuantity, unitPrice })),
      leadTimeDays: product.leadTimeDays,
      origin: 'CN',
      hsCode: product.hsCode,
      packaging: 'Export carton',
      weightKg: product.weightKg,
    });
    productIds.push(created.product.id);
  }
  await client.send(supplier, 'POST', '/api/supplier/products/shelf', { ids: productIds, onShelf: true });
  await seedDemoOrders(client, { buyer, supplier }, productIds, now);
  await seedDemoMessages(client, { buyer, supplier }, productIds[0]!);
  await deleteTwoFactor(db, staffUser.id);
  await revokeUserSessions(db, staffUser.id, new Date());
  return DEMO_ACCOUNTS;
}
