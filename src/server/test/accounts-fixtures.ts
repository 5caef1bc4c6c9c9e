import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { FakeClock } from './fake-clock.js';
import type { ErrorBody } from '../platform/errors.js';
import type { MailTransport } from '../platform/mail/transport.js';
import { createTestDatabase } from './test-database.js';
import { startTestApp, type TestApp } from './test-app.js';

/** Same-origin header for state-changing requests (inject's default host is localhost:80). */
export const SAME_ORIGIN = { origin: 'http://localhost:80' } as const;
export const PASSWORD = 'Correct-Horse-Battery-9';
export const HOUR_MS = 3_600_000;

export interface AccountsTestApp extends TestApp {
  clock: FakeClock;
}

/**
 * A fake clock at the start of an hour at least an hour ahead of real time: rate-limit
 * windows are aligned to the hour, and outbox rows (next_attempt_at defaults to the
 * database's now()) are due for the worker at once.
 */
export function futureClock(): FakeClock {
  return new FakeClock(new Date((Math.floor(Date.now() / HOUR_MS) + 2) * HOUR_MS + 1000));
}

/** Moves the clock forward to one second past the next hour, so a fixed window starts fresh. */
export function alignToNextHour(clock: FakeClock): void {
  clock.set(new Date((Math.floor(clock.now().getTime() / HOUR_MS) + 1) * HOUR_MS + 1000));
}

/** The real app on a private database, with a fake clock and optionally a mail transport. */
export async function createAccountsTestApp(
  options: { clock?: FakeClock; transport?: MailTransport; env?: Record<string, string> } = {},
): Promise<AccountsTestApp> {
  const clock = options.clock ?? futureClock();
  const started = await startTestApp(await createTestDatabase(), {
    env: options.env,
    clock,
    mailTransport: options.transport,
  });
  return { ...started, clock };
}

