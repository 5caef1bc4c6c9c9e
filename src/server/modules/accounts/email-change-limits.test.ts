import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccountsTestApp,
  errorOf,
  login,
  registerUser,
  send,
  uniqueIp,
  type AccountsTestApp,
} from '../../test/accounts-fixtures.js';

/**
 * Issue 11 finding 5, the signed-in side: asking for an email-change code must not tell, without
 * limit, which addresses have an account — the limits come before the "already registered" check.
 */
describe('email change code requests', () => {
  let t: AccountsTestApp;

  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('limits the requests before telling that an address is taken', async () => {
    const owner = await registerUser(t.app);
    const prober = await registerUser(t.app);
    const cookie = await login(t.app, prober.accountName, prober.password);
    const ip = uniqueIp();
    const ask = () =>
      send(
        t.app,
        'POST',
        '/api/account/email/code',
        { newEmail: owner.email, currentPassword: prober.password },
        {
          cookie,
          ip,
        },
      );
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await ask()).statusCode);
    expect(statuses.slice(0, 5)).toEqual([409, 409, 409, 409, 409]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    expect(errorOf(await ask()).code).toBe('RATE_LIMITED');
  });
});
