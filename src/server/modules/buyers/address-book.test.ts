import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_ADDRESSES,
  MAX_INVOICE_PROFILES,
  type Address,
  type InvoiceProfile,
} from '../../../shared/schemas/buyers.js';
import { createAccountsTestApp, errorOf, type AccountsTestApp } from '../../test/accounts-fixtures.js';
import {
  ADDRESSES,
  INVOICE_PROFILES,
  addAddress,
  addInvoiceProfile,
  addressBody,
  ordinaryInvoiceBody,
  specialVatBody,
} from '../../test/buyer-fixtures.js';
import { call, creditCode, makeUser, type TestUser } from '../../test/supplier-fixtures.js';
import { buyerAddressOf, invoiceProfileOf } from './index.js';

let t: AccountsTestApp;
beforeAll(async () => {
  t = await createAccountsTestApp();
});
afterAll(async () => t?.close());

/** Each entry a minute after the previous one, so "newest" is certain. */
const later = () => t.clock.advance(60_000);
const addresses = async (user: TestUser) =>
  (await call(t.app, 'GET', ADDRESSES, { cookie: user.cookie })).json<{ addresses: Address[] }>().addresses;
const profiles = async (user: TestUser) =>
  (await call(t.app, 'GET', INVOICE_PROFILES, { cookie: user.cookie })).json<{ profiles: InvoiceProfile[] }>().profiles;
const defaults = (list: { id: string; isDefault: boolean }[]) => list.filter((a) => a.isDefault).map((a) => a.id);
const invalid = async (res: Awaited<ReturnType<typeof call>>, path: string, code: string) => {
  expect(res.statusCode, res.body).toBe(400);
  expect(errorOf(res).details).toContainEqual(expect.objectContaining({ path, code }));
};

