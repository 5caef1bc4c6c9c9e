import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

/**
 * Who may call a route. Every route under /api must declare one in `config.access`;
 * the app refuses to start otherwise, so "forgot to protect it" cannot ship.
 */
export type Access = 'public' | 'user' | 'supplier' | 'staff';

export interface RequestUser {
  id: string;
  /** The session this request is signed in with. */
  sessionId: string;
  roles: readonly string[];
  supplierApproved: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** The signed-in user, when the request carries a valid session. */
    user?: RequestUser;
  }
}

const EXEMPT_PREFIXES = ['/api/docs'];

export function requiresDeclaredAccess(url: string): boolean {
  return url.startsWith('/api/') && !EXEMPT_PREFIXES.some((p) => url.startsWith(p)) && url !== '/api/openapi.json';
}

export function checkAccess(access: Access, request: FastifyRequest): void {
  if (access === 'public') return;
  const user = request.user;
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  if (access === 'staff' && !user.roles.includes('staff')) throw new AppError('FORBIDDEN', 'Platform staff only');
  if (access === 'supplier' && !user.supplierApproved) {
    throw new AppError('SUPPLIER_NOT_APPROVED', 'Supplier authentication has not been approved');
  }
}

export function installAccessControl(app: FastifyInstance): void {
  app.decorateRequest('user', undefined);
  app.addHook('onRoute', (route) => {
    if (!requiresDeclaredAccess(route.url)) return;
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (!access) {
      throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.access`);
    }
    // preValidation, not preHandler: an anonymous caller gets 401 before (and instead of) the
    // body's validation errors, and the route's own hooks from here on run only when allowed.
    const previous = route.preValidation;
    const guard = async (request: FastifyRequest) => checkAccess(access, request);
    route.preValidation = previous ? [guard, ...(Array.isArray(previous) ? previous : [previous])] : guard;
  });
}
