import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../../shared/schemas/accounts.js';
import {
  codeIn,
  createAccountsTestApp,
  currentUser,
  detailCodes,
  errorOf,
  latestMail,
  login,
  loginRequest,
  mailTo,
  registerUser,
  send,
  unique,
  uniqueIp,
  type AccountsTestApp,
  type RegisteredUser,
} from '../../test/accounts-fixtures.js';

const NEW_PASSWORD = 'Another-Strong-Root-77';

async function sessionList(app: FastifyInstance, cookie: string): Promise<SessionInfo[]> {
  const res = await app.inject({ url: '/api/account/sessions', headers: { cookie } });
  expect(res.statusCode).toBe(200);
  return res.json<{ sessions: SessionInfo[] }>().sessions;
}

describe('personal center API', () => {
  let t: AccountsTestApp;

  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const signedIn = async (overrides: { locale?: string } = {}) => {
    const user = await registerUser(t.app, overrides);
    return { user, cookie: await login(t.app, user.accountName, user.password) };
  };
  const changePassword = (cookie: string, currentPassword: string, newPassword = NEW_PASSWORD) =>
    send(t.app, 'POST', '/api/account/password', { currentPassword, newPassword }, { cookie });
  const requestEmailCode = (cookie: string, newEmail: string, currentPassword: string) =>
    send(t.app, 'POST', '/api/account/email/code', { newEmail, currentPassword }, { cookie });
  const confirmEmail = (cookie: string, newEmail: string, code: string) =>
    send(t.app, 'POST', '/api/account/email', { newEmail, code }, { cookie });

  it('answers 401 UNAUTHENTICATED on every route without a live session, before validating the body', async () => {
    const { user, cookie } = await signedIn();
    expect((await send(t.app, 'POST', '/api/auth/logout', undefined, { cookie })).statusCode).toBe(200);
    const calls: [method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body: object][] = [
      ['PATCH', '/api/account', { locale: 'ru' }],
      ['POST', '/api/account/password', { currentPassword: user.password, newPassword: NEW_PASSWORD }],
      ['POST', '/api/account/email/code', { newEmail: `x_${unique()}@example.test`, currentPassword: user.password }],
      ['POST', '/api/account/email', { newEmail: `x_${unique()}@example.test`, code: '123456' }],
      ['GET', '/api/account/sessions', {}],
      ['DELETE', `/api/account/sessions/${randomUUID()}`, {}],
    ];
    for (const [method, url, body] of calls) {
      for (const headers of [{}, { cookie }, { cookie: 'br_session=forged-token-value' }]) {
        for (const payload of method === 'GET' || method === 'DELETE' ? [undefined] : [body, {}]) {
          const res = await t.app.inject({ method, url, payload, headers: { origin: 'http://localhost', ...headers } });
          expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)}`).toBe(401);
          expect(errorOf(res).code).toBe('UNAUTHENTICATED');
        }
      }
    }
  });

  it('changes the language, and the next emails come in it', async () => {
    const { user, cookie } = await signedIn();
    const res = await send(t.app, 'PATCH', '/api/account', { locale: 'ru' }, { cookie });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ user: { locale: string } }>().user.locale).toBe('ru');
    expect((await currentUser(t.app, cookie))?.locale).toBe('ru');
    expect(detailCodes(await send(t.app, 'PATCH', '/api/account', { locale: 'fr' }, { cookie }))).toEqual([
      'invalid_value',
    ]);

    expect((await changePassword(cookie, user.password)).statusCode).toBe(200);
    const notice = await latestMail(t.app, user.email, 'passwordChanged');
    expect(notice.subject).toBe('Пароль Buttress Roots изменён');
    expect(notice.text).toContain(`Здравствуйте, ${user.accountName}!`);
    expect(notice.text).toContain('/ru/forgot-password');
  });

  it('changes the password only with the right current password and an acceptable new one', async () => {
    const { user, cookie } = await signedIn();
    const wrong = await changePassword(cookie, 'not-my-password');
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong).details).toEqual([
      { path: 'currentPassword', code: 'current_password_wrong', message: undefined },
    ]);
    const common = await changePassword(cookie, user.password, 'qwertyuiop123');
    expect(common.statusCode).toBe(400);
    expect(errorOf(common).details?.[0]).toMatchObject({ path: 'newPassword', code: 'password_common' });
    expect((await loginRequest(t.app, user.accountName, NEW_PASSWORD, { ip: uniqueIp() })).statusCode).toBe(401);
    expect(await login(t.app, user.accountName, user.password)).toMatch(/^br_session=/);
  });

  it('signs out the other sessions on a password change but keeps this one, and mails a notice', async () => {
    const { user, cookie } = await signedIn();
    const other = await login(t.app, user.email, user.password, { remember: true });
    const res = await changePassword(cookie, user.password);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect((await currentUser(t.app, cookie))?.accountName).toBe(user.accountName);
    expect(await currentUser(t.app, other)).toBeNull();
    expect((await sessionList(t.app, cookie)).map((s) => s.current)).toEqual([true]);
    expect((await latestMail(t.app, user.email, 'passwordChanged')).subject).toBe(
      'Your Buttress Roots password was changed',
    );
    expect((await loginRequest(t.app, user.accountName, user.password, { ip: uniqueIp() })).statusCode).toBe(401);
    expect(await login(t.app, user.accountName, NEW_PASSWORD)).toMatch(/^br_session=/);
  });

  it('changes the email with a code sent to the new address, and tells the old address', async () => {
    const { user, cookie } = await signedIn();
    const newEmail = `moved_${unique()}@example.test`;

    const badPassword = await requestEmailCode(cookie, newEmail, 'not-my-password');
    expect(detailCodes(badPassword)).toEqual(['current_password_wrong']);
    expect(await mailTo(t.app, newEmail)).toEqual([]);

    const sent = await requestEmailCode(cookie, newEmail, user.password);
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toEqual({ resendAfterSeconds: 60, expiresInMinutes: 10 });
    const code = codeIn((await latestMail(t.app, newEmail, 'emailChangeCode')).text);
    const wrong = await confirmEmail(cookie, newEmail, code === '000000' ? '111111' : '000000');
    expect(detailCodes(wrong)).toEqual(['code_invalid']);

    const res = await confirmEmail(cookie, newEmail, code);
    expect(res.statusCode).toBe(200);
    expect(res.json<{ user: { email: string } }>().user.email).toBe(newEmail);
    expect((await currentUser(t.app, cookie))?.email).toBe(newEmail);
    const notice = await latestMail(t.app, user.email, 'emailChanged');
    expect(notice.text).toContain(newEmail);
    // The code is single-use, and sign-in follows the address.
    expect(detailCodes(await confirmEmail(cookie, newEmail, code))).toEqual(['code_invalid']);
    expect(await login(t.app, newEmail, user.password)).toMatch(/^br_session=/);
    expect((await loginRequest(t.app, user.email, user.password, { ip: uniqueIp() })).statusCode).toBe(401);
  });

  it('refuses to move to an address that another account uses (409), in any case', async () => {
    const { user, cookie } = await signedIn();
    const other = await registerUser(t.app);
    const res = await requestEmailCode(cookie, other.email.toUpperCase(), user.password);
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).code).toBe('CONFLICT');
    expect(errorOf(res).details).toEqual([{ path: 'newEmail', code: 'email_taken' }]);
    expect(await mailTo(t.app, other.email.toUpperCase())).toEqual([]);
  });

  it('refuses to confirm (409) when the address was registered after the code was sent', async () => {
    const { user, cookie } = await signedIn();
    const contested = `contested_${unique()}@example.test`;
    expect((await requestEmailCode(cookie, contested, user.password)).statusCode).toBe(200);
    const code = codeIn((await latestMail(t.app, contested, 'emailChangeCode')).text);
    await registerUser(t.app, { email: contested });
    const res = await confirmEmail(cookie, contested, code);
    expect(res.statusCode).toBe(409);
    expect(detailCodes(res)).toEqual(['email_taken']);
    expect((await currentUser(t.app, cookie))?.email).toBe(user.email);
    expect((await mailTo(t.app, user.email)).filter((m) => m.template === 'emailChanged')).toEqual([]);
  });

  it('lists the active sessions and marks the current one', async () => {
    const user: RegisteredUser = await registerUser(t.app);
    const [ipA, ipB] = [uniqueIp(), uniqueIp()];
    const a = await login(t.app, user.accountName, user.password, { ip: ipA });
    const b = await login(t.app, user.accountName, user.password, { ip: ipB, remember: true });
    const fromA = await sessionList(t.app, a);
    const fromB = await sessionList(t.app, b);
    expect(fromA).toHaveLength(2);
    expect(fromA.filter((s) => s.current).map((s) => s.ip)).toEqual([ipA]);
    expect(fromB.filter((s) => s.current).map((s) => s.ip)).toEqual([ipB]);
    expect(fromB.find((s) => s.ip === ipB)).toMatchObject({ remember: true, userAgent: 'lightMyRequest' });
    expect(fromB.find((s) => s.ip === ipA)?.remember).toBe(false);
  });

  it("answers 404 for another user's session and leaves it active", async () => {
    const { cookie } = await signedIn();
    const victim = await signedIn();
    const [target] = await sessionList(t.app, victim.cookie);
    const res = await send(t.app, 'DELETE', `/api/account/sessions/${target!.id}`, undefined, { cookie });
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe('NOT_FOUND');
    expect(await currentUser(t.app, victim.cookie)).not.toBeNull();
    expect((await sessionList(t.app, victim.cookie)).map((s) => s.id)).toEqual([target!.id]);
  });

  it('signs out one of your own other sessions', async () => {
    const { user, cookie } = await signedIn();
    const other = await login(t.app, user.accountName, user.password);
    const otherId = (await sessionList(t.app, other)).find((s) => s.current)!.id;
    const res = await send(t.app, 'DELETE', `/api/account/sessions/${otherId}`, undefined, { cookie });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect(await currentUser(t.app, other)).toBeNull();
    expect(await currentUser(t.app, cookie)).not.toBeNull();
    expect((await sessionList(t.app, cookie)).map((s) => s.id)).not.toContain(otherId);
    // Already signed out: a second attempt finds nothing.
    expect((await send(t.app, 'DELETE', `/api/account/sessions/${otherId}`, undefined, { cookie })).statusCode).toBe(
      404,
    );
  });
});
