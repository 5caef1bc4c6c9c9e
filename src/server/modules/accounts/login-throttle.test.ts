import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccountsTestApp,
  loginRequest,
  registerUser,
  unique,
  uniqueIp,
  type AccountsTestApp,
} from '../../test/accounts-fixtures.js';

/** The policy: 5 free failures per account, then a delay growing to at most a minute. */
const FREE_FAILURES = 5;
const MAX_DELAY_SECONDS = 60;

const statuses = (answers: LightMyRequestResponse[]) => answers.map((r) => r.statusCode);
const count = (answers: LightMyRequestResponse[], status: number) =>
  answers.filter((r) => r.statusCode === status).length;
const retryAfters = (answers: LightMyRequestResponse[]) =>
  answers.filter((r) => r.statusCode === 429).map((r) => Number(r.headers['retry-after']));

/**
 * Issue 11 finding 2: the throttle was checked, then the password, then the failure was
 * written, so concurrent tries all passed the check; 100+ failures locked any account for an hour.
 * A 401 means the password was checked; a 429 means it was not.
 */
describe('login throttle under concurrency (issue 11, finding 2)', () => {
  let t: AccountsTestApp;

  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('checks at most 5 passwords of 200 simultaneous wrong logins for one account, each from its own IP', async () => {
    const user = await registerUser(t.app);
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => loginRequest(t.app, user.accountName, 'Wrong-password-1', { ip: uniqueIp() })),
    );
    expect(new Set(statuses(answers))).toEqual(new Set([401, 429]));
    expect(count(answers, 401)).toBeLessThanOrEqual(FREE_FAILURES);
    for (const seconds of retryAfters(answers)) {
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(seconds).toBeLessThanOrEqual(MAX_DELAY_SECONDS);
    }
    // The owner is kept out for a minute at most, not an hour.
    t.clock.advance(MAX_DELAY_SECONDS * 1000);
    expect((await loginRequest(t.app, user.accountName, user.password, { ip: uniqueIp() })).statusCode).toBe(200);
  });

  it('checks at most 30 passwords of 200 simultaneous wrong logins from one IP for as many unknown names', async () => {
    const ip = uniqueIp();
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => loginRequest(t.app, `nobody_${unique()}`, 'Wrong-password-1', { ip })),
    );
    // Per IP: 30 free failures, then the growing delay.
    expect(count(answers, 401)).toBeLessThanOrEqual(30);
    for (const seconds of retryAfters(answers)) expect(seconds).toBeLessThanOrEqual(MAX_DELAY_SECONDS);
  });

  it('never keeps an account waiting more than 60 s, however many failures an attacker spends on it', async () => {
    const user = await registerUser(t.app);
    for (let round = 0; round < 12; round++) {
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => loginRequest(t.app, user.email, 'Wrong-password-1', { ip: uniqueIp() })),
      );
      for (const seconds of retryAfters(answers)) expect(seconds).toBeLessThanOrEqual(MAX_DELAY_SECONDS);
      t.clock.advance(MAX_DELAY_SECONDS * 1000);
    }
    expect((await loginRequest(t.app, user.accountName, user.password, { ip: uniqueIp() })).statusCode).toBe(200);
  });

  it('counts failures per account, whether the account name or the email was typed', async () => {
    const user = await registerUser(t.app, { accountName: `Brute_${unique()}` });
    const typed = [user.accountName, user.email, user.email.toUpperCase(), ` ${user.accountName.toLowerCase()} `];
    for (let i = 0; i < FREE_FAILURES; i++) {
      const res = await loginRequest(t.app, typed[i % typed.length]!, 'Wrong-password-1', { ip: uniqueIp() });
      expect(res.statusCode).toBe(401);
    }
    for (const login of typed) {
      const res = await loginRequest(t.app, login, 'Wrong-password-1', { ip: uniqueIp() });
      expect(res.statusCode, login).toBe(429);
    }
  });

  it('throttles an unknown name like a known one, so the answers reveal nothing', async () => {
    const name = `nobody_${unique()}`;
    const answers: number[] = [];
    for (let i = 0; i < FREE_FAILURES + 1; i++) {
      answers.push(
        (await loginRequest(t.app, i % 2 ? name.toUpperCase() : name, 'Wrong-password-1', { ip: uniqueIp() }))
          .statusCode,
      );
    }
    expect(answers).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
