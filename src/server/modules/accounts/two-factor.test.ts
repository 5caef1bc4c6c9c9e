import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit.tables.js';
import {
  alignToNextHour,
  createAccountsTestApp,
  currentUser,
  detailCodes,
  errorOf,
  loginRequest,
  send,
  sessionCookieOf,
  uniqueIp,
  type AccountsTestApp,
} from '../../test/accounts-fixtures.js';
import { call, makeUser, type TestUser } from '../../test/supplier-fixtures.js';
import { freshTotpCode, loginStaff, loginWithTotp, totpCodeAt } from '../../test/two-factor-fixtures.js';
import { users } from './accounts.tables.js';
import { createStaffAccount, enrolKnownTotpSecret, resetTwoFactor } from './staff.js';
import { totpStep } from './totp.js';

const MINUTE_MS = 60_000;
const STEP_MS = 30_000;

let t: AccountsTestApp;
beforeAll(async () => {
  t = await createAccountsTestApp();
});
afterAll(async () => t?.close());

type Enrolment = { secret: string; otpauthUri: string; qrCode: string };
type Enrolled = TestUser & { totpSecret: string; recoveryCodes: string[] };

const step = () => totpStep(t.clock.now());
const auditOf = (userId: string, action: string) =>
  t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, userId), eq(auditLog.action, action)));

/** A plain user who turned two-factor authentication on through the personal center. */
async function enrolledUser(user?: TestUser): Promise<Enrolled> {
  const who = user ?? (await makeUser(t));
  const start = await call(t.app, 'POST', '/api/account/two-factor/enrolment', { cookie: who.cookie });
  expect(start.statusCode, start.body).toBe(200);
  const { secret } = start.json<Enrolment>();
  const confirm = await call(t.app, 'POST', '/api/account/two-factor/enrolment/confirm', {
    cookie: who.cookie,
    payload: { code: await freshTotpCode(t.database.db, who.id, secret, t.clock.now()) },
  });
  expect(confirm.statusCode, confirm.body).toBe(200);
  return { ...who, totpSecret: secret, recoveryCodes: confirm.json<{ recoveryCodes: string[] }>().recoveryCodes };
}

/** The password step: its pending-login token (asserting no session was handed out). */
async function passwordStep(user: TestUser, options: { remember?: boolean; ip?: string } = {}): Promise<string> {
  const res = await loginRequest(t.app, user.accountName, user.password, { ip: uniqueIp(), ...options });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json<{ user: unknown; secondFactor?: { token: string; expiresInSeconds: number } }>();
  expect(body.user).toBeNull();
  expect(body.secondFactor?.expiresInSeconds).toBe(300);
  expect(res.cookies.find((c) => c.name === 'br_session' && c.value)).toBeUndefined();
  return body.secondFactor!.token;
}

const secondStep = (token: string, code: string, ip = uniqueIp()) =>
  send(t.app, 'POST', '/api/auth/login/second-factor', { token, code }, { ip });

/** A staff account as the CLI creates it: password only, no authenticator yet. */
async function newStaff(): Promise<{ id: string; accountName: string; password: string; email: string }> {
  const accountName = `staff_${randomUUID().slice(0, 8)}`;
  const password = 'staff password for the 2fa tests';
  const email = `${accountName}@example.test`;
  const { id } = await createStaffAccount(t.database.db, { accountName, email, password });
  return { id, accountName, password, email };
}

