/**
 * What signing in costs per request (issue 12, docs/performance.md "Order Management"): the session
 * hook reads the session, the account's roles and its supplier id in ONE statement — none while the
 * session is in this instance's cache (docs/decisions/0014-session-cache.md); the touch of
 * last_seen (at most once a minute) is the only other statement it may add. Counted on the
 * statement-recording database, with requests the access guard decides before any handler runs
 * (a 403, or a 400 from the query's validation after the guard let the request through).
 * `cold` empties the cache first: the statement a session costs when it is not in memory.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastSupplier, type TestSupplier } from '../../test/brand-fixtures.js';
import { createCatalogTestApp, type CatalogTestApp } from '../../test/catalog-fixtures.js';
import { call, makeUser, type TestUser } from '../../test/supplier-fixtures.js';
import type { ErrorBody } from '../../platform/errors.js';
import { SESSION_POLICY } from './session.repo.js';

/** A supplier route whose page=0 fails validation, which runs after the access guard. */
const GUARDED_SUPPLIER_ROUTE = '/api/supplier/products?page=0';

describe('statements of a signed-in request', () => {
  let t: CatalogTestApp;
  let supplier: TestSupplier;
  let buyer: TestUser;

  beforeAll(async () => {
    t = await createCatalogTestApp();
    supplier = await fastSupplier(t);
    buyer = await makeUser(t);
  });
  afterAll(() => t.close());

  async function statementsOf(
    cookie: string,
    options: { cold?: boolean } = {},
  ): Promise<{ status: number; code?: string; sql: string[] }> {
    if (options.cold) t.app.sessionCache.cache.clear();
    t.database.reset();
    const res = await call(t.app, 'GET', GUARDED_SUPPLIER_ROUTE, { cookie });
    const sql = t.database.queries.map((q) => q.sql);
    return { status: res.statusCode, code: res.json<ErrorBody>().code, sql };
  }

  it("an approved supplier passes the 'supplier' guard on one statement that carries its supplier id", async () => {
    const { status, sql } = await statementsOf(supplier.cookie, { cold: true });
    expect(status).toBe(400);
    expect(sql).toHaveLength(1);
    expect(sql[0]).toMatch(/from "sessions".*join "users".*left join "suppliers"/s);
    // Read a moment ago: from memory, no statement, the same decision.
    const cached = await statementsOf(supplier.cookie);
    expect(cached.status).toBe(400);
    expect(cached.sql).toEqual([]);
  });

  it('an account without an approved supplier is refused as before, on the same one statement', async () => {
    const { status, code, sql } = await statementsOf(buyer.cookie, { cold: true });
    expect(status).toBe(403);
    expect(code).toBe('SUPPLIER_NOT_APPROVED');
    expect(sql).toHaveLength(1);
    const cached = await statementsOf(buyer.cookie);
    expect([cached.status, cached.code, cached.sql]).toEqual([403, 'SUPPLIER_NOT_APPROVED', []]);
  });

  it('adds the touch of last_seen only once the touch interval has passed, then one statement again', async () => {
    t.clock.advance(SESSION_POLICY.touchEverySeconds * 1000 + 1000);
    const touched = await statementsOf(supplier.cookie);
    expect(touched.status).toBe(400);
    expect(touched.sql).toHaveLength(2);
    expect(touched.sql[1]).toMatch(/^update "sessions"/);
    const next = await statementsOf(supplier.cookie, { cold: true });
    expect(next.sql).toHaveLength(1);
  });

  it('touches a cached session too, once a minute, without reading it again', async () => {
    // Just touched by the test above; read (not touched) shortly before the minute is over…
    const margin = t.config.SESSION_CACHE_MS / 2;
    t.clock.advance(SESSION_POLICY.touchEverySeconds * 1000 - margin);
    expect((await statementsOf(supplier.cookie, { cold: true })).sql).toHaveLength(1);
    // …and used from memory just after it: the touch is the only statement.
    t.clock.advance(margin + 1);
    const touched = await statementsOf(supplier.cookie);
    expect(touched.status).toBe(400);
    expect(touched.sql).toHaveLength(1);
    expect(touched.sql[0]).toMatch(/^update "sessions"/);
    expect((await statementsOf(supplier.cookie)).sql).toEqual([]);
  });

  it('no signed-in request asks for the supplier status or the supplier id apart from the session', async () => {
    t.app.sessionCache.cache.clear();
    t.database.reset();
    const res = await call(t.app, 'GET', '/api/supplier/products', { cookie: supplier.cookie });
    expect(res.statusCode).toBe(200);
    const sql = t.database.queries.map((q) => q.sql);
    expect(sql.filter((q) => q.includes('from "sessions"'))).toHaveLength(1);
    expect(sql[0]).toMatch(/from "sessions"/);
    // The session hook no longer loads the application's status on every request.
    expect(sql.filter((q) => q.includes('from "supplier_applications"'))).toEqual([]);
  });
});
