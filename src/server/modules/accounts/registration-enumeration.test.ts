import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_AGREEMENT_VERSION } from '../../../shared/schemas/accounts.js';
import {
  createAccountsTestApp,
  detailCodes,
  errorOf,
  latestMail,
  mailTo,
  PASSWORD,
  registerUser,
  requestRegisterCode,
  send,
  unique,
  uniqueIp,
  type AccountsTestApp,
} from '../../test/accounts-fixtures.js';

/** The parts of an answer that must not differ between a taken and a free address. */
const shape = (res: { statusCode: number; body: string; headers: Record<string, unknown> }) => {
  const body = JSON.parse(res.body) as Record<string, unknown>;
  delete body.requestId;
  return { status: res.statusCode, body, retryAfter: res.headers['retry-after'] };
};

/**
 * Issue 11 finding 5: the code request told whether an address has an account (409
 * email_taken, 30 times in a row, before any rate limit), and the account-name check had no
 * limit at all. Now the code request answers alike and mails the owner instead.
 */
describe('registration does not reveal which emails have accounts (issue 11, finding 5)', () => {
  let t: AccountsTestApp;

  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const freeEmail = () => `free_${unique()}@example.test`;

  it('answers a code request for a taken address exactly like one for a free address', async () => {
    const owner = await registerUser(t.app);
    t.clock.advance(61_000); // past the resend wait left by registerUser's own code
    const taken = await requestRegisterCode(t.app, owner.email.toUpperCase());
    const free = await requestRegisterCode(t.app, freeEmail());
    expect(free.statusCode).toBe(200);
    expect(shape(taken)).toEqual(shape(free));
  });

  it('mails the owner of a taken address a notice in their language, with no code, pointing to the password reset', async () => {
    const owner = await registerUser(t.app, { locale: 'es' });
    t.clock.advance(61_000);
    const codeMails = async () =>
      (await mailTo(t.app, owner.email)).filter((m) => m.template === 'registerCode').length;
    const codesBefore = await codeMails(); // the one registerUser used
    expect((await requestRegisterCode(t.app, owner.email)).statusCode).toBe(200);
    const notice = await latestMail(t.app, owner.email, 'registerAttempt');
    expect(notice.subject).toBe('Alguien intentó registrarse con su dirección de correo');
    expect(notice.text).toContain(owner.accountName);
    expect(notice.text).toContain('/es/forgot-password');
    expect(notice.text).not.toMatch(/^\d{6}$/m);
    expect(await codeMails()).toBe(codesBefore);
  });

  it('applies the 60 s resend wait and the per-address limit to taken and free addresses alike', async () => {
    const owner = await registerUser(t.app);
    const free = freeEmail();
    t.clock.advance(61_000); // past the wait left by registerUser's own code
    for (const email of [owner.email, free]) expect((await requestRegisterCode(t.app, email)).statusCode).toBe(200);
    const [takenAgain, freeAgain] = [
      await requestRegisterCode(t.app, owner.email),
      await requestRegisterCode(t.app, free),
    ];
    expect(takenAgain.statusCode).toBe(429);
    expect(shape(takenAgain)).toEqual(shape(freeAgain));
  });

  it('rate-limits code requests from one IP before looking at the address: 30 tries of a taken one are not 30 answers', async () => {
    const owner = await registerUser(t.app);
    const ip = uniqueIp();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const email = i === 0 ? owner.email : `Probe_${i}_${unique()}@example.test`;
      statuses.push((await requestRegisterCode(t.app, i % 2 ? owner.email : email, ip)).statusCode);
    }
    expect(statuses).not.toContain(409);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
  });

  it('refuses a taken email at the final step only after the code is verified', async () => {
    const owner = await registerUser(t.app);
    const res = await send(
      t.app,
      'POST',
      '/api/auth/register',
      {
        accountName: `other_${unique()}`,
        email: owner.email,
        password: PASSWORD,
        code: '123456',
        agreementAccepted: true,
        agreementVersion: CURRENT_AGREEMENT_VERSION,
      },
      { ip: uniqueIp() },
    );
    expect(res.statusCode).toBe(400);
    expect(detailCodes(res)).not.toContain('email_taken');
    expect(detailCodes(res)[0]).toMatch(/^code_/);
  });

  it('rate-limits the account-name check per IP (60 per 10 minutes)', async () => {
    const ip = uniqueIp();
    const check = () => t.app.inject({ url: `/api/auth/account-name?accountName=name_${unique()}`, remoteAddress: ip });
    for (let i = 0; i < 60; i++) expect((await check()).statusCode).toBe(200);
    const blocked = await check();
    expect(blocked.statusCode).toBe(429);
    expect(errorOf(blocked).code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(600);
    // Another address is not affected.
    const other = await t.app.inject({
      url: `/api/auth/account-name?accountName=name_${unique()}`,
      remoteAddress: uniqueIp(),
    });
    expect(other.json()).toEqual({ available: true });
  });
});
