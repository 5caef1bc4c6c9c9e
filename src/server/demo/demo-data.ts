import type { FastifyInstance, InjectOptions } from 'fastify';
import sharp from 'sharp';
import type { Db } from '../db/client.js';
import { createStaffAccount, enrolKnownTotpSecret } from '../modules/accounts/index.js';
import { revokeUserSessions } from '../modules/accounts/session.repo.js';
import { newTotpSecret, totpCodeAt, totpStep } from '../modules/accounts/totp.js';
import { deleteTwoFactor } from '../modules/accounts/two-factor.repo.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { accountCount, categoryIdsBySlug, clearRoles } from './demo-data.repo.js';
import { DEMO_PRODUCTS } from './demo-catalog.js';
import { multipart, pdf } from './sample-files.js';

export { DEMO_ACCOUNTS };

type DemoAccount = (typeof DEMO_ACCOUNTS)[keyof typeof DEMO_ACCOUNTS];

/**
 * Fills an empty platform with something to look at, through the real API (every rule applies,
 * and the mails it causes are in /dev/mailbox): an approved supplier with an approved private and
 * agency brand and six products in up to four languages, an applicant waiting for review, and a
 * staff account to review it. Does nothing when the platform already has accounts.
 */
export async function seedDemoData(app: FastifyInstance, db: Db): Promise<typeof DEMO_ACCOUNTS | undefined> {
  if ((await accountCount(db)) > 0) return undefined;

  const client = new DemoClient(app);
  const staffUser = await createStaffAccount(db, DEMO_ACCOUNTS.staff);
  for (const account of [DEMO_ACCOUNTS.supplier, DEMO_ACCOUNTS.applicant]) {
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
  await deleteTwoFactor(db, staffUser.id);
  await revokeUserSessions(db, staffUser.id, new Date());
  return DEMO_ACCOUNTS;
}

/** Calls the app as a same-origin browser would (the CSRF guard wants our Origin). */
class DemoClient {
  constructor(private readonly app: FastifyInstance) {}

  private async call<T>(options: InjectOptions & { cookie?: string }): Promise<{ body: T; cookie?: string }> {
    const { cookie, ...request } = options;
    const res = await this.app.inject({
      ...request,
      headers: { origin: 'http://localhost', ...(cookie ? { cookie } : {}), ...request.headers },
    });
    if (res.statusCode >= 300)
      throw new Error(`demo data: ${options.method} ${options.url} → ${res.statusCode} ${res.body}`);
    const setCookie = res.cookies.find((c) => c.name === 'br_session');
    return { body: res.json<T>(), cookie: setCookie ? `br_session=${setCookie.value}` : undefined };
  }

  async send<T = unknown>(cookie: string, method: 'POST' | 'PUT', url: string, payload: object): Promise<T> {
    return (await this.call<T>({ method, url, payload, cookie })).body;
  }

  async login(account: DemoAccount): Promise<string> {
    const { cookie } = await this.call({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: account.accountName, password: account.password, remember: true },
    });
    if (!cookie) throw new Error(`demo data: no session for ${account.accountName}`);
    return cookie;
  }

  /** Both login steps, with the code the seed's authenticator shows now. */
  async loginWithTotp(account: DemoAccount, secret: string): Promise<string> {
    const { body } = await this.call<{ secondFactor?: { token: string } }>({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: account.accountName, password: account.password },
    });
    if (!body.secondFactor) throw new Error(`demo data: no second step for ${account.accountName}`);
    const code = totpCodeAt(secret, totpStep(new Date()));
    const { cookie } = await this.call({
      method: 'POST',
      url: '/api/auth/login/second-factor',
      payload: { token: body.secondFactor.token, code },
    });
    if (!cookie) throw new Error(`demo data: no session for ${account.accountName}`);
    return cookie;
  }

  async upload(cookie: string, purpose: string, fileName: string, data: Buffer): Promise<string> {
    const body = multipart(fileName, data);
    const { body: answer } = await this.call<{ file: { id: string } }>({
      method: 'POST',
      url: `/api/files?purpose=${purpose}`,
      headers: { 'content-type': body.contentType },
      payload: body.payload,
      cookie,
    });
    return answer.file.id;
  }

  /** Guide 2.1: company details, the business licence, "Submit". */
  async apply(cookie: string, company: object): Promise<{ id: string; version: number }> {
    type Answer = { application: { id: string; version: number } };
    const saved = await this.send<Answer>(cookie, 'PUT', '/api/supplier-application', { company });
    const licence = await this.upload(cookie, 'supplier_material', '营业执照.pdf', pdf({ text: 'Business licence' }));
    const withLicence = await this.send<Answer>(cookie, 'POST', '/api/supplier-application/materials', {
      version: saved.application.version,
      type: 'business_licence',
      fileId: licence,
    });
    const submitted = await this.send<Answer>(cookie, 'POST', '/api/supplier-application/submit', {
      version: withLicence.application.version,
    });
    return submitted.application;
  }

  /** Guide 3: a brand with its certificate (and authorization for an agency brand), approved by staff. */
  async brand(staff: string, supplier: string, input: Record<string, unknown>): Promise<string> {
    const certificateFileId = await this.upload(
      supplier,
      'brand_certificate',
      '商标注册证.pdf',
      pdf({ text: 'Trademark' }),
    );
    const authorization =
      input.kind === 'agency'
        ? { authorizationFileId: await this.upload(supplier, 'brand_certificate', 'authorization.pdf', pdf()) }
        : {};
    const { brand } = await this.send<{ brand: { id: string; version: number } }>(
      supplier,
      'POST',
      '/api/supplier/brands',
      {
        ...input,
        certificateFileId,
        ...authorization,
      },
    );
    await this.send(staff, 'POST', `/api/admin/brands/${brand.id}/approve`, { version: brand.version });
    return brand.id;
  }
}
