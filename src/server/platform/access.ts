import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

/**
 * Who may call a route. Every route under /api must declare one in `config.access`;
 * the app refuses to start otherwise, so "forgot to protect it" cannot ship.
 */
/** 'staff' = the review consoles (reviewer or admin); 'admin' = staff management and settings (admin only). */
export type Access = 'public' | 'user' | 'supplier' | 'staff' | 'admin';

export interface RequestUser {
  id: string;
  /** The session this request is signed in with. */
  sessionId: string;
  roles: readonly string[];
  /**
   * The account's supplier id, read with the session in the same statement (the suppliers row
   * exists exactly when the supplier authentication was approved); null for every other account.
   */
  supplierId: string | null;
  /** supplierId !== null: the 'supplier' access level. */
  supplierApproved: boolean;
  /** Whether this session proved a second factor (login step two, enrolment or re-authentication). */
  mfaVerified: boolean;
  /** …and did so within the re-authentication window (sensitive staff actions). */
  mfaFresh: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Sensitive staff action: the session must have proved a second factor within minutes. */
    freshSecondFactor?: boolean;
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

/** Manages staff and settings; implies the review consoles (docs/decisions/0013-staff-roles.md). */
export const ADMIN_ROLE = 'admin';
/** Works in the review consoles. */
export const REVIEWER_ROLE = 'reviewer';
export const STAFF_ROLES = [ADMIN_ROLE, REVIEWER_ROLE] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Platform staff (either role): review consoles, second factor required, staff session policy. */
export function hasStaffRole(roles: readonly string[]): boolean {
  return roles.includes(REVIEWER_ROLE) || roles.includes(ADMIN_ROLE);
}

export function hasAdminRole(roles: readonly string[]): boolean {
  return roles.includes(ADMIN_ROLE);
}

export function checkAccess(
  access: Access,
  request: FastifyRequest,
  options: { freshSecondFactor?: boolean } = {},
): void {
  if (access === 'public') return;
  const user = request.user;
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  if (access === 'staff' || access === 'admin') {
    if (!hasStaffRole(user.roles)) throw new AppError('FORBIDDEN', 'Platform staff only');
    if (access === 'admin' && !hasAdminRole(user.roles)) throw new AppError('FORBIDDEN', 'Administrators only');
    // Staff work only with a second factor: until one is enrolled, the enrolment is all they reach.
    if (!user.mfaVerified) {
      throw new AppError('MFA_ENROLMENT_REQUIRED', 'Set up two-factor authentication first');
    }
    if (options.freshSecondFactor && !user.mfaFresh) {
      throw new AppError('REAUTH_REQUIRED', 'Confirm with a code from your authenticator');
    }
  }
  if (access === 'supplier' && !user.supplierApproved) {
    throw new AppError('SUPPLIER_NOT_APPROVED', 'Supplier authentication has not been approved');
  }
}

export function installAccessControl(app: FastifyInstance): void {
  app.decorateRequest('user', undefined);
  app.addHook('onRoute', (route) => {
    // Decided per registered route (what the router matches after decoding the URL), never
    // on a request's raw path. A declared access is enforced wherever the route lives.
    const config = route.config as { access?: Access; freshSecondFactor?: boolean } | undefined;
    const access = config?.access;
    if (!access) {
      if (!requiresDeclaredAccess(route.url)) return;
      throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.access`);
    }
    // preValidation, not preHandler: an anonymous caller gets 401 before (and instead of) the
    // body's validation errors, and the route's own hooks from here on run only when allowed.
    const previous = route.preValidation;
    const guard = async (request: FastifyRequest) =>
      checkAccess(access, request, { freshSecondFactor: config?.freshSecondFactor });
    route.preValidation = previous ? [guard, ...(Array.isArray(previous) ? previous : [previous])] : guard;
  });
}

/** The signed-in supplier of a route whose access is 'supplier' (the guard has run): its account and supplier id. */
export function signedInSupplier(request: FastifyRequest): { userId: string; supplierId: string } {
  const user = signedIn(request);
  if (user.supplierId === null) {
    throw new AppError('SUPPLIER_NOT_APPROVED', 'Supplier authentication has not been approved');
  }
  return { userId: user.id, supplierId: user.supplierId };
}

/** The signed-in user of a route whose access is 'user' or stricter (the guard has run). */
export function signedIn(request: FastifyRequest): RequestUser {
  if (!request.user) throw new Error('signedIn() used on a route without access control');
  return request.user;
}
