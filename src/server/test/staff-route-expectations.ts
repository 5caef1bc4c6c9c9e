/**
 * The authorization matrix's entries for staff management (issue 15), kept apart from the big
 * table so parallel work on it merges cleanly. The setup and invitation routes answer other
 * machines 404 (the matrix calls from non-loopback addresses) or refuse the random token.
 */
import type { RouteExpectation } from './route-expectations.js';

const token = 'x'.repeat(43);

export const STAFF_ROUTE_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/staff-setup': { access: 'public', query: () => ({ token }) },
  'POST /api/staff-setup': {
    access: 'public',
    body: () => ({
      token,
      accountName: 'matrix_admin',
      email: 'matrix.admin@example.com',
      password: 'Granite-Orchard-Lamp-42',
    }),
  },
  'GET /api/admin/staff': { access: 'admin' },
  'POST /api/admin/staff/invitations': {
    access: 'admin',
    body: () => ({ email: `matrix.${Math.random().toString(36).slice(2)}@example.com`, role: 'reviewer' }),
  },
  'POST /api/admin/staff/invitations/:id/revoke': { access: 'admin' },
  'POST /api/admin/staff/:id/roles': { access: 'admin', body: () => ({ roles: ['reviewer'] }) },
  'POST /api/admin/staff/:id/disabled': { access: 'admin', body: () => ({ disabled: true }) },
  'GET /api/admin/audit': { access: 'admin' },
  'GET /api/admin/audit.csv': { access: 'admin' },
  'GET /api/staff-invitations': { access: 'public', query: () => ({ token }) },
  'POST /api/staff-invitations': {
    access: 'public',
    body: () => ({ token, accountName: 'matrix_invitee', password: 'Granite-Orchard-Lamp-42' }),
  },
};
