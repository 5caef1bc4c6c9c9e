/**
 * Test helpers for TOTP two-factor authentication: an authenticator enrolled with a known
 * secret (as the e2e CLI does), and codes computed with otpauth at the app's (fake) clock.
 */
import { eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Db } from '../db/client.js';
import { sessions, totpCredentials } from '../modules/accounts/accounts.tables.js';
import { SESSION_POLICY } from '../modules/accounts/session.repo.js';
import { sha256 } from '../platform/crypto.js';
import { newTotpSecret, totpCodeAt, totpStep } from '../modules/accounts/totp.js';

export { totpCodeAt };
import { systemClock, type Clock } from '../platform/clock.js';
import { loginRequest, send, sessionCookieOf, uniqueIp } from './accounts-fixtures.js';

/** A confirmed authenticator with a known secret, written directly (no enrolment round trip). */
export async function enrolKnownSecret(db: Db, userId: string, now: Date, secret = newTotpSecret()): Promise<string> {
  await db.insert(totpCredentials).values({ userId, secret, confirmedAt: now, createdAt: now });
  return secret;
}

/**
 * A code the server accepts now: the current step's, or the next one's when the current step was
 * already used (the server allows one step of drift and refuses a replayed step).
 */
export async function freshTotpCode(db: Db, userId: string, secret: string, now: Date): Promise<string> {
  const [row] = await db
    .select({ last: totpCredentials.lastUsedStep })
    .from(totpCredentials)
    .where(eq(totpCredentials.userId, userId));
  const current = totpStep(now);
  const step = [current, current + 1].find((s) => row?.last == null || s > row.last);
  if (step === undefined) throw new Error('both acceptable time steps were used; advance the clock');
  return totpCodeAt(secret, step);
}

export interface SecondFactorApp {
  app: FastifyInstance;
  database: { db: Db };
  clock?: Clock;
}

/** Password, then the second step with a fresh code; answers the second step's response. */
export async function loginWithTotp(
  t: SecondFactorApp,
  user: { id: string; accountName: string; password: string; totpSecret: string },
  options: { remember?: boolean; ip?: string } = {},
): Promise<LightMyRequestResponse> {
  const ip = options.ip ?? uniqueIp();
  const first = await loginRequest(t.app, user.accountName, user.password, { remember: options.remember, ip });
  const token = first.json<{ secondFactor?: { token: string } }>().secondFactor?.token;
  if (first.statusCode !== 200 || !token) throw new Error(`login answered ${first.statusCode}: ${first.body}`);
  const code = await freshTotpCode(t.database.db, user.id, user.totpSecret, (t.clock ?? systemClock).now());
  return send(t.app, 'POST', '/api/auth/login/second-factor', { token, code }, { ip });
}

/** Logs in through both steps and returns the session cookie. */
export async function loginStaff(
  t: SecondFactorApp,
  user: { id: string; accountName: string; password: string; totpSecret: string },
): Promise<string> {
  const res = await loginWithTotp(t, user);
  if (res.statusCode !== 200) throw new Error(`second factor answered ${res.statusCode}: ${res.body}`);
  return sessionCookieOf(res);
}

/** Proves the second factor again in the user's session (review decisions need it recent). */
export async function reauthenticate(
  t: SecondFactorApp,
  user: { id: string; cookie: string; totpSecret: string },
): Promise<void> {
  const code = await freshTotpCode(t.database.db, user.id, user.totpSecret, (t.clock ?? systemClock).now());
  const res = await send(t.app, 'POST', '/api/auth/reauthenticate', { code }, { cookie: user.cookie });
  if (res.statusCode !== 200) throw new Error(`reauthenticate answered ${res.statusCode}: ${res.body}`);
}

/**
 * After the fake clock jumped: a staff user still signed in with a recent second factor — signed
 * in again when the session ended (8 h idle, 12 h at most), re-authenticated when the last proof
 * is older than the 15 minutes review decisions allow.
 */
export async function keepStaffSignedIn<
  U extends { id: string; accountName: string; password: string; cookie: string; totpSecret?: string },
>(t: SecondFactorApp & { clock: Clock }, user: U): Promise<U> {
  if (!user.totpSecret) throw new Error(`${user.accountName} has no authenticator`);
  const staff = { ...user, totpSecret: user.totpSecret };
  const [session] = await t.database.db
    .select({ verifiedAt: sessions.mfaVerifiedAt })
    .from(sessions)
    .where(eq(sessions.tokenHash, sha256(user.cookie.replace(/^br_session=/, ''))));
  const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: user.cookie } });
  if (!session || me.json<{ user: unknown }>().user === null) return { ...user, cookie: await loginStaff(t, staff) };
  const age = t.clock.now().getTime() - (session.verifiedAt?.getTime() ?? 0);
  if (age >= SESSION_POLICY.reauthMinutes * 60_000) await reauthenticate(t, staff);
  return user;
}
