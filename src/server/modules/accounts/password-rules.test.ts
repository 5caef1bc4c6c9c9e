import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_AGREEMENT_VERSION } from '../../../shared/schemas/accounts.js';
import {
  createAccountsTestApp,
  detailCodes,
  latestMail,
  login,
  registerCode,
  registerUser,
  resetTokenIn,
  send,
  unique,
  uniqueIp,
  type AccountsTestApp,
} from '../../test/accounts-fixtures.js';

/**
 * Issue 11 finding 7, ASVS 5.0 V6.2: at least 12 characters (at most 128), no composition rules,
 * no context words (account name, email, its local part, the service's name), not blank or one
 * character repeated, not a common password — on register, reset and change alike.
 */
describe('password rules (issue 11, finding 7)', () => {
  let t: AccountsTestApp;

  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const newAccount = () => {
    const accountName = `Rules_${unique()}`;
    return { accountName, email: `${accountName.toLowerCase()}.mail@example.test` };
  };
  /** Registers with `password`; pass `code` to reuse one (a refused password leaves it unused). */
  async function register(password: string, account = newAccount(), code?: string) {
    const ip = uniqueIp();
    code ??= await registerCode(t.app, account.email, ip);
    const body = {
      ...account,
      password,
      code,
      agreementAccepted: true,
      agreementVersion: CURRENT_AGREEMENT_VERSION,
    };
    return send(t.app, 'POST', '/api/auth/register', body, { ip });
  }

  it('refuses passwords shorter than 12 characters and accepts 12', async () => {
    for (const password of ['Zq7#pLx2', 'Short-pass1', '密码很安全但是太短']) {
      const res = await register(password);
      expect(res.statusCode, password).toBe(400);
      expect(detailCodes(res), password).toEqual(['password_length']);
    }
    expect((await register('Zq7#pLx2mN4v')).statusCode).toBe(201);
    // No composition rules: a long lower-case phrase is fine, and so are 12 Chinese characters.
    expect((await register('quiet river under old stones')).statusCode).toBe(201);
    expect((await register('榕树的气根垂到地面长成新的树干')).statusCode).toBe(201);
  });

  it('refuses blank and repetitive passwords', async () => {
    for (const password of [' '.repeat(12), '\t'.repeat(16), 'a'.repeat(14), 'abababababab', 'AaAaAaAaAaAa1']) {
      const res = await register(password);
      expect(res.statusCode, JSON.stringify(password)).toBe(400);
      expect(detailCodes(res), JSON.stringify(password)).toEqual(['password_repetitive']);
    }
  });

  it('refuses the account name, the email, its local part and the service name in the password', async () => {
    const account = newAccount();
    const local = account.email.split('@')[0]!;
    const code = await registerCode(t.app, account.email);
    for (const password of [
      account.accountName,
      `${account.accountName.toUpperCase()}!2026`,
      account.email,
      `${local}-secret`,
      'Buttress-Roots-2026!',
      'mybuttressroots99',
    ]) {
      const res = await register(password, account, code);
      expect(res.statusCode, password).toBe(400);
      expect(detailCodes(res), password).toEqual(['password_context']);
    }
  });

  it('refuses common passwords of 12 characters or more', async () => {
    for (const password of ['password1234', 'QWERTYUIOPASDF', '123456789012']) {
      const res = await register(password);
      expect(res.statusCode, password).toBe(400);
      expect(detailCodes(res), password).toEqual(['password_common']);
    }
  });

  it('applies the rules, context included, to a reset without using up the link', async () => {
    const user = await registerUser(t.app);
    await send(t.app, 'POST', '/api/auth/password/forgot', { email: user.email }, { ip: uniqueIp() });
    const token = resetTokenIn((await latestMail(t.app, user.email, 'passwordReset')).text);
    const short = await send(t.app, 'POST', '/api/auth/password/reset', { token, password: 'Short-pass1' });
    expect(detailCodes(short)).toEqual(['password_length']);
    const named = await send(t.app, 'POST', '/api/auth/password/reset', {
      token,
      password: `${user.accountName}-again`,
    });
    expect(named.statusCode).toBe(400);
    expect(detailCodes(named)).toEqual(['password_context']);
    const still = await t.app.inject({ url: `/api/auth/password/reset?token=${encodeURIComponent(token)}` });
    expect(still.json()).toEqual({ valid: true });
    const ok = await send(t.app, 'POST', '/api/auth/password/reset', { token, password: 'Fresh-Mangrove-Roots-42' });
    expect(ok.statusCode).toBe(200);
  });

  it('applies the rules, context included, to a password change', async () => {
    const user = await registerUser(t.app);
    const cookie = await login(t.app, user.accountName, user.password);
    const change = (newPassword: string) =>
      send(t.app, 'POST', '/api/account/password', { currentPassword: user.password, newPassword }, { cookie });
    const short = await change('Short-pass1');
    expect(detailCodes(short)).toEqual(['password_length']);
    const email = await change(user.email);
    expect(email.statusCode).toBe(400);
    expect(detailCodes(email)).toEqual(['password_context']);
    expect((await change('Another-Strong-Root-77')).statusCode).toBe(200);
  });
});
