import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicSupplier, SupplierProfile, SupplierProfileInput } from '../../../shared/schemas/suppliers.js';
import { createAccountsTestApp, detailCodes, errorOf, type AccountsTestApp } from '../../test/accounts-fixtures.js';
import {
  approvedSupplier,
  call,
  mainlandCompany,
  makeUser,
  upload,
  type TestUser,
} from '../../test/supplier-fixtures.js';
import { png, jpeg } from '../../test/upload-corpus.js';

const ZH = {
  profile: '福州榕根贸易有限公司专注于五金紧固件与合页的出口贸易，服务三十多个国家的客户。',
  mainProducts: '紧固件、合页',
};
const EN = {
  profile: 'Banyan Trading exports steel fasteners and hinges to customers in more than thirty countries.',
  mainProducts: 'Fasteners, hinges',
};
const RU = { profile: 'Компания экспортирует стальной крепёж и петли в более чем тридцать стран мира.' };

const company = mainlandCompany({ companyNameZh: '福州榕根贸易有限公司' });
let t: AccountsTestApp;
let staff: TestUser;
let supplier: TestUser & { applicationId: string };
let supplierId: string;

beforeAll(async () => {
  t = await createAccountsTestApp();
  staff = await makeUser(t, { staff: true });
  supplier = await approvedSupplier(t, staff, company);
  supplierId = (await mine()).id;
});
afterAll(async () => t?.close());

