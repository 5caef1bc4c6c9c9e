import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../platform/clock.js';
import type { RequestOrigin } from './accounts.deps.js';
import type { SessionCache } from './session-cache.js';
import { resolveSession, sessionCookieName, SESSION_POLICY, type SupplierTable } from './session.repo.js';

/**
 * Reads the session cookie on every request and sets request.user for the access guard: at most
 * one statement (the session with its account's roles and supplier id), none while the session is
 * in this instance's cache (docs/decisions/0014-session-cache.md), never a second lookup.
 */
export function installSessionHook(
  app: FastifyInstance,
  deps: { db: Db; clock: Clock; supplierTable: SupplierTable; secureCookies: boolean; cache?: SessionCache },
): void {
  app.addHook('onRequest', async (request) => {
    const token = sessionToken(request, deps.secureCookies);
    if (!token) return;
    const now = deps.clock.now();
    const session = await resolveSession(deps.db, deps.supplierTable, token, now, deps.cache);
    if (!session) return;
    const verifiedAt = session.mfaVerifiedAt?.getTime();
    request.user = {
      id: session.userId,
      sessionId: session.sessionId,
      roles: session.roles,
      supplierId: session.supplierId,
      supplierApproved: session.supplierId !== null,
      mfaVerified: verifiedAt !== undefined,
      mfaFresh: verifiedAt !== undefined && now.getTime() - verifiedAt < SESSION_POLICY.reauthMinutes * 60_000,
    };
  });
}

/** The session cookie's token, under the name for this site's cookie security. */
export function sessionToken(request: FastifyRequest, secure: boolean): string | undefined {
  return request.cookies[sessionCookieName(secure)];
}

export function requestOrigin(request: FastifyRequest): RequestOrigin {
  const ua = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof ua === 'string' ? ua : null };
}

export function setSessionCookie(
  reply: FastifyReply,
  session: { token: string; maxAgeSeconds: number | undefined },
  secure: boolean,
): void {
  void reply.setCookie(sessionCookieName(secure), session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    ...(session.maxAgeSeconds ? { maxAge: session.maxAgeSeconds } : {}),
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  void reply.clearCookie(sessionCookieName(secure), { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
