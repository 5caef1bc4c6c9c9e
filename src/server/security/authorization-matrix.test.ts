/**
 * The authorization matrix (ASVS V8): every route the app registers, called with every method
 * as visitor, plain user, applicant, supplier A, supplier B, staff (reviewer) and admin, against the class of answer
 * its declared access and the table in test/route-expectations.ts promise. Supplier B and the others
 * are sent at A's objects. A route without a table entry fails here.
 */
import { randomUUID } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../platform/errors.js';
import { uniqueIp } from '../test/accounts-fixtures.js';
import { routeCollector, routeKey, type RouteInfo } from '../test/route-table.js';
import { createSecurityWorld, ROLES, type Caller, type Role } from '../test/security-world.js';
import { ROUTE_EXPECTATIONS, type RouteExpectation } from '../test/route-expectations.js';

const collector = routeCollector();
const world = await createSecurityWorld(collector.onRoute);
afterAll(async () => world.t.close());

/** HEAD routes Fastify adds for GET routes are judged by the GET entry. */
const entryKey = (route: RouteInfo) =>
  routeKey({ method: route.method === 'HEAD' ? 'GET' : route.method, url: route.url });
const routes = [...collector.routes].sort((a, b) => routeKey(a).localeCompare(routeKey(b)));

interface Expected {
  statuses?: number[];
  /** The error code of a refusal by the access guard. */
  code?: ErrorBody['code'];
  /** Reached the route: neither 401 nor 403 (nor 404 for an owner), and no 5xx. */
  through?: { owner: boolean };
  describe: string;
}

function expectedFor(entry: RouteExpectation, role: Role): Expected {
  const access = entry.access;
  if (role === 'visitor' && access !== 'public' && access !== 'none') {
    return { statuses: [401], code: 'UNAUTHENTICATED', describe: '401 (sign in first)' };
  }
  if (access === 'supplier' && role !== 'supplierA' && role !== 'supplierB') {
    return { statuses: [403], code: 'SUPPLIER_NOT_APPROVED', describe: '403 (not an approved supplier)' };
  }
  if (access === 'staff' && role !== 'staff' && role !== 'admin') {
    return { statuses: [403], code: 'FORBIDDEN', describe: '403 (staff only)' };
  }
  if (access === 'admin' && role !== 'admin') {
    return { statuses: [403], code: 'FORBIDDEN', describe: '403 (admins only)' };
  }
  // An admin has every power of staff (docs/decisions/0013-staff-roles.md): staff's objects are the admin's.
  const ownerRole: Role = role === 'admin' && !entry.owners?.includes('admin') ? 'staff' : role;
  if (entry.owners && !entry.owners.includes(ownerRole)) {
    const statuses = entry.othersGet ?? [404];
    return { statuses, describe: `${statuses.join('/')} (not the owner)` };
  }
  const owner = entry.owners?.includes(ownerRole) ?? false;
  return { through: { owner }, describe: owner ? 'reaches its own object' : 'passes the access guard' };
}

const fill = (url: string, entry: RouteExpectation) =>
  url
    .replace(/:(\w+)/g, (_, name: string) => {
      const object = entry.params?.[name];
      return object ? String(world.objects[object]) : randomUUID();
    })
    .replace(/\*$/, 'index.css');

async function callAs(route: RouteInfo, entry: RouteExpectation, caller: Caller): Promise<LightMyRequestResponse> {
  const query = entry.query ? `?${new URLSearchParams(entry.query(world.objects, caller)).toString()}` : '';
  const request: InjectOptions = {
    method: route.method as InjectOptions['method'],
    url: fill(route.url, entry) + query,
    remoteAddress: uniqueIp(),
    headers: {
      origin: world.t.config.publicUrl,
      ...(caller.account ? { cookie: caller.account.cookie } : {}),
    },
    ...(entry.body ? { payload: entry.body(world.objects, caller) } : {}),
  };
  return world.t.app.inject(request);
}

/** Why the answer breaks the expectation, or undefined when it keeps it. */
function verdict(route: RouteInfo, expected: Expected, res: LightMyRequestResponse): string | undefined {
  const status = res.statusCode;
  if (status >= 500) return `${status} ${res.body.slice(0, 200)}`;
  if (route.method !== 'HEAD' && (status === 401 || status === 403)) {
    const code = res.json<ErrorBody>().code;
    // CSRF must not mask access: the matrix sends our own origin.
    if (code === 'CSRF_REJECTED') return `${status} CSRF_REJECTED`;
    if (expected.code && code !== expected.code) return `${status} ${code}`;
  }
  if (expected.statuses) return expected.statuses.includes(status) ? undefined : `${status}`;
  if (status === 401 || status === 403) return `${status} ${res.body.slice(0, 120)}`;
  if (expected.through?.owner && status === 404) return `404 on its own object`;
  return undefined;
}

describe('authorization matrix', () => {
  it('has exactly one table entry per route (a new route needs an entry)', () => {
    const served = new Set(routes.map(entryKey));
    const missing = [...served].filter((key) => !ROUTE_EXPECTATIONS[key]);
    const stale = Object.keys(ROUTE_EXPECTATIONS).filter((key) => !served.has(key));
    expect(missing, 'routes without an entry in route-expectations.ts').toEqual([]);
    expect(stale, 'entries for routes the app no longer serves').toEqual([]);
  });

  it('each route declares the access its table entry says', () => {
    const mismatched = routes
      .filter((route) => ROUTE_EXPECTATIONS[entryKey(route)])
      .filter((route) => (route.access ?? 'none') !== ROUTE_EXPECTATIONS[entryKey(route)]!.access)
      .map((route) => `${routeKey(route)}: declares ${route.access ?? 'nothing'}`);
    expect(mismatched).toEqual([]);
  });

  it.each(routes.map((route) => [routeKey(route), route] as const))(
    '%s answers each role as its access promises',
    async (_, route) => {
      const entry = ROUTE_EXPECTATIONS[entryKey(route)];
      if (!entry) return; // reported by the first test
      const failures: string[] = [];
      for (const role of ROLES) {
        const expected = expectedFor(entry, role);
        const res = await callAs(route, entry, world.callers[role]);
        const problem = verdict(route, expected, res);
        if (problem) failures.push(`${role}: expected ${expected.describe}, got ${problem}`);
        if (entry.signsOut) await world.signInAgain(role);
      }
      expect(failures).toEqual([]);
    },
  );

  it('prints its size', () => {
    const size = `${routes.length} routes × ${ROLES.length} roles = ${routes.length * ROLES.length} calls`;
    console.log(`authorization matrix: ${size}`);
    expect(routes.length).toBeGreaterThan(40);
  });
});