async function mine(who: TestUser = supplier): Promise<SupplierProfile> {
  const res = await call(t.app, 'GET', '/api/supplier/profile', { cookie: who.cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ profile: SupplierProfile }>().profile;
}

function input(version: number, overrides: Partial<SupplierProfileInput> = {}): SupplierProfileInput {
  return {
    version,
    logoFileId: null,
    photoFileIds: [],
    yearEstablished: 2015,
    employeeRange: '51-200',
    mainMarkets: ['russia_cis', 'western_europe'],
    certifications: ['ISO 9001'],
    contactEmail: 'sales@banyan.example',
    contactPhone: '+86 591 8765 4321',
    website: 'https://banyan.example',
    translations: { 'zh-CN': ZH, en: EN },
    ...overrides,
  };
}

const put = (body: object, who: TestUser = supplier) =>
  call(t.app, 'PUT', '/api/supplier/profile', { cookie: who.cookie, payload: body });
const saved = async (body: object) => {
  const res = await put(body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ profile: SupplierProfile }>().profile;
};
const publicPage = (id: string, headers: Record<string, string> = {}) =>
  call(t.app, 'GET', `/api/suppliers/${id}`, { headers });
const publicIn = async (locale: string) => {
  const res = await publicPage(supplierId, { cookie: `br_lang=${locale}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ supplier: PublicSupplier }>().supplier;
};

describe('corporate information (supplier center)', () => {
  it('starts from the approved application, with no texts yet', async () => {
    const profile = await mine();
    expect(profile).toMatchObject({
      version: 1,
      nameZh: '福州榕根贸易有限公司',
      nameEn: company.companyNameEn,
      country: 'CN',
      logo: null,
      translations: { 'zh-CN': null, en: null, ru: null, es: null },
    });
    const page = await publicIn('ru');
    expect([page.profile, page.contentLocale]).toEqual([null, null]);
  });

  it('requires Chinese and English texts (400 otherwise); Russian and Spanish are optional', async () => {
    const { version } = await mine();
    for (const translations of [{ en: EN }, { 'zh-CN': ZH }, { 'zh-CN': ZH, en: { profile: 'Too short' } }, {}]) {
      const res = await put(input(version, { translations } as never));
      expect(res.statusCode, JSON.stringify(translations)).toBe(400);
      expect(errorOf(res).code).toBe('VALIDATION_FAILED');
    }
    const short = await put(input(version, { translations: { 'zh-CN': ZH, en: { profile: 'Too short' } } }));
    expect(detailCodes(short)).toEqual(['profile_too_short']);
    expect((await mine()).version).toBe(version);

    const withRu = await saved(input(version, { translations: { 'zh-CN': ZH, en: EN, ru: RU } }));
    expect(withRu.version).toBe(version + 1);
    expect(withRu.translations).toEqual({ 'zh-CN': ZH, en: EN, ru: RU, es: null });
    expect(withRu).toMatchObject({ yearEstablished: 2015, mainMarkets: ['russia_cis', 'western_europe'] });

    // A save replaces the texts: leaving Russian out removes it.
    const withoutRu = await saved(input(withRu.version));
    expect(withoutRu.translations.ru).toBeNull();
  });

  it('refuses a stale version with 409 and keeps what was saved', async () => {
    const { version } = await mine();
    const current = await saved(input(version, { certifications: ['ISO 9001', 'CE'] }));
    const stale = await put(input(version, { certifications: ['overwritten'] }));
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');
    expect(await mine()).toEqual(current);
  });

  it("takes only the supplier's own company_logo file as the logo", async () => {
    const stranger = await makeUser(t);
    const theirs = await upload(t.app, stranger.cookie, 'company_logo', 'logo.png', await png());
    const material = await upload(t.app, supplier.cookie, 'supplier_material', 'logo.png', await png());
    const own = await upload(t.app, supplier.cookie, 'company_logo', 'logo.png', await png());
    const photo = await upload(t.app, supplier.cookie, 'company_photo', 'plant.jpg', await jpeg());
    const { version } = await mine();

    const notMine = await put(input(version, { logoFileId: theirs.id }));
    expect([notMine.statusCode, errorOf(notMine).code]).toEqual([404, 'NOT_FOUND']);
    expect((await put(input(version, { logoFileId: randomUUID() }))).statusCode).toBe(404);
    const wrongKind = await put(input(version, { logoFileId: material.id }));
    expect([wrongKind.statusCode, ...detailCodes(wrongKind)]).toEqual([400, 'file_wrong_purpose']);
    const photoAsLogo = await put(input(version, { logoFileId: photo.id }));
    expect(detailCodes(photoAsLogo)).toEqual(['file_wrong_purpose']);
    const logoAsPhoto = await put(input(version, { photoFileIds: [own.id] }));
    expect(detailCodes(logoAsPhoto)).toEqual(['file_wrong_purpose']);
    expect((await mine()).version).toBe(version);

    const profile = await saved(input(version, { logoFileId: own.id, photoFileIds: [photo.id] }));
    expect(profile.logo).toEqual(own);
    expect(profile.photos).toEqual([photo]);
    const page = await publicIn('en');
    expect(page.logo?.id).toBe(own.id);
    // The public page's pictures are readable by anyone.
    expect((await call(t.app, 'GET', page.logo!.url)).statusCode).toBe(200);
  });

  it('is for approved suppliers only', async () => {
    const user = await makeUser(t);
    for (const res of [
      await call(t.app, 'GET', '/api/supplier/profile', { cookie: user.cookie }),
      await put(input(1), user),
    ]) {
      expect([res.statusCode, errorOf(res).code]).toEqual([403, 'SUPPLIER_NOT_APPROVED']);
    }
    const anonymous = await call(t.app, 'PUT', '/api/supplier/profile', { payload: input(1) });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('public supplier page', () => {
  beforeAll(async () => {
    const { version } = await mine();
    await saved(input(version, { translations: { 'zh-CN': ZH, en: EN } }));
  });

  it('shows the visitor’s language when there is a text in it', async () => {
    const zh = await publicIn('zh-CN');
    expect(zh).toMatchObject({
      id: supplierId,
      name: '福州榕根贸易有限公司',
      nameZh: '福州榕根贸易有限公司',
      nameEn: company.companyNameEn,
      profile: ZH.profile,
      mainProducts: ZH.mainProducts,
      contentLocale: 'zh-CN',
    });
    const en = await publicIn('en');
    expect(en).toMatchObject({ name: company.companyNameEn, profile: EN.profile, contentLocale: 'en' });
  });

  it('falls back to English (contentLocale en) for Russian and Spanish until they are written', async () => {
    for (const locale of ['ru', 'es']) {
      const page = await publicIn(locale);
      expect(page).toMatchObject({ name: company.companyNameEn, profile: EN.profile, contentLocale: 'en' });
    }
    // Accept-Language works as well as the cookie.
    const res = await publicPage(supplierId, { 'accept-language': 'ru-RU,ru;q=0.9' });
    expect(res.json<{ supplier: PublicSupplier }>().supplier.contentLocale).toBe('en');

    const { version } = await mine();
    await saved(input(version, { translations: { 'zh-CN': ZH, en: EN, ru: RU } }));
    expect(await publicIn('ru')).toMatchObject({ profile: RU.profile, mainProducts: null, contentLocale: 'ru' });
    expect((await publicIn('es')).contentLocale).toBe('en');
  });

  it('answers 404 for an unknown supplier and 400 for a malformed id', async () => {
    const unknown = await publicPage(randomUUID());
    expect([unknown.statusCode, errorOf(unknown).code]).toEqual([404, 'NOT_FOUND']);
    expect((await publicPage('not-a-uuid')).statusCode).toBe(400);
    // An application id is not a supplier id.
    expect((await publicPage(supplier.applicationId)).statusCode).toBe(404);
  });
});
