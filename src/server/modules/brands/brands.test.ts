import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrandInput } from '../../../shared/schemas/brands.js';
import { FakeClock } from '../../test/fake-clock.js';
import { createAccountsTestApp, detailCodes, errorOf, type AccountsTestApp } from '../../test/accounts-fixtures.js';
import {
  agencyBrand,
  BRANDS,
  brandName,
  brandOf,
  certificate,
  createBrand,
  createRequest,
  fastSupplier,
  listBrands,
  logo,
  newPrivateBrand,
  privateBrand,
  rejectBrand,
  approveBrand,
  updateRequest,
  type TestSupplier,
} from '../../test/brand-fixtures.js';
import { call, makeUser, upload, type TestUser } from '../../test/supplier-fixtures.js';

// Friday 7 June 2030, 10:00 in China: three working days later is the end of Wednesday 12 June.
const FRIDAY = new Date('2030-06-07T02:00:00Z');
const WEDNESDAY_END = '2030-06-12T15:59:59.999Z';

let t: AccountsTestApp;
let staff: TestUser;
let supplier: TestSupplier;
let cert: string;
beforeAll(async () => {
  t = await createAccountsTestApp({ clock: new FakeClock(FRIDAY) });
  staff = await makeUser(t, { staff: true });
  supplier = await fastSupplier(t);
  cert = await certificate(t.app, supplier);
});
afterAll(async () => t?.close());

const create = (input: object, who: TestUser = supplier) => createRequest(t.app, who, input);
const expectInvalid = async (input: object, path: string, code: string) => {
  const res = await create(input);
  expect(res.statusCode, res.body).toBe(400);
  expect(errorOf(res).code).toBe('VALIDATION_FAILED');
  expect(errorOf(res).details).toContainEqual(expect.objectContaining({ path, code }));
};

describe('who may see "Licensed Brands"', () => {
  it('answers 401 to anonymous callers and 403 SUPPLIER_NOT_APPROVED to users and staff who are not suppliers', async () => {
    const plain = await makeUser(t);
    const id = randomUUID();
    const routes: ['GET' | 'POST' | 'PUT', string, object | undefined][] = [
      ['GET', `${BRANDS}?kind=private`, undefined],
      ['GET', `${BRANDS}/${id}`, undefined],
      ['POST', BRANDS, privateBrand(cert)],
      ['PUT', `${BRANDS}/${id}`, { version: 1, brand: privateBrand(cert) }],
    ];
    for (const [method, url, payload] of routes) {
      const anonymous = await call(t.app, method, url, { payload });
      expect(anonymous.statusCode, `${method} ${url}`).toBe(401);
      for (const who of [plain, staff]) {
        const res = await call(t.app, method, url, { cookie: who.cookie, payload });
        expect(res.statusCode, `${method} ${url}`).toBe(403);
        expect(errorOf(res).code).toBe('SUPPLIER_NOT_APPROVED');
      }
    }
    const res = await call(t.app, 'GET', BRANDS, { cookie: supplier.cookie });
    expect(res.statusCode).toBe(200);
  });
});

