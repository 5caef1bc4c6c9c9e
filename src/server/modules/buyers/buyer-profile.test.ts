import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuyerProfileResponse } from '../../../shared/schemas/buyers.js';
import { createAccountsTestApp, detailCodes, errorOf, type AccountsTestApp } from '../../test/accounts-fixtures.js';
import { BUYER_PROFILE, chineseBuyer, germanBuyer } from '../../test/buyer-fixtures.js';
import { fastSupplier } from '../../test/brand-fixtures.js';
import { call, creditCode, makeUser, type TestUser } from '../../test/supplier-fixtures.js';
import { buyerPartyOf, isBuyerInformationComplete } from './index.js';

let t: AccountsTestApp;
beforeAll(async () => {
  t = await createAccountsTestApp();
});
afterAll(async () => t?.close());

const get = async (user: TestUser) => {
  const res = await call(t.app, 'GET', BUYER_PROFILE, { cookie: user.cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<BuyerProfileResponse>();
};
const save = (user: TestUser, buyer: object, version?: number) =>
  call(t.app, 'PUT', BUYER_PROFILE, { cookie: user.cookie, payload: { ...(version ? { version } : {}), buyer } });
const refused = async (buyer: object, path: string, code: string) => {
  const res = await save(await makeUser(t), buyer);
  expect(res.statusCode, res.body).toBe(400);
  expect(errorOf(res).code).toBe('VALIDATION_FAILED');
  expect(errorOf(res).details).toContainEqual(expect.objectContaining({ path: `body.buyer.${path}`, code }));
};

describe('"Buyer information"', () => {
  it('asks for sign-in', async () => {
    expect((await call(t.app, 'GET', BUYER_PROFILE)).statusCode).toBe(401);
  });

  it('is empty and incomplete for a new account, and complete once saved', async () => {
    const user = await makeUser(t);
    expect(await get(user)).toEqual({ profile: null, complete: false });
    expect(await isBuyerInformationComplete(t.database.db, user.id)).toBe(false);
    const input = chineseBuyer({ creditCode: creditCode('91330100').toLowerCase() });
    const res = await save(user, input);
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json<BuyerProfileResponse>();
    expect(saved.complete).toBe(true);
    expect(saved.profile).toMatchObject({
      companyNameZh: input.companyNameZh,
      country: 'CN',
      creditCode: input.creditCode.toUpperCase(),
      version: 1,
    });
    expect(await get(user)).toEqual(saved);
    expect(await isBuyerInformationComplete(t.database.db, user.id)).toBe(true);
    // The orders module reads the same data as the contract's buyer party.
    expect(await buyerPartyOf(t.database.db, user.id)).toMatchObject({
      companyNameZh: input.companyNameZh,
      registrationNumber: input.creditCode.toUpperCase(),
      contactPerson: input.contactPerson,
    });
  });

  it('lets a supplier be a buyer too', async () => {
    const supplier = await fastSupplier(t);
    expect((await save(supplier, germanBuyer())).statusCode).toBe(200);
  });

  it('requires the unified social credit code for mainland China, and checks its check character', async () => {
    const { creditCode: _omitted, ...withoutCode } = chineseBuyer();
    await refused(withoutCode, 'creditCode', 'required');
    const good = creditCode('91330100');
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    await refused(chineseBuyer({ creditCode: wrong }), 'creditCode', 'credit_code_checksum');
    await refused(chineseBuyer({ creditCode: '12345' }), 'creditCode', 'credit_code_length');
  });

  it('does not require a credit code outside mainland China (Hong Kong, Germany)', async () => {
    const hk = { ...germanBuyer(), country: 'HK', phone: '+852 2123 4567' };
    expect((await save(await makeUser(t), hk)).statusCode).toBe(200);
    expect((await save(await makeUser(t), germanBuyer())).statusCode).toBe(200);
  });

  it('needs at least one company name, Chinese or English', async () => {
    const { companyNameEn: _en, ...noName } = germanBuyer();
    const res = await save(await makeUser(t), noName);
    expect(res.statusCode).toBe(400);
    expect(detailCodes(res)).toEqual(['company_name_one_required', 'company_name_one_required']);
    expect((await save(await makeUser(t), chineseBuyer({ companyNameEn: undefined }))).statusCode).toBe(200);
  });

  it('checks the phone for the country, the email, the country and the required fields', async () => {
    await refused(germanBuyer({ phone: '+86 138 0013 8000x' }), 'phone', 'phone_invalid');
    await refused(germanBuyer({ phone: '12' }), 'phone', 'phone_invalid');
    await refused(germanBuyer({ email: 'not-an-email' }), 'email', 'email_invalid');
    await refused(germanBuyer({ country: 'XX' }), 'country', 'country_invalid');
    await refused(germanBuyer({ contactPerson: '  ' }), 'contactPerson', 'required');
    await refused(germanBuyer({ registeredAddress: 'x'.repeat(301) }), 'registeredAddress', 'too_long');
  });

  it('refuses control and invisible characters', async () => {
    await refused(germanBuyer({ registeredAddress: 'Street\u0000 1' }), 'registeredAddress', 'control_character');
    await refused(germanBuyer({ companyNameEn: 'Berlin\u200b Trading' }), 'companyNameEn', 'invisible_character');
    await refused(germanBuyer({ contactPerson: 'Anna\nSchmidt' }), 'contactPerson', 'control_character');
  });

  it('saves over the version read; a stale version or a second first save is a 409 with nothing changed', async () => {
    const user = await makeUser(t);
    expect((await save(user, germanBuyer())).statusCode).toBe(200);
    const second = await save(user, germanBuyer({ contactPerson: 'Someone Else' }));
    expect(second.statusCode).toBe(409);
    expect(errorOf(second).code).toBe('VERSION_CONFLICT');
    const updated = await save(user, germanBuyer({ contactPerson: 'Max Weber' }), 1);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json<BuyerProfileResponse>().profile).toMatchObject({ contactPerson: 'Max Weber', version: 2 });
    const stale = await save(user, germanBuyer({ contactPerson: 'Stale Edit' }), 1);
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');
    expect((await get(user)).profile).toMatchObject({ contactPerson: 'Max Weber', version: 2 });
  });

  it('is each account’s own', async () => {
    const [a, b] = [await makeUser(t), await makeUser(t)];
    await save(a, germanBuyer({ contactPerson: 'Only A' }));
    expect(await get(b)).toEqual({ profile: null, complete: false });
    // B's first save does not touch A's.
    expect((await save(b, germanBuyer({ contactPerson: 'Only B' }))).statusCode).toBe(200);
    expect((await get(a)).profile?.contactPerson).toBe('Only A');
  });
});