let sequence = 0;
/** A short unique suffix: unique within the run (counter) and across processes (random). */
export function unique(): string {
  sequence += 1;
  return `${sequence.toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/** A distinct client address per call, so per-IP limits of one test never hit another. */
export function uniqueIp(): string {
  sequence += 1;
  return `10.${(sequence >> 16) & 255}.${(sequence >> 8) & 255}.${sequence & 255}`;
}

export function errorOf(res: LightMyRequestResponse): ErrorBody {
  return res.json<ErrorBody>();
}

/** The detail codes of an error answer, e.g. ['email_taken']. */
export function detailCodes(res: LightMyRequestResponse): string[] {
  return (errorOf(res).details ?? []).map((d) => d.code);
}

/** POST/PATCH/DELETE with the same-origin header and an optional session cookie. */
export function send(
  app: FastifyInstance,
  method: 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
  options: { cookie?: string; ip?: string; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  const request: InjectOptions = {
    method,
    url,
    headers: { ...SAME_ORIGIN, ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
    ...(payload ? { payload } : {}),
    ...(options.ip ? { remoteAddress: options.ip } : {}),
  };
  return app.inject(request);
}

export interface MailboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  template: string;
  status: string;
  createdAt: string;
}

/** Messages to one address from /dev/mailbox, newest first. */
export async function mailTo(app: FastifyInstance, to: string): Promise<MailboxMessage[]> {
  const res = await app.inject({ method: 'GET', url: `/dev/mailbox/messages.json?to=${encodeURIComponent(to)}` });
  if (res.statusCode !== 200) throw new Error(`dev mailbox answered ${res.statusCode}`);
  return res.json<{ messages: MailboxMessage[] }>().messages;
}

export async function latestMail(app: FastifyInstance, to: string, template?: string): Promise<MailboxMessage> {
  const message = (await mailTo(app, to)).find((m) => !template || m.template === template);
  if (!message) throw new Error(`no ${template ?? ''} mail to ${to}`);
  return message;
}

/** The 6-digit code on its own line of a code mail. */
export function codeIn(text: string): string {
  const match = /^(\d{6})$/m.exec(text);
  if (!match) throw new Error(`no code in mail:\n${text}`);
  return match[1]!;
}

/** The reset token from a "reset your password" mail. */
export function resetTokenIn(text: string): string {
  const match = /reset-password\?token=([^\s&]+)/.exec(text);
  if (!match) throw new Error(`no reset link in mail:\n${text}`);
  return decodeURIComponent(match[1]!);
}

export async function requestRegisterCode(
  app: FastifyInstance,
  email: string,
  ip = uniqueIp(),
): Promise<LightMyRequestResponse> {
  return send(app, 'POST', '/api/auth/register/code', { email }, { ip });
}

/** Requests a code and reads it from the dev mailbox. */
export async function registerCode(app: FastifyInstance, email: string, ip = uniqueIp()): Promise<string> {
  const res = await requestRegisterCode(app, email, ip);
  if (res.statusCode !== 200) throw new Error(`register/code answered ${res.statusCode}: ${res.body}`);
  return codeIn((await latestMail(app, email, 'registerCode')).text);
}

export interface RegisteredUser {
  accountName: string;
  email: string;
  password: string;
}

/** A new account through the real endpoints (code by mail, then register), unique per call; not signed in. */
export async function registerUser(
  app: FastifyInstance,
  overrides: { accountName?: string; email?: string; password?: string; locale?: string } = {},
): Promise<RegisteredUser> {
  const id = unique();
  const accountName = overrides.accountName ?? `user_${id}`;
  const email = overrides.email ?? `${accountName.toLowerCase()}@example.test`;
  const password = overrides.password ?? PASSWORD;
  const ip = uniqueIp();
  const code = await registerCode(app, email, ip);
  const res = await send(
    app,
    'POST',
    '/api/auth/register',
    {
      accountName,
      email,
      password,
      code,
      agreementAccepted: true,
      agreementVersion: '2026-11-01',
      ...(overrides.locale ? { locale: overrides.locale } : {}),
    },
    { ip },
  );
  if (res.statusCode !== 201) throw new Error(`register answered ${res.statusCode}: ${res.body}`);
  return { accountName, email, password };
}

/**
 * The session cookie from a response's Set-Cookie, as a Cookie header ("br_session=…", or
 * "__Host-br_session=…" when the app runs with Secure cookies).
 */
export function sessionCookieOf(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'br_session' || c.name === '__Host-br_session');
  if (!cookie?.value) throw new Error(`no session cookie in ${res.statusCode} ${res.body}`);
  return `${cookie.name}=${cookie.value}`;
}

export function loginRequest(
  app: FastifyInstance,
  login: string,
  password: string,
  options: { remember?: boolean; ip?: string; cookie?: string } = {},
): Promise<LightMyRequestResponse> {
  return send(
    app,
    'POST',
    '/api/auth/login',
    { login, password, remember: options.remember ?? false },
    { ip: options.ip, cookie: options.cookie },
  );
}

/** Logs in and returns the session cookie ("br_session=…"). */
export async function login(
  app: FastifyInstance,
  loginName: string,
  password: string,
  options: { remember?: boolean; ip?: string; cookie?: string } = {},
): Promise<string> {
  const res = await loginRequest(app, loginName, password, { ip: uniqueIp(), ...options });
  if (res.statusCode !== 200) throw new Error(`login answered ${res.statusCode}: ${res.body}`);
  return sessionCookieOf(res);
}

export interface MeUser {
  id: string;
  accountName: string;
  email: string;
  locale: string;
}

/** GET /api/auth/me with a cookie: the user, or null when the session is not (or no longer) valid. */
export async function currentUser(app: FastifyInstance, cookie: string): Promise<MeUser | null> {
  const res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
  if (res.statusCode !== 200) throw new Error(`me answered ${res.statusCode}`);
  return res.json<{ user: MeUser | null }>().user;
}
