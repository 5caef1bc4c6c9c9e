import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false: this route takes cross-site state changes (e.g. a signed webhook). Off for none today. */
    csrf?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

/** Our own origin, as configured and as this request reached us (behind a trusted proxy too). */
export function allowedOrigins(request: FastifyRequest, publicUrl: string): Set<string> {
  const origins = new Set<string>([new URL(publicUrl).origin]);
  const own = originOf(`${request.protocol}://${request.host}`);
  if (own) origins.add(own);
  return origins;
}

/**
 * Cross-site request forgery guard for every state-changing request: the browser's Origin
 * (or, failing that, Referer) must be our own. Browsers always send Origin on cross-site
 * POST/PATCH/DELETE, and a page cannot forge it. SameSite=Lax cookies are the second layer.
 *
 * It applies to every non-safe method on every matched route, whatever the path: the router
 * decodes URLs ("/%61pi/…" reaches "/api/…"), so any decision taken on the raw URL can be dodged.
 * Nothing on this platform accepts a cross-site state change (no webhooks yet); one that
 * must would opt out on its matched route (`config.csrf: false`), never by path.
 */
export function installCsrfGuard(app: FastifyInstance, publicUrl: string): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    // No route matched: the 404 answer changes nothing, and stays a 404 for everyone.
    if (request.routeOptions.url === undefined) return;
    if (request.routeOptions.config.csrf === false) return;
    const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
    if (!origin || !allowedOrigins(request, publicUrl).has(origin)) {
      throw new AppError('CSRF_REJECTED', 'Cross-site request rejected');
    }
  });
}
