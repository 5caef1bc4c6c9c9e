/**
 * Schema fuzzing (ASVS V1/V2 input handling): every route with a params, query or body schema gets
 * FUZZ_RUNS generated requests (default 100), from its JSON Schema and hostile mutations of it,
 * signed in as an approved supplier and as staff so the handlers run, not only the guard. No
 * answer may be a 5xx or carry a stack trace, 4xx answers speak the error vocabulary, and the
 * app is healthy afterwards. FUZZ_SEED replays a run (fast-check prints the seed of a failure).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { futureClock, uniqueIp } from '../test/accounts-fixtures.js';
import { fastSupplier } from '../test/brand-fixtures.js';
import { routeCollector, routeKey, type RouteInfo } from '../test/route-table.js';
import { answerProblem, injectOptions, isFuzzable, requestArbitrary } from '../test/route-fuzz.js';
import { makeUser } from '../test/supplier-fixtures.js';
import { startTestApp } from '../test/test-app.js';
import { createTestDatabase } from '../test/test-database.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const collector = routeCollector();
const clock = futureClock();
const t = { ...(await startTestApp(await createTestDatabase(), { clock, onRoute: collector.onRoute })), clock };
const supplier = await fastSupplier(t);
const staff = await makeUser(t, { staff: true });
afterAll(async () => t.close());

const routes = collector.routes.filter(isFuzzable).sort((a, b) => routeKey(a).localeCompare(routeKey(b)));

/** The accounts the route's guard lets through (both where both may call it). */
function cookiesFor(route: RouteInfo): string[] {
  if (route.access === 'staff') return [staff.cookie];
  if (route.access === 'supplier') return [supplier.cookie];
  return [supplier.cookie, staff.cookie];
}

describe('schema fuzzing', () => {
  it.each(routes.map((route) => [routeKey(route), route] as const))(
    '%s: no 5xx, no stack trace, errors in the vocabulary',
    async (_, route) => {
      const cookies = cookiesFor(route);
      let run = 0;
      await fc.assert(
        fc.asyncProperty(requestArbitrary(route), async (request) => {
          const cookie = cookies[run++ % cookies.length]!;
          const res = await t.app.inject({
            ...injectOptions(route, request, { origin: t.config.publicUrl, cookie }),
            remoteAddress: uniqueIp(),
          });
          const problem = answerProblem(route, res);
          if (problem) throw new Error(problem);
        }),
        { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) },
      );
    },
    600_000,
  );

  it('leaves the app healthy, and prints its size', async () => {
    console.log(`schema fuzz: ${routes.length} routes × ${RUNS} runs = ${routes.length * RUNS} requests`);
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    expect(routes.length).toBeGreaterThan(30);
  });
});