describe('enrolment in the personal center', () => {
  it('shows a secret and its QR code, confirms with a code, then shows ten recovery codes once', async () => {
    const user = await makeUser(t);
    const status = await call(t.app, 'GET', '/api/account/two-factor', { cookie: user.cookie });
    expect(status.json()).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });

    const start = await call(t.app, 'POST', '/api/account/two-factor/enrolment', { cookie: user.cookie });
    const enrolment = start.json<Enrolment>();
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.otpauthUri).toContain(encodeURIComponent(user.accountName));
    expect(enrolment.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(enrolment.qrCode.split(',')[1]!, 'base64').toString()).toContain('<svg');
    expect(start.headers['cache-control']).toBe('no-store');

    const wrong = await call(t.app, 'POST', '/api/account/two-factor/enrolment/confirm', {
      cookie: user.cookie,
      payload: { code: totpCodeAt(enrolment.secret, step() + 5) },
    });
    expect(wrong.statusCode).toBe(400);
    expect(detailCodes(wrong)).toEqual(['code_invalid']);
    expect((await currentUser(t.app, user.cookie)) as unknown).toMatchObject({ twoFactorEnabled: false });

    const confirm = await call(t.app, 'POST', '/api/account/two-factor/enrolment/confirm', {
      cookie: user.cookie,
      payload: { code: totpCodeAt(enrolment.secret, step()) },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const { recoveryCodes } = confirm.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);

    expect((await call(t.app, 'GET', '/api/account/two-factor', { cookie: user.cookie })).json()).toEqual({
      enabled: true,
      required: false,
      recoveryCodesLeft: 10,
    });
    expect((await currentUser(t.app, user.cookie)) as unknown).toMatchObject({ twoFactorEnabled: true });
    expect(await auditOf(user.id, 'two_factor.enrolled')).toHaveLength(1);

    // The secret is never handed out again: a second enrolment is refused while this one is on.
    const again = await call(t.app, 'POST', '/api/account/two-factor/enrolment', { cookie: user.cookie });
    expect(again.statusCode).toBe(409);
    expect(again.body).not.toContain(enrolment.secret);
  });

  it('ends the account’s other (password-only) sessions when the authenticator is confirmed', async () => {
    const user = await makeUser(t);
    const other = sessionCookieOf(await loginRequest(t.app, user.accountName, user.password, { ip: uniqueIp() }));
    await enrolledUser(user);
    expect(await currentUser(t.app, other)).toBeNull();
    expect(await currentUser(t.app, user.cookie)).not.toBeNull();
  });

  it('lets anyone but staff turn it off with the password and a code, audited', async () => {
    const user = await enrolledUser();
    t.clock.advance(STEP_MS);
    const wrongPassword = await call(t.app, 'POST', '/api/account/two-factor/disable', {
      cookie: user.cookie,
      payload: { password: 'not the password at all', code: totpCodeAt(user.totpSecret, step()) },
    });
    expect(detailCodes(wrongPassword)).toEqual(['current_password_wrong']);
    const off = await call(t.app, 'POST', '/api/account/two-factor/disable', {
      cookie: user.cookie,
      payload: { password: user.password, code: totpCodeAt(user.totpSecret, step()) },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(await auditOf(user.id, 'two_factor.disabled')).toHaveLength(1);
    // Back to one step.
    const res = await loginRequest(t.app, user.accountName, user.password, { ip: uniqueIp() });
    expect(res.json<{ user: { id: string } }>().user.id).toBe(user.id);
  });
});

