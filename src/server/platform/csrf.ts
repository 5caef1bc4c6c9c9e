import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

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
 */
export function installCsrfGuard(app: FastifyInstance, publicUrl: string): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (!request.url.startsWith('/api/') && !request.url.startsWith('/dev/')) return;
    const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
    if (!origin || !allowedOrigins(request, publicUrl).has(origin)) {
      throw new AppError('CSRF_REJECTED', 'Cross-site request rejected');
    }
  });
}
