/**
 * The admins' Audit log (issue 15): review decisions and staff changes with filters (actor,
 * action, object, dates), paging, and a CSV export that quotes every cell and defuses formulas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../../platform/audit.js';
import { createAccountsTestApp, send, type AccountsTestApp } from '../../test/accounts-fixtures.js';
import { approveRequest, makeUser, submittedApplication, type TestUser } from '../../test/supplier-fixtures.js';
import { auditCsv, csvCell } from './audit-csv.js';

interface Entry {
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  details: Record<string, unknown>;
}
interface Page {
  entries: Entry[];
  total: number;
  page: number;
  pageSize: number;
}

let t: AccountsTestApp;
let admin: TestUser;
let reviewer: TestUser;
let applicationId: string;
beforeAll(async () => {
  t = await createAccountsTestApp();
  admin = await makeUser(t, { admin: true });
  reviewer = await makeUser(t, { staff: true });
  const applicant = await makeUser(t);
  const application = await submittedApplication(t.app, applicant);
  applicationId = application.id;
  const approved = await approveRequest(t.app, reviewer, application.id, application.version);
  expect(approved.statusCode).toBe(200);
  expect(
    (
      await send(
        t.app,
        'POST',
        `/api/admin/staff/${reviewer.id}/roles`,
        { roles: ['reviewer', 'admin'] },
        { cookie: admin.cookie },
      )
    ).statusCode,
  ).toBe(200);
  expect(
    (
      await send(
        t.app,
        'POST',
        `/api/admin/staff/${reviewer.id}/roles`,
        { roles: ['reviewer'] },
        { cookie: admin.cookie },
      )
    ).statusCode,
  ).toBe(200);
});
afterAll(async () => t.close());

const search = async (query: Record<string, string>, who = admin) => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/admin/audit?${new URLSearchParams(query).toString()}`,
    headers: { cookie: who.cookie },
  });
  expect(res.statusCode).toBe(200);
  return res.json<Page>();
};

describe('audit log', () => {
  it('is for admins only', async () => {
    for (const url of ['/api/admin/audit', '/api/admin/audit.csv']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie: reviewer.cookie } });
      expect(res.statusCode).toBe(403);
    }
  });

  it('shows review decisions and role changes, filtered by actor, action and object', async () => {
    const byReviewer = await search({ actor: reviewer.accountName.toUpperCase() });
    expect(byReviewer.entries.map((e) => e.entityId)).toContain(applicationId);
    expect(byReviewer.entries.every((e) => e.actorName === reviewer.accountName)).toBe(true);

    const roleChanges = await search({ action: 'staff.roles', entityId: reviewer.id });
    expect(roleChanges.total).toBe(2);
    expect(roleChanges.entries[0]).toMatchObject({
      actorName: admin.accountName,
      entityType: 'user',
      details: { before: ['admin', 'reviewer'], after: ['reviewer'] },
    });
    // The action filter is literal: a % is no wildcard.
    expect((await search({ action: '%' })).total).toBe(0);
    const object = await search({ entityType: 'user', entityId: reviewer.id });
    expect(object.entries.map((e) => e.action)).toEqual(['staff.roles_changed', 'staff.roles_changed']);
  });

  it('filters by whole UTC days, both ends included', async () => {
    // audit_log.created_at comes from the database clock (real time), so "today" is the real day.
    const realToday = new Date().toISOString().slice(0, 10);
    const all = await search({ from: realToday, to: realToday, entityId: reviewer.id });
    expect(all.total).toBe(2);
    expect((await search({ to: '2000-01-01', entityId: reviewer.id })).total).toBe(0);
  });

  it('pages 50 at a time', async () => {
    for (let i = 0; i < 53; i += 1) {
      await writeAudit(t.database.db, {
        actorId: null,
        action: 'paging.test',
        entityType: 'paging',
        entityId: String(i),
        ip: null,
      });
    }
    const first = await search({ entityType: 'paging' });
    expect(first).toMatchObject({ total: 53, page: 1, pageSize: 50 });
    expect(first.entries).toHaveLength(50);
    const second = await search({ entityType: 'paging', page: '2' });
    expect(second.entries).toHaveLength(3);
    expect(new Set([...first.entries, ...second.entries].map((e) => e.entityId)).size).toBe(53);
  });

  it('exports the filtered entries as CSV, every cell quoted and formulas defused', async () => {
    await writeAudit(t.database.db, {
      actorId: admin.id,
      action: 'csv.test',
      entityType: 'csv',
      entityId: '=1+1',
      ip: '127.0.0.1',
      details: { note: 'say "hi", then\nleave' },
    });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/admin/audit.csv?entityType=csv',
      headers: { cookie: admin.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(
      res.body.startsWith('\uFEFF"time","actor_id","actor","action","object_type","object_id","ip","details"\r\n'),
    ).toBe(true);
    const line = res.body.split('\r\n')[1]!;
    expect(line).toContain(`"${admin.accountName}","csv.test","csv","'=1+1","127.0.0.1"`);
    expect(line).toContain('"{""note"":""say \\""hi\\"", then\\nleave""}"');
    expect(res.body.split('\r\n').filter(Boolean)).toHaveLength(2);
  });
});

describe('CSV cells', () => {
  it('quotes, doubles quotes and prefixes = + - @ tab and CR with an apostrophe', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('a"b')).toBe('"a""b"');
    expect(csvCell('a,b\nc')).toBe('"a,b\nc"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}SUM(A1)`)).toBe(`"'${start}SUM(A1)"`);
    expect(csvCell(null)).toBe('""');
    expect(auditCsv([]).endsWith('"details"\r\n')).toBe(true);
  });
});
