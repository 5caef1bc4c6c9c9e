/**
 * Integers the API stores in int4 columns (row versions, quantities) are refused at the schema
 * layer when they do not fit, instead of reaching PostgreSQL ("out of range" → 500). Found by
 * the schema fuzz suite.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../platform/errors.js';
import { futureClock } from '../test/accounts-fixtures.js';
import { fastSupplier } from '../test/brand-fixtures.js';
import { addressBody, germanBuyer } from '../test/buyer-fixtures.js';
import { call, mainlandCompany, makeUser } from '../test/supplier-fixtures.js';
import { startTestApp } from '../test/test-app.js';
import { createTestDatabase } from '../test/test-database.js';

const t = { ...(await startTestApp(await createTestDatabase(), { clock: futureClock() })), clock: futureClock() };
const supplier = await fastSupplier(t);
const staff = await makeUser(t, { staff: true });
afterAll(async () => t.close());

const TOO_BIG = 2 ** 31;
const TOO_SMALL = -(2 ** 53) + 1;
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

const cases: [string, Method, string, object | undefined, 'supplier' | 'staff'][] = [
  ['catalog filter maxMoq', 'GET', `/api/catalog/products?maxMoq=${TOO_BIG}`, undefined, 'supplier'],
  [
    'material removal version',
    'DELETE',
    `/api/supplier-application/materials/${randomUUID()}?version=${TOO_SMALL}`,
    undefined,
    'supplier',
  ],
  [
    'application save version',
    'PUT',
    '/api/supplier-application',
    { version: TOO_BIG, company: mainlandCompany() },
    'supplier',
  ],
  [
    'material version',
    'POST',
    '/api/supplier-application/materials',
    { version: TOO_BIG, type: 'other', fileId: randomUUID() },
    'supplier',
  ],
  ['submit version', 'POST', '/api/supplier-application/submit', { version: TOO_BIG }, 'supplier'],
  [
    'application approval version',
    'POST',
    `/api/admin/supplier-applications/${randomUUID()}/approve`,
    { version: TOO_BIG },
    'staff',
  ],
  ['brand approval version', 'POST', `/api/admin/brands/${randomUUID()}/approve`, { version: TOO_BIG }, 'staff'],
  ['buyer information version', 'PUT', '/api/buyer/profile', { version: TOO_BIG, buyer: germanBuyer() }, 'supplier'],
  [
    'address edit version',
    'PUT',
    `/api/buyer/addresses/${randomUUID()}`,
    { version: TOO_BIG, address: addressBody() },
    'supplier',
  ],
  [
    'address removal version',
    'DELETE',
    `/api/buyer/addresses/${randomUUID()}?version=${TOO_SMALL}`,
    undefined,
    'supplier',
  ],
];

describe('integers beyond int4', () => {
  it.each(cases)('%s: 400 naming the field', async (_, method, url, payload, who) => {
    const cookie = who === 'staff' ? staff.cookie : supplier.cookie;
    const res = await call(t.app, method, url, { cookie, payload });
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json<ErrorBody>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details?.map((d) => d.path).join(' ')).toMatch(/version|maxMoq/);
  });
});