describe('"New Brand" (private)', () => {
  it('submits for review: pending, version 1, due at the end of the third working day', async () => {
    const logoId = await logo(t.app, supplier);
    const input = privateBrand(cert, { nameZh: '榕根', logoFileId: logoId, niceClasses: [20, 6, 6] });
    const brand = await createBrand(t.app, supplier, input);
    expect(brand).toMatchObject({
      kind: 'private',
      status: 'pending',
      version: 1,
      supplierId: supplier.supplierId,
      nameZh: '榕根',
      nameEn: input.nameEn,
      trademarkNumber: input.trademarkNumber,
      trademarkCountry: 'CN',
      niceClasses: [6, 20],
      certificateKind: 'registration',
      trademarkValidUntil: '2034-12-31',
      validUntil: '2034-12-31',
      submittedAt: FRIDAY.toISOString(),
      dueAt: WEDNESDAY_END,
      decidedAt: null,
      rejection: null,
      brandOwner: null,
      authorization: null,
    });
    expect(brand.certificate.id).toBe(cert);
    expect(brand.logo?.id).toBe(logoId);
  });

  it('accepts a Chinese-only or an English-only name but not neither', async () => {
    const zh = await createBrand(
      t.app,
      supplier,
      privateBrand(cert, { nameEn: undefined, nameZh: `中文${randomUUID().slice(0, 6)}` }),
    );
    expect(zh.nameEn).toBeNull();
    const en = await createBrand(t.app, supplier, privateBrand(cert, { nameEn: brandName() }));
    expect(en.nameZh).toBeNull();
    await expectInvalid(privateBrand(cert, { nameEn: undefined }), 'body.nameEn', 'brand_name_required');
    await expectInvalid(privateBrand(cert, { nameEn: '   ', nameZh: '' }), 'body.nameEn', 'brand_name_required');
  });

  it('takes Nice classes 1 to 45 only', async () => {
    const ok = await createBrand(t.app, supplier, privateBrand(cert, { niceClasses: [45, 1] }));
    expect(ok.niceClasses).toEqual([1, 45]);
    for (const bad of [0, 46]) {
      const res = await create(privateBrand(cert, { niceClasses: [3, bad] }));
      expect(res.statusCode, res.body).toBe(400);
      expect(detailCodes(res)).toContain('nice_class_invalid');
    }
    expect(detailCodes(await create(privateBrand(cert, { niceClasses: [] })))).toContain('required');
  });

  it('requires the certificate, and a validity date for a registration but not for an application receipt', async () => {
    const { certificateFileId: _omitted, ...noCertificate } = privateBrand(cert);
    const res = await create(noCertificate);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toContainEqual(expect.objectContaining({ path: 'body.certificateFileId' }));
    await expectInvalid(privateBrand(cert, { trademarkValidUntil: undefined }), 'body.trademarkValidUntil', 'required');
    const receipt = await createBrand(
      t.app,
      supplier,
      privateBrand(cert, { certificateKind: 'application_receipt', trademarkValidUntil: undefined }),
    );
    expect(receipt).toMatchObject({
      certificateKind: 'application_receipt',
      trademarkValidUntil: null,
      validUntil: null,
    });
    expect(receipt.logo).toBeNull();
  });

  it('drops agency facts sent with a private brand', async () => {
    const auth = await certificate(t.app, supplier, 'authorization.pdf');
    const input = { ...agencyBrand(cert, auth, { authorizationEnd: '2031-01-01' }), kind: 'private' as const };
    const brand = await createBrand(t.app, supplier, input);
    expect(brand).toMatchObject({ brandOwner: null, authorization: null, authorizationEnd: null, territory: null });
    expect(brand.validUntil).toBe('2034-12-31');
  });
});

describe('"New Agency Brand"', () => {
  let auth: string;
  beforeAll(async () => {
    auth = await certificate(t.app, supplier, '授权书.pdf');
  });

  it('submits a direct authorization; it is valid until the earlier of the trademark and the authorization', async () => {
    const brand = await createBrand(t.app, supplier, agencyBrand(cert, auth));
    expect(brand).toMatchObject({
      kind: 'agency',
      status: 'pending',
      brandOwner: 'Roots Export GmbH',
      authorizationLevel: 'direct',
      authorizationChain: null,
      territory: 'Mainland China',
      authorizationStart: '2030-01-01',
      authorizationEnd: '2033-12-31',
      validUntil: '2033-12-31',
      dueAt: WEDNESDAY_END,
    });
    expect(brand.authorization?.id).toBe(auth);
    const early = await createBrand(t.app, supplier, agencyBrand(cert, auth, { trademarkValidUntil: '2031-03-01' }));
    expect(early.validUntil).toBe('2031-03-01');
  });

  it('requires the owner, the authorization certificate, level, territory and both dates', async () => {
    for (const field of [
      'brandOwner',
      'authorizationFileId',
      'authorizationLevel',
      'territory',
      'authorizationStart',
      'authorizationEnd',
    ] as const) {
      await expectInvalid(agencyBrand(cert, auth, { [field]: undefined }), `body.${field}`, 'required');
    }
  });

  it('requires the chain for a sub-authorization', async () => {
    await expectInvalid(
      agencyBrand(cert, auth, { authorizationLevel: 'sub_authorized' }),
      'body.authorizationChain',
      'required',
    );
    const chain = 'Roots Export GmbH → Roots Asia Ltd. → us';
    const brand = await createBrand(
      t.app,
      supplier,
      agencyBrand(cert, auth, { authorizationLevel: 'sub_authorized', authorizationChain: chain }),
    );
    expect(brand).toMatchObject({ authorizationLevel: 'sub_authorized', authorizationChain: chain });
  });

  it('refuses an authorization that ends on or before its start', async () => {
    for (const authorizationEnd of ['2029-12-31', '2030-01-01']) {
      await expectInvalid(agencyBrand(cert, auth, { authorizationEnd }), 'body.authorizationEnd', 'end_before_start');
    }
  });
});

describe('files of a brand', () => {
  it("refuses another user's file (404) and a file uploaded for another purpose (400); nothing is created", async () => {
    const before = (await listBrands(t.app, supplier)).length;
    const other = await fastSupplier(t);
    const theirs = await certificate(t.app, other);
    const material = (await upload(t.app, supplier.cookie, 'supplier_material', 'licence.pdf')).id;
    const auth = await certificate(t.app, supplier, 'auth.pdf');
    const notFound: BrandInput[] = [
      privateBrand(theirs),
      privateBrand(cert, { logoFileId: await logo(t.app, other) }),
      agencyBrand(cert, theirs),
    ];
    for (const input of notFound) {
      const res = await create(input);
      expect(res.statusCode, res.body).toBe(404);
      expect(errorOf(res).code).toBe('NOT_FOUND');
    }
    const wrongPurpose: BrandInput[] = [
      privateBrand(material),
      privateBrand(cert, { logoFileId: cert }),
      agencyBrand(cert, auth, { authorizationFileId: material }),
    ];
    for (const input of wrongPurpose) {
      const res = await create(input);
      expect(res.statusCode, res.body).toBe(400);
      expect(detailCodes(res)).toContain('file_wrong_purpose');
    }
    expect(await listBrands(t.app, supplier)).toHaveLength(before);
  });
});

