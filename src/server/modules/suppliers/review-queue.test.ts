import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../test/fake-clock.js';
import { keepStaffSignedIn } from '../../test/two-factor-fixtures.js';
import { createAccountsTestApp, errorOf, HOUR_MS, type AccountsTestApp } from '../../test/accounts-fixtures.js';
import {
  applicationOf,
  approveRequest,
  call,
  getApplication,
  mainlandCompany,
  makeUser,
  saveDraft,
  submittedApplication,
  type TestUser,
} from '../../test/supplier-fixtures.js';
import { suppliers } from './suppliers.tables.js';

// The staff review console's access rules and its queue (decisions: review.test.ts).

// Monday 3 June 2030, 10:00 in China.
const MONDAY = new Date('2030-06-03T02:00:00Z');
const DAY_MS = 86_400_000;
const ADMIN = '/api/admin/supplier-applications';

let t: AccountsTestApp;
let staff: TestUser;
beforeAll(async () => {
  t = await createAccountsTestApp({ clock: new FakeClock(MONDAY) });
  staff = await makeUser(t, { staff: true });
});
afterAll(async () => t?.close());
// Tests that move the clock put it back, even when they fail.
afterEach(() => t.clock.set(MONDAY));

const queue = async (query = '') => {
  const res = await call(t.app, 'GET', `${ADMIN}${query}`, { cookie: staff.cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: { id: string; overdue: boolean; status: string; dueAt: string }[] }>().items;
};
const supplierRows = (userId: string) => t.database.db.select().from(suppliers).where(eq(suppliers.userId, userId));

describe('access to the review console', () => {
  it('answers 403 FORBIDDEN to a signed-in non-staff user and 401 to anonymous callers on every route', async () => {
    const user = await makeUser(t);
    const own = await submittedApplication(t.app, user);
    const routes: ['GET' | 'POST', string, object | undefined][] = [
      ['GET', ADMIN, undefined],
      ['GET', `${ADMIN}?status=all`, undefined],
      ['GET', `${ADMIN}/${own.id}`, undefined],
      ['POST', `${ADMIN}/${own.id}/approve`, { version: own.version }],
      ['POST', `${ADMIN}/${own.id}/reject`, { version: own.version, reasons: [{ target: 'general', code: 'other' }] }],
      ['GET', `${ADMIN}/${randomUUID()}`, undefined],
    ];
    for (const [method, url, payload] of routes) {
      const forbidden = await call(t.app, method, url, { cookie: user.cookie, payload });
      expect(forbidden.statusCode, `${method} ${url}`).toBe(403);
      expect(errorOf(forbidden).code).toBe('FORBIDDEN');
      const anonymous = await call(t.app, method, url, { payload });
      expect(anonymous.statusCode, `${method} ${url}`).toBe(401);
      expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
    }
    // The applicant could not approve their own application.
    expect(await getApplication(t.app, user.cookie)).toMatchObject({ status: 'submitted', version: own.version });
    expect(await supplierRows(user.id)).toEqual([]);
  });
});

describe('the queue', () => {
  it('lists the oldest submission first and flags those past their due date', async () => {
    const [early, late, later] = [await makeUser(t), await makeUser(t), await makeUser(t)];
    // Submitted out of order: Tuesday's first, then Monday's.
    t.clock.set(new Date(MONDAY.getTime() + DAY_MS));
    const tuesday = await submittedApplication(t.app, late);
    t.clock.set(MONDAY);
    const monday = await submittedApplication(t.app, early);
    t.clock.set(new Date(MONDAY.getTime() + 2 * DAY_MS));
    const wednesday = await submittedApplication(t.app, later);
    expect(monday.dueAt).toBe('2030-06-06T15:59:59.999Z');
    expect(tuesday.dueAt).toBe('2030-06-07T15:59:59.999Z');

    // Friday 10:00 in China: Monday's (due Thursday night) is overdue, Tuesday's is due tonight.
    t.clock.set(new Date('2030-06-07T02:00:00Z'));
    staff = await keepStaffSignedIn(t, staff);
    const mine = [monday.id, tuesday.id, wednesday.id];
    const items = (await queue()).filter((i) => mine.includes(i.id));
    expect(items.map((i) => [i.id, i.overdue])).toEqual([
      [monday.id, true],
      [tuesday.id, false],
      [wednesday.id, false],
    ]);
    expect(items.every((i) => i.status === 'submitted')).toBe(true);
    const overdue = (await queue('?overdue=true')).map((i) => i.id);
    expect(overdue).toContain(monday.id);
    expect(overdue).not.toContain(tuesday.id);
    const search = await queue(`?q=${encodeURIComponent(monday.company.companyNameEn!)}`);
    expect(search.map((i) => i.id)).toEqual([monday.id]);

    // A day later Tuesday's is overdue too; decided ones leave the queue and are never overdue.
    t.clock.set(new Date('2030-06-08T02:00:00Z'));
    staff = await keepStaffSignedIn(t, staff);
    applicationOf(await approveRequest(t.app, staff, monday.id, monday.version));
    const after = (await queue()).filter((i) => mine.includes(i.id));
    expect(after.map((i) => [i.id, i.overdue])).toEqual([
      [tuesday.id, true],
      [wednesday.id, false],
    ]);
    const approved = (await queue('?status=approved')).find((i) => i.id === monday.id);
    expect(approved).toMatchObject({ status: 'approved', overdue: false });
    // "Overdue only" agrees with the flag: the late-decided one is not listed under any state.
    for (const status of ['approved', 'all'])
      expect((await queue(`?status=${status}&overdue=true`)).map((i) => i.id)).not.toContain(monday.id);
    expect((await queue('?status=all&overdue=true')).map((i) => i.id)).toContain(tuesday.id);
    t.clock.set(MONDAY);
  });

  it('lists decided applications newest first and searches account names literally', async () => {
    const [older, newer] = [await makeUser(t), await makeUser(t)];
    const first = await submittedApplication(t.app, older);
    t.clock.set(new Date(MONDAY.getTime() + HOUR_MS));
    const second = await submittedApplication(t.app, newer);
    staff = await keepStaffSignedIn(t, staff);
    applicationOf(await approveRequest(t.app, staff, first.id, first.version));
    applicationOf(await approveRequest(t.app, staff, second.id, second.version));
    const mine = (items: { id: string }[]) => items.map((i) => i.id).filter((id) => [first.id, second.id].includes(id));
    expect(mine(await queue('?status=approved'))).toEqual([second.id, first.id]);
    expect(mine(await queue('?status=all'))).toEqual([second.id, first.id]);
    // "_" in the account name is a LIKE wildcard unless escaped: only the exact name matches.
    expect(mine(await queue(`?status=all&q=${encodeURIComponent(older.accountName)}`))).toEqual([first.id]);
    expect(mine(await queue(`?status=all&q=${encodeURIComponent(older.accountName.replace('_', '%'))}`))).toEqual([]);
  });

  it('never shows drafts', async () => {
    const user = await makeUser(t);
    const draft = await saveDraft(t.app, user.cookie, mainlandCompany());
    expect((await queue('?status=all')).map((i) => i.id)).not.toContain(draft.id);
    expect((await call(t.app, 'GET', `${ADMIN}/${draft.id}`, { cookie: staff.cookie })).statusCode).toBe(404);
  });
});