describe('delivery addresses', () => {
  it('the first becomes the default; a later one only when asked', async () => {
    const user = await makeUser(t);
    const first = await addAddress(t.app, user.cookie, addressBody({ isDefault: false }));
    expect(first.isDefault).toBe(true);
    later();
    const second = await addAddress(t.app, user.cookie, addressBody({ recipient: 'Han Meimei' }));
    expect(second.isDefault).toBe(false);
    later();
    const third = await addAddress(t.app, user.cookie, addressBody({ isDefault: true }));
    expect(third.isDefault).toBe(true);
    const list = await addresses(user);
    expect(defaults(list)).toEqual([third.id]);
    // The default first, then the newest.
    expect(list.map((a) => a.id)).toEqual([third.id, second.id, first.id]);
  });

  it('switching the default clears the previous one (exactly one default)', async () => {
    const user = await makeUser(t);
    const a = await addAddress(t.app, user.cookie);
    later();
    const b = await addAddress(t.app, user.cookie);
    const res = await call(t.app, 'POST', `${ADDRESSES}/${b.id}/default`, { cookie: user.cookie });
    expect(res.statusCode, res.body).toBe(200);
    expect(defaults(res.json<{ addresses: Address[] }>().addresses)).toEqual([b.id]);
    // Again: idempotent.
    await call(t.app, 'POST', `${ADDRESSES}/${b.id}/default`, { cookie: user.cookie });
    expect(defaults(await addresses(user))).toEqual([b.id]);
    // Through an edit.
    const edited = await call(t.app, 'PUT', `${ADDRESSES}/${a.id}`, {
      cookie: user.cookie,
      payload: { version: a.version, address: addressBody({ city: '宁波市', isDefault: true }) },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<{ address: Address }>().address).toMatchObject({ city: '宁波市', isDefault: true, version: 2 });
    expect(defaults(await addresses(user))).toEqual([a.id]);
  });

  it('concurrent switches leave exactly one default (no 500 from the one-default index)', async () => {
    const user = await makeUser(t);
    const list: Address[] = [];
    for (let i = 0; i < 5; i++) list.push(await addAddress(t.app, user.cookie));
    const answers = await Promise.all(
      list.map((a) => call(t.app, 'POST', `${ADDRESSES}/${a.id}/default`, { cookie: user.cookie })),
    );
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(defaults(await addresses(user))).toHaveLength(1);
  });

  it('deleting the default makes the newest remaining one the default; deleting another keeps it', async () => {
    const user = await makeUser(t);
    const oldest = await addAddress(t.app, user.cookie);
    later();
    const newest = await addAddress(t.app, user.cookie);
    later();
    const middle = await addAddress(t.app, user.cookie);
    // `middle` is the newest created; make `oldest` default then delete it.
    const remove = (a: Address) =>
      call(t.app, 'DELETE', `${ADDRESSES}/${a.id}?version=${a.version}`, { cookie: user.cookie });
    const res = await remove(oldest);
    expect(res.statusCode, res.body).toBe(200);
    expect(defaults(res.json<{ addresses: Address[] }>().addresses)).toEqual([middle.id]);
    expect((await remove(newest)).statusCode).toBe(200);
    expect(defaults(await addresses(user))).toEqual([middle.id]);
    expect((await remove(middle)).json<{ addresses: Address[] }>().addresses).toEqual([]);
  });

  it('edits and deletions carry the version read: a stale one is 409 with nothing changed', async () => {
    const user = await makeUser(t);
    const a = await addAddress(t.app, user.cookie);
    const put = (version: number, city: string) =>
      call(t.app, 'PUT', `${ADDRESSES}/${a.id}`, {
        cookie: user.cookie,
        payload: { version, address: addressBody({ city }) },
      });
    expect((await put(1, '上海市')).statusCode).toBe(200);
    const stale = await put(1, '北京市');
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');
    const staleDelete = await call(t.app, 'DELETE', `${ADDRESSES}/${a.id}?version=1`, { cookie: user.cookie });
    expect(staleDelete.statusCode).toBe(409);
    expect((await addresses(user))[0]).toMatchObject({ city: '上海市', version: 2 });
  });

  it("another account's address is 404 for every route, and stays as it was", async () => {
    const [owner, other] = [await makeUser(t), await makeUser(t)];
    const a = await addAddress(t.app, owner.cookie);
    const id = a.id;
    const as = { cookie: other.cookie };
    const answers = [
      await call(t.app, 'PUT', `${ADDRESSES}/${id}`, { ...as, payload: { version: 1, address: addressBody() } }),
      await call(t.app, 'DELETE', `${ADDRESSES}/${id}?version=1`, as),
      await call(t.app, 'POST', `${ADDRESSES}/${id}/default`, as),
      await call(t.app, 'POST', `${ADDRESSES}/${randomUUID()}/default`, { cookie: owner.cookie }),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([404, 404, 404, 404]);
    expect(await addresses(owner)).toEqual([a]);
    expect(await addresses(other)).toEqual([]);
    // The orders module's read is scoped the same way.
    expect(await buyerAddressOf(t.database.db, other.id, id)).toBeUndefined();
    expect(await buyerAddressOf(t.database.db, owner.id, id)).toMatchObject({ city: a.city });
  });

  it(`keeps at most ${MAX_ADDRESSES} addresses (422 LIMIT_REACHED with the reason)`, async () => {
    const user = await makeUser(t);
    for (let i = 0; i < MAX_ADDRESSES; i++) await addAddress(t.app, user.cookie);
    const res = await call(t.app, 'POST', ADDRESSES, { cookie: user.cookie, payload: addressBody() });
    expect(res.statusCode).toBe(422);
    expect(errorOf(res)).toMatchObject({
      code: 'LIMIT_REACHED',
      details: [{ path: '', code: 'address_limit', params: { max: MAX_ADDRESSES } }],
    });
    expect(await addresses(user)).toHaveLength(MAX_ADDRESSES);
  });

  it('concurrent adds at the limit: exactly one gets the last place', async () => {
    const user = await makeUser(t);
    for (let i = 0; i < MAX_ADDRESSES - 1; i++) await addAddress(t.app, user.cookie);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => call(t.app, 'POST', ADDRESSES, { cookie: user.cookie, payload: addressBody() })),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 422, 422, 422, 422]);
    expect(await addresses(user)).toHaveLength(MAX_ADDRESSES);
  });

  it('validates: phone for the country, postal code, required fields, control characters', async () => {
    const user = await makeUser(t);
    const post = (body: object) => call(t.app, 'POST', ADDRESSES, { cookie: user.cookie, payload: body });
    await invalid(await post(addressBody({ phone: '+1 202 555' })), 'body.phone', 'phone_invalid');
    await invalid(
      await post(addressBody({ postalCode: '31-' + 'x'.repeat(20) })),
      'body.postalCode',
      'postal_code_invalid',
    );
    await invalid(await post(addressBody({ city: '' })), 'body.city', 'required');
    await invalid(await post(addressBody({ country: 'ZZ' })), 'body.country', 'country_invalid');
    await invalid(await post(addressBody({ addressLine: 'Line\u0007' })), 'body.addressLine', 'control_character');
    await invalid(await post(addressBody({ recipient: '\u202eLi' })), 'body.recipient', 'invisible_character');
    // Optional region and postal code may be left out.
    const { region: _r, postalCode: _p, ...bare } = addressBody();
    expect((await post({ ...bare, country: 'DE', phone: '+49 30 901820' })).statusCode).toBe(201);
  });
});