describe('logging in with a second factor', () => {
  it('answers the password with a pending login, and only a right code makes a session', async () => {
    const user = await enrolledUser();
    t.clock.advance(STEP_MS);
    const token = await passwordStep(user, { remember: true });

    const wrong = await secondStep(token, totpCodeAt(user.totpSecret, step() + 3));
    expect(wrong.statusCode).toBe(401);
    expect(errorOf(wrong).code).toBe('SECOND_FACTOR_INVALID');

    const ok = await secondStep(token, totpCodeAt(user.totpSecret, step()));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<{ user: { id: string; twoFactorEnabled: boolean } }>().user).toMatchObject({
      id: user.id,
      twoFactorEnabled: true,
    });
    const cookie = ok.cookies.find((c) => c.name === 'br_session')!;
    // "Remember me" is kept for everyone but staff.
    expect(cookie.maxAge).toBe(30 * 24 * 3600);
    expect(await currentUser(t.app, sessionCookieOf(ok))).toMatchObject({ id: user.id });

    // The pending login is single use.
    t.clock.advance(STEP_MS);
    expect((await secondStep(token, totpCodeAt(user.totpSecret, step()))).statusCode).toBe(401);
  });

  it('accepts one time step of drift either way, but no more', async () => {
    const user = await enrolledUser();
    t.clock.advance(10 * STEP_MS);
    expect((await secondStep(await passwordStep(user), totpCodeAt(user.totpSecret, step() - 2))).statusCode).toBe(401);
    expect((await secondStep(await passwordStep(user), totpCodeAt(user.totpSecret, step() - 1))).statusCode).toBe(200);
    expect((await secondStep(await passwordStep(user), totpCodeAt(user.totpSecret, step() + 2))).statusCode).toBe(401);
    expect((await secondStep(await passwordStep(user), totpCodeAt(user.totpSecret, step() + 1))).statusCode).toBe(200);
  });

  it('refuses a replayed code, even from two requests at once', async () => {
    const user = await enrolledUser();
    t.clock.advance(STEP_MS);
    const code = totpCodeAt(user.totpSecret, step());
    const [a, b] = [await passwordStep(user), await passwordStep(user)];
    const answers = await Promise.all([secondStep(a, code), secondStep(b, code)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 401]);
    // Nor later, with a new pending login.
    expect((await secondStep(await passwordStep(user), code)).statusCode).toBe(401);
    // An earlier step than the last one used is a replay too.
    expect((await secondStep(await passwordStep(user), totpCodeAt(user.totpSecret, step() - 1))).statusCode).toBe(401);
  });

  it('takes a recovery code once, audited, with the remaining count', async () => {
    const user = await enrolledUser();
    const [first] = user.recoveryCodes;
    // Typed in capitals, with spaces: still the same code.
    const typed = ` ${first!.toUpperCase()} `;
    expect((await secondStep(await passwordStep(user), typed)).statusCode).toBe(200);
    const again = await secondStep(await passwordStep(user), first!);
    expect(again.statusCode).toBe(401);
    expect(errorOf(again).code).toBe('SECOND_FACTOR_INVALID');
    const audit = await auditOf(user.id, 'two_factor.recovery_code_used');
    expect(audit.map((a) => a.details)).toEqual([{ context: 'login', remaining: 9 }]);
    expect((await call(t.app, 'GET', '/api/account/two-factor', { cookie: user.cookie })).json()).toMatchObject({
      recoveryCodesLeft: 9,
    });
  });

  it('replaces the recovery codes after a code: the old ones stop working', async () => {
    const user = await enrolledUser();
    t.clock.advance(STEP_MS);
    const res = await call(t.app, 'POST', '/api/account/two-factor/recovery-codes', {
      cookie: user.cookie,
      payload: { code: totpCodeAt(user.totpSecret, step()) },
    });
    expect(res.statusCode, res.body).toBe(200);
    const fresh = res.json<{ recoveryCodes: string[] }>().recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect((await secondStep(await passwordStep(user), user.recoveryCodes[0]!)).statusCode).toBe(401);
    expect((await secondStep(await passwordStep(user), fresh[0]!)).statusCode).toBe(200);
    expect(await auditOf(user.id, 'two_factor.recovery_codes_regenerated')).toHaveLength(1);
  });

  it('lets a pending login expire after 5 minutes', async () => {
    const user = await enrolledUser();
    const token = await passwordStep(user);
    t.clock.advance(5 * MINUTE_MS + 1000);
    expect((await secondStep(token, totpCodeAt(user.totpSecret, step()))).statusCode).toBe(401);
  });

  it('counts code attempts atomically: 5 per pending login, 10 per account in 15 minutes', async () => {
    alignToNextHour(t.clock); // a fresh 15-minute window for the account's counter
    const user = await enrolledUser(); // the enrolment's code counts: 1
    t.clock.advance(STEP_MS);
    const token = await passwordStep(user);
    const wrong = totpCodeAt(user.totpSecret, step() + 4);
    const burst = await Promise.all(Array.from({ length: 12 }, () => secondStep(token, wrong)));
    expect(burst.every((r) => r.statusCode === 401)).toBe(true);
    // The token's five attempts are used up: even the right code no longer opens it.
    expect((await secondStep(token, totpCodeAt(user.totpSecret, step()))).statusCode).toBe(401);

    // 6 so far. A new pending login brings no new budget for the account: 4 more, then 429.
    const next = await passwordStep(user);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await secondStep(next, wrong)).statusCode);
    expect(answers).toEqual([401, 401, 401, 401]);
    const limited = await secondStep(await passwordStep(user), totpCodeAt(user.totpSecret, step()));
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('staff', () => {
  it('reach only the enrolment until an authenticator is enrolled', async () => {
    const staff = await newStaff();
    const res = await loginRequest(t.app, staff.accountName, staff.password, { ip: uniqueIp(), remember: true });
    expect(res.statusCode).toBe(200);
    const cookie = sessionCookieOf(res);
    // Never remembered.
    expect(res.cookies.find((c) => c.name === 'br_session')!.maxAge).toBeUndefined();

    for (const url of ['/api/admin/supplier-applications', '/api/admin/brands']) {
      const blocked = await call(t.app, 'GET', url, { cookie });
      expect(blocked.statusCode, url).toBe(403);
      expect(errorOf(blocked).code).toBe('MFA_ENROLMENT_REQUIRED');
    }
    const approve = await call(t.app, 'POST', `/api/admin/supplier-applications/${randomUUID()}/approve`, {
      cookie,
      payload: { version: 1 },
    });
    expect(errorOf(approve).code).toBe('MFA_ENROLMENT_REQUIRED');
    expect((await call(t.app, 'GET', '/api/account/two-factor', { cookie })).json()).toMatchObject({
      enabled: false,
      required: true,
    });

    const enrolled = await enrolledUser({ ...staff, cookie });
    expect((await call(t.app, 'GET', '/api/admin/supplier-applications', { cookie })).statusCode).toBe(200);

    // From now on the password alone opens nothing.
    t.clock.advance(STEP_MS);
    const token = await passwordStep(enrolled, { remember: true });
    const ok = await secondStep(token, totpCodeAt(enrolled.totpSecret, step()));
    expect(ok.statusCode).toBe(200);
    expect(ok.cookies.find((c) => c.name === 'br_session')!.maxAge).toBeUndefined();
  });

  it('cannot turn two-factor authentication off', async () => {
    const staff = await makeUser(t, { staff: true });
    t.clock.advance(STEP_MS);
    const res = await call(t.app, 'POST', '/api/account/two-factor/disable', {
      cookie: staff.cookie,
      payload: { password: staff.password, code: totpCodeAt(staff.totpSecret!, step()) },
    });
    expect(res.statusCode).toBe(403);
    expect((await call(t.app, 'GET', '/api/account/two-factor', { cookie: staff.cookie })).json()).toMatchObject({
      enabled: true,
      required: true,
    });
  });

  it('re-enter a code before review decisions when the last one is over 15 minutes old', async () => {
    const staff = await makeUser(t, { staff: true });
    const decisions = [
      `/api/admin/supplier-applications/${randomUUID()}/approve`,
      `/api/admin/supplier-applications/${randomUUID()}/reject`,
      `/api/admin/brands/${randomUUID()}/approve`,
      `/api/admin/brands/${randomUUID()}/reject`,
    ];
    const payload = { version: 1, reasons: [{ target: 'general', code: 'other' }] };
    // Just signed in with a code: the decision passes the guard (and finds nothing to decide).
    for (const url of decisions)
      expect((await call(t.app, 'POST', url, { cookie: staff.cookie, payload })).statusCode, url).toBe(404);

    t.clock.advance(15 * MINUTE_MS);
    for (const url of decisions) {
      const res = await call(t.app, 'POST', url, { cookie: staff.cookie, payload });
      expect(res.statusCode, url).toBe(403);
      expect(errorOf(res).code).toBe('REAUTH_REQUIRED');
    }
    // Reading is not a decision.
    expect((await call(t.app, 'GET', '/api/admin/brands', { cookie: staff.cookie })).statusCode).toBe(200);

    const wrong = await call(t.app, 'POST', '/api/auth/reauthenticate', {
      cookie: staff.cookie,
      payload: { code: totpCodeAt(staff.totpSecret!, step() + 3) },
    });
    expect(detailCodes(wrong)).toEqual(['code_invalid']);
    const code = await freshTotpCode(t.database.db, staff.id, staff.totpSecret!, t.clock.now());
    const ok = await call(t.app, 'POST', '/api/auth/reauthenticate', { cookie: staff.cookie, payload: { code } });
    expect(ok.statusCode, ok.body).toBe(200);
    for (const url of decisions)
      expect((await call(t.app, 'POST', url, { cookie: staff.cookie, payload })).statusCode, url).toBe(404);
  });

  it('are signed out after 8 hours idle; other sessions keep their idle limit', async () => {
    const busy = await makeUser(t, { staff: true });
    t.clock.advance(4 * 60 * MINUTE_MS);
    expect(await currentUser(t.app, busy.cookie)).not.toBeNull(); // activity slides the idle limit
    t.clock.advance(7 * 60 * MINUTE_MS);
    expect(await currentUser(t.app, busy.cookie)).not.toBeNull();

    const idle = await makeUser(t, { staff: true });
    const user = await makeUser(t); // remembered: 30 days idle
    // 8 hours without a request (within the 12-hour absolute limit): signed out.
    t.clock.advance(8 * 60 * MINUTE_MS);
    expect(await currentUser(t.app, idle.cookie)).toBeNull();
    expect(await currentUser(t.app, user.cookie)).not.toBeNull();

    // Signing in again takes both steps.
    const again = await loginWithTotp(t, { ...idle, totpSecret: idle.totpSecret! });
    expect(again.statusCode).toBe(200);
    expect(await loginStaff(t, { ...idle, totpSecret: idle.totpSecret! })).toMatch(/^br_session=/);
  });

  it('who lost their authenticator are reset from the CLI: signed out, then they enrol again', async () => {
    const staff = await newStaff();
    await enrolKnownTotpSecret(t.database.db, staff.accountName, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', t.clock.now());
    const cookie = await loginStaff(t, { ...staff, totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' });
    await resetTwoFactor(t.database.db, staff.accountName, t.clock.now());
    expect(await currentUser(t.app, cookie)).toBeNull();
    expect(await auditOf(staff.id, 'two_factor.reset')).toHaveLength(1);
    const fresh = sessionCookieOf(await loginRequest(t.app, staff.accountName, staff.password, { ip: uniqueIp() }));
    const blocked = await call(t.app, 'GET', '/api/admin/brands', { cookie: fresh });
    expect(errorOf(blocked).code).toBe('MFA_ENROLMENT_REQUIRED');
  });

  it('lose a session remembered before they became staff after 8 hours idle', async () => {
    const user = await makeUser(t); // remembered for 30 days
    await t.database.db
      .update(users)
      .set({ roles: ['reviewer'] })
      .where(eq(users.id, user.id));
    t.clock.advance(8 * 60 * MINUTE_MS);
    expect(await currentUser(t.app, user.cookie)).toBeNull();
  });
});