describe('"Licensed Brands" lists', () => {
  it('lists each kind with its status, newest first, and only the supplier’s own brands', async () => {
    const s = await fastSupplier(t);
    const c = await certificate(t.app, s);
    const auth = await certificate(t.app, s, 'auth.pdf');
    const first = await createBrand(t.app, s, privateBrand(c));
    t.clock.advance(60_000);
    const second = await createBrand(t.app, s, privateBrand(c));
    const agency = await createBrand(t.app, s, agencyBrand(c, auth));
    await approveBrand(t.app, staff, first);
    await newPrivateBrand(t.app, await fastSupplier(t));

    const privates = await listBrands(t.app, s, 'private');
    expect(privates.map((b) => [b.id, b.status])).toEqual([
      [second.id, 'pending'],
      [first.id, 'approved'],
    ]);
    expect((await listBrands(t.app, s, 'agency')).map((b) => b.id)).toEqual([agency.id]);
    expect(await listBrands(t.app, s)).toHaveLength(3);
    const bad = await call(t.app, 'GET', `${BRANDS}?kind=other`, { cookie: s.cookie });
    expect(bad.statusCode).toBe(400);
  });
});

describe('duplicate guard', () => {
  it('refuses the same name (any case, either language) while pending or approved; allows it after a rejection', async () => {
    const s = await fastSupplier(t);
    const c = await certificate(t.app, s);
    const name = brandName('Lotus');
    const pending = await createBrand(t.app, s, privateBrand(c, { nameEn: name, nameZh: '莲花' }));
    const attempts: Partial<BrandInput>[] = [
      { nameEn: name.toUpperCase() },
      { nameEn: undefined, nameZh: name.toLowerCase() },
      { nameEn: 'Something else entirely', nameZh: '莲花' },
    ];
    for (const names of attempts) {
      const res = await create(privateBrand(c, names), s);
      expect(res.statusCode, res.body).toBe(409);
      expect(detailCodes(res)).toEqual(['brand_duplicate']);
    }
    const auth = await certificate(t.app, s, 'auth.pdf');
    expect(detailCodes(await create(agencyBrand(c, auth, { nameEn: name }), s))).toEqual(['brand_duplicate']);

    // Another supplier may submit the same name (staff see it flagged).
    await newPrivateBrand(t.app, await fastSupplier(t), { nameEn: name });

    const approved = await approveBrand(t.app, staff, pending);
    expect(approved.status).toBe('approved');
    expect((await create(privateBrand(c, { nameEn: name }), s)).statusCode).toBe(409);

    const other = await createBrand(t.app, s, privateBrand(c, { nameEn: brandName('Peony') }));
    await rejectBrand(t.app, staff, other);
    const again = await createBrand(t.app, s, privateBrand(c, { nameEn: other.nameEn! }));
    expect(again.id).not.toBe(other.id);
  });
});

describe('duplicate guard under concurrency', () => {
  it('lets only one of simultaneous submissions of the same name through', async () => {
    const s = await fastSupplier(t);
    const c = await certificate(t.app, s);
    for (let round = 0; round < 4; round++) {
      const input = privateBrand(c);
      const results = await Promise.all([
        create(input, s),
        create({ ...input, nameEn: input.nameEn!.toUpperCase() }, s),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    }
    expect(await listBrands(t.app, s)).toHaveLength(4);
  });
});

describe('one supplier cannot reach another’s brand', () => {
  it('answers 404 on GET and PUT, exactly as for a missing brand', async () => {
    const other = await fastSupplier(t);
    const theirs = await newPrivateBrand(t.app, other);
    await rejectBrand(t.app, staff, theirs);
    for (const id of [theirs.id, randomUUID()]) {
      const get = await call(t.app, 'GET', `${BRANDS}/${id}`, { cookie: supplier.cookie });
      expect(get.statusCode).toBe(404);
      expect(errorOf(get).code).toBe('NOT_FOUND');
      const put = await updateRequest(t.app, supplier, id, theirs.version + 1, privateBrand(cert));
      expect(put.statusCode, put.body).toBe(404);
    }
    const own = brandOf(await call(t.app, 'GET', `${BRANDS}/${theirs.id}`, { cookie: other.cookie }));
    expect(own).toMatchObject({ status: 'rejected', version: theirs.version + 1 });
  });
});