describe('invoice profiles', () => {
  it('saves a special VAT profile (taxpayer id upper-cased, bank account without spaces)', async () => {
    const user = await makeUser(t);
    const id = creditCode('91330100');
    const saved = await addInvoiceProfile(t.app, user.cookie, specialVatBody({ taxpayerId: id.toLowerCase() }));
    expect(saved).toMatchObject({
      invoiceType: 'special_vat',
      taxpayerId: id,
      bankAccount: '1202021209000123456',
      isDefault: true,
      version: 1,
    });
    expect(await invoiceProfileOf(t.database.db, user.id, saved.id)).toMatchObject({ taxpayerId: id });
  });

  it('requires the registered address, phone, bank and account for a special VAT invoice only', async () => {
    const user = await makeUser(t);
    const post = (body: object) => call(t.app, 'POST', INVOICE_PROFILES, { cookie: user.cookie, payload: body });
    const missing = await post(specialVatBody({ bankName: undefined, bankAccount: undefined }));
    await invalid(missing, 'body.bankName', 'required');
    await invalid(missing, 'body.bankAccount', 'required');
    const { registeredAddress: _a, registeredPhone: _p, ...noAddress } = specialVatBody();
    await invalid(await post(noAddress), 'body.registeredAddress', 'required');
    await invalid(await post(noAddress), 'body.registeredPhone', 'required');
    expect((await post(ordinaryInvoiceBody())).statusCode).toBe(201);
  });

  it('checks the taxpayer id (checksum, legacy lengths), the bank account and the phone', async () => {
    const user = await makeUser(t);
    const post = (body: object) => call(t.app, 'POST', INVOICE_PROFILES, { cookie: user.cookie, payload: body });
    const good = creditCode('91330100');
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    await invalid(await post(ordinaryInvoiceBody({ taxpayerId: wrong })), 'body.taxpayerId', 'taxpayer_id_checksum');
    await invalid(
      await post(ordinaryInvoiceBody({ taxpayerId: '1234567890' })),
      'body.taxpayerId',
      'taxpayer_id_invalid',
    );
    expect((await post(ordinaryInvoiceBody({ taxpayerId: '330106123456789' }))).statusCode).toBe(201);
    await invalid(await post(specialVatBody({ bankAccount: '1234567' })), 'body.bankAccount', 'bank_account_invalid');
    await invalid(
      await post(specialVatBody({ bankAccount: '1234-5678-90' })),
      'body.bankAccount',
      'bank_account_invalid',
    );
    await invalid(await post(specialVatBody({ registeredPhone: '12345' })), 'body.registeredPhone', 'phone_invalid');
    await invalid(await post(specialVatBody({ title: 'Title\u0000' })), 'body.title', 'control_character');
    await invalid(await post(ordinaryInvoiceBody({ invoiceType: 'proforma' })), 'body.invoiceType', 'invalid');
  });

  it('one default, switching, deleting the default, versions and ownership', async () => {
    const [user, other] = [await makeUser(t), await makeUser(t)];
    const a = await addInvoiceProfile(t.app, user.cookie);
    later();
    const b = await addInvoiceProfile(t.app, user.cookie, ordinaryInvoiceBody());
    expect([a.isDefault, b.isDefault]).toEqual([true, false]);
    const switched = await call(t.app, 'POST', `${INVOICE_PROFILES}/${b.id}/default`, { cookie: user.cookie });
    expect(defaults(switched.json<{ profiles: InvoiceProfile[] }>().profiles)).toEqual([b.id]);
    const stale = await call(t.app, 'PUT', `${INVOICE_PROFILES}/${a.id}`, {
      cookie: user.cookie,
      payload: { version: 7, profile: specialVatBody() },
    });
    expect(stale.statusCode).toBe(409);
    for (const [method, url] of [
      ['PUT', `${INVOICE_PROFILES}/${a.id}`],
      ['DELETE', `${INVOICE_PROFILES}/${a.id}?version=1`],
      ['POST', `${INVOICE_PROFILES}/${a.id}/default`],
    ] as const) {
      const res = await call(t.app, method, url, {
        cookie: other.cookie,
        ...(method === 'PUT' ? { payload: { version: 1, profile: specialVatBody() } } : {}),
      });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    expect(await invoiceProfileOf(t.database.db, other.id, a.id)).toBeUndefined();
    const removed = await call(t.app, 'DELETE', `${INVOICE_PROFILES}/${b.id}?version=1`, { cookie: user.cookie });
    expect(defaults(removed.json<{ profiles: InvoiceProfile[] }>().profiles)).toEqual([a.id]);
  });

  it(`keeps at most ${MAX_INVOICE_PROFILES} invoice profiles`, async () => {
    const user = await makeUser(t);
    for (let i = 0; i < MAX_INVOICE_PROFILES; i++) await addInvoiceProfile(t.app, user.cookie, ordinaryInvoiceBody());
    const res = await call(t.app, 'POST', INVOICE_PROFILES, { cookie: user.cookie, payload: ordinaryInvoiceBody() });
    expect(res.statusCode).toBe(422);
    expect(errorOf(res).details).toEqual([
      { path: '', code: 'invoice_profile_limit', params: { max: MAX_INVOICE_PROFILES } },
    ]);
    expect(await profiles(user)).toHaveLength(MAX_INVOICE_PROFILES);
  });
});
