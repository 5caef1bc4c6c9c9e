/**
 * The admins' Staff page (issue 15): invitations by mail, role changes, disable/enable (sessions
 * end at once), the last admin kept (also under concurrent requests), audit entries, and a fresh
 * second factor for every change. Runs on PGlite and, with DATABASE_URL, on PostgreSQL.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffMember } from '../../../shared/schemas/staff.js';
import { auditLog } from '../../platform/audit.tables.js';
import { createMailer } from '../../platform/mail/outbox.js';
import {
  createAccountsTestApp,
  currentUser,
  detailCodes,
  errorOf,
  latestMail,
  loginRequest,
  send,
  unique,
  uniqueIp,
  type AccountsTestApp,
} from '../../test/accounts-fixtures.js';
import { makeUser, type TestUser } from '../../test/supplier-fixtures.js';
import { loginStaff } from '../../test/two-factor-fixtures.js';
import { users } from './accounts.tables.js';
import { createStaffAdminService } from './staff-admin.service.js';

const PASSWORD = 'Granite-Orchard-Lamp-42';
let t: AccountsTestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createAccountsTestApp();
  admin = await makeUser(t, { admin: true });
});
afterAll(async () => t.close());

const list = async (who: TestUser) => {
  const res = await t.app.inject({ method: 'GET', url: '/api/admin/staff', headers: { cookie: who.cookie } });
  expect(res.statusCode).toBe(200);
  return res.json<{ staff: StaffMember[]; invitations: { id: string; email: string; role: string }[] }>();
};
const post = (who: TestUser, url: string, body?: object) => send(t.app, 'POST', url, body, { cookie: who.cookie });
const setRoles = (who: TestUser, id: string, roles: string[]) => post(who, `/api/admin/staff/${id}/roles`, { roles });
const setDisabled = (who: TestUser, id: string, disabled: boolean) =>
  post(who, `/api/admin/staff/${id}/disabled`, { disabled });
const auditFor = (entityId: string) =>
  t.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.createdAt);
const tokenIn = (text: string) => /staff-invitation\?token=([A-Za-z0-9_-]+)/.exec(text)![1]!;
const expectLastAdmin = (res: LightMyRequestResponse) => {
  expect(res.statusCode).toBe(409);
  expect(detailCodes(res)).toEqual(['last_admin']);
};

describe('Staff page access', () => {
  it('is for admins only: a reviewer gets 403', async () => {
    const reviewer = await makeUser(t, { staff: true });
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/staff', headers: { cookie: reviewer.cookie } });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).code).toBe('FORBIDDEN');
    expect((await post(reviewer, `/api/admin/staff/${admin.id}/disabled`, { disabled: true })).statusCode).toBe(403);
  });

  it('lists staff with roles, status, two-factor and last sign-in', async () => {
    const { staff } = await list(admin);
    const me = staff.find((s) => s.id === admin.id);
    expect(me).toMatchObject({ roles: ['admin'], disabled: false, twoFactorEnabled: true });
    expect(me?.lastSignInAt).not.toBeNull();
  });
});

describe('invitations', () => {
  it('mails a link; the invitee sets name and password, gets the role, and enrols TOTP at first login', async () => {
    const email = `invitee.${unique()}@example.com`;
    const invited = await post(admin, '/api/admin/staff/invitations', { email, role: 'reviewer', locale: 'en' });
    expect(invited.statusCode).toBe(201);
    const invitationId = invited.json<{ id: string }>().id;
    expect((await list(admin)).invitations.map((i) => i.email)).toContain(email);

    const mail = await latestMail(t.app, email, 'staffInvitation');
    expect(mail.text).toMatch(/reviewer/);
    const token = tokenIn(mail.text);
    const status = await t.app.inject({ method: 'GET', url: `/api/staff-invitations?token=${token}` });
    expect(status.json()).toEqual({ valid: true, email, role: 'reviewer' });

    const accountName = `reviewer_${unique()}`;
    const accepted = await send(t.app, 'POST', '/api/staff-invitations', { token, accountName, password: PASSWORD });
    expect(accepted.statusCode).toBe(201);
    const again = await send(t.app, 'POST', '/api/staff-invitations', {
      token,
      accountName: `x_${unique()}`,
      password: PASSWORD,
    });
    expect(again.statusCode).toBe(400);
    expect(detailCodes(again)).toEqual(['token_invalid']);

    const login = await loginRequest(t.app, accountName, PASSWORD, { ip: uniqueIp() });
    expect(login.statusCode).toBe(200);
    expect(login.json<{ user: { roles: string[]; twoFactorEnabled: boolean } }>().user).toMatchObject({
      roles: ['reviewer'],
      twoFactorEnabled: false,
    });
    const { staff, invitations } = await list(admin);
    expect(invitations.map((i) => i.email)).not.toContain(email);
    expect(staff.find((s) => s.accountName === accountName)).toMatchObject({ email, twoFactorEnabled: false });
    expect((await auditFor(invitationId)).map((a) => a.action)).toEqual(['staff.invited']);
  });

  it('refuses an address that already has an account, and a withdrawn invitation', async () => {
    const taken = await post(admin, '/api/admin/staff/invitations', { email: admin.email, role: 'reviewer' });
    expect(taken.statusCode).toBe(409);
    const email = `withdrawn.${unique()}@example.com`;
    const invited = await post(admin, '/api/admin/staff/invitations', { email, role: 'admin' });
    const id = invited.json<{ id: string }>().id;
    expect((await post(admin, `/api/admin/staff/invitations/${id}/revoke`)).statusCode).toBe(200);
    const token = tokenIn((await latestMail(t.app, email, 'staffInvitation')).text);
    const status = await t.app.inject({ method: 'GET', url: `/api/staff-invitations?token=${token}` });
    expect(status.json()).toEqual({ valid: false });
  });
});

describe('roles and disable/enable', () => {
  it('changes roles with an audit entry of before and after', async () => {
    const reviewer = await makeUser(t, { staff: true });
    const res = await setRoles(admin, reviewer.id, ['reviewer', 'admin']);
    expect(res.statusCode).toBe(200);
    expect(res.json<StaffMember>().roles.sort()).toEqual(['admin', 'reviewer']);
    const [entry] = await auditFor(reviewer.id);
    expect(entry).toMatchObject({
      action: 'staff.roles_changed',
      actorId: admin.id,
      details: { before: ['reviewer'], after: ['admin', 'reviewer'] },
    });
  });

  it('disabling ends the sessions at once and refuses login; enabling lets the account back in', async () => {
    const reviewer = await makeUser(t, { staff: true });
    expect(await currentUser(t.app, reviewer.cookie)).not.toBeNull();
    const res = await setDisabled(admin, reviewer.id, true);
    expect(res.statusCode).toBe(200);
    expect(res.json<StaffMember>().disabled).toBe(true);
    expect(await currentUser(t.app, reviewer.cookie)).toBeNull();
    expect((await loginRequest(t.app, reviewer.accountName, reviewer.password, { ip: uniqueIp() })).statusCode).toBe(
      401,
    );
    expect((await setDisabled(admin, reviewer.id, false)).statusCode).toBe(200);
    expect(await loginStaff(t, { ...reviewer, totpSecret: reviewer.totpSecret! })).toMatch(/^br_session=/);
    expect((await auditFor(reviewer.id)).map((a) => a.action)).toEqual(['staff.disabled', 'staff.enabled']);
  });

  it('keeps the last active admin: no demotion, no disabling', async () => {
    const solo = await createAccountsTestApp();
    try {
      const only = await makeUser(solo, { admin: true });
      const call = (url: string, body: object) => send(solo.app, 'POST', url, body, { cookie: only.cookie });
      expectLastAdmin(await call(`/api/admin/staff/${only.id}/roles`, { roles: ['reviewer'] }));
      expectLastAdmin(await call(`/api/admin/staff/${only.id}/disabled`, { disabled: true }));
      // With a second admin, the first may step down.
      const second = await makeUser(solo, { admin: true });
      expect((await call(`/api/admin/staff/${only.id}/roles`, { roles: ['reviewer'] })).statusCode).toBe(200);
      // Now the second is the last admin, and cannot disable itself.
      const self = await send(
        solo.app,
        'POST',
        `/api/admin/staff/${second.id}/disabled`,
        { disabled: true },
        {
          cookie: second.cookie,
        },
      );
      expectLastAdmin(self);
    } finally {
      await solo.close();
    }
  });

  it('two admins removing each other at the same time: exactly one succeeds', async () => {
    // Through the service, so both changes really overlap in the database (over HTTP the second
    // request may simply find its own session ended). Without lockStaffRoles this fails on
    // PostgreSQL: each UPDATE still sees the other admin (write skew) and both pass.
    for (const change of ['disable', 'demote'] as const) {
      const race = await createAccountsTestApp();
      try {
        const [a, b] = [await makeUser(race, { admin: true }), await makeUser(race, { admin: true })];
        const service = createStaffAdminService({
          db: race.database.db,
          clock: race.clock,
          mailer: createMailer({ supportPhone: '+86 000' }),
          publicUrl: race.config.publicUrl,
          // The app's own session cache, as the module builds it.
          sessions: race.app.sessionCache.cache,
        });
        const origin = { ip: '127.0.0.1', userAgent: null };
        const act = (who: TestUser, target: TestUser) =>
          change === 'disable'
            ? service.setDisabled(who.id, target.id, true, origin)
            : service.setRoles(who.id, target.id, ['reviewer'], origin);
        const outcomes = await Promise.allSettled([act(a, b), act(b, a)]);
        expect(outcomes.map((o) => o.status).sort(), change).toEqual(['fulfilled', 'rejected']);
        const refused = outcomes.find((o) => o.status === 'rejected');
        expect(refused?.reason, change).toMatchObject({ code: 'CONFLICT', details: [{ code: 'last_admin' }] });
        const rows = await race.database.db
          .select({ id: users.id, roles: users.roles, disabledAt: users.disabledAt })
          .from(users)
          .where(inArray(users.id, [a.id, b.id]));
        const left = rows.filter((u) => u.roles.includes('admin') && u.disabledAt === null);
        expect(left, change).toHaveLength(1);

        // Over HTTP too, whatever the order: one change passes, one active admin remains.
        // A third admin and the survivor disable each other: one passes (the other may find its
        // session already ended), and one active admin remains.
        const c = await makeUser(race, { admin: true });
        const other = [a, b].find((s) => s.id === left[0]!.id)!;
        const [x, y] = await Promise.all([
          send(race.app, 'POST', `/api/admin/staff/${other.id}/disabled`, { disabled: true }, { cookie: c.cookie }),
          send(race.app, 'POST', `/api/admin/staff/${c.id}/disabled`, { disabled: true }, { cookie: other.cookie }),
        ]);
        expect(
          [x.statusCode, y.statusCode].filter((code) => code === 200),
          change,
        ).toHaveLength(1);
        const active = await race.database.db
          .select({ id: users.id })
          .from(users)
          .where(and(sql`'admin' = any(${users.roles})`, isNull(users.disabledAt)));
        expect(active, change).toHaveLength(1);
      } finally {
        await race.close();
      }
    }
  });

  it('asks for a fresh second factor after 15 minutes', async () => {
    const reviewer = await makeUser(t, { staff: true });
    t.clock.advance(16 * 60_000);
    try {
      const res = await setDisabled(admin, reviewer.id, true);
      expect(res.statusCode).toBe(403);
      expect(errorOf(res).code).toBe('REAUTH_REQUIRED');
      const rows = await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, reviewer.id), eq(auditLog.action, 'staff.disabled')));
      expect(rows).toEqual([]);
    } finally {
      admin = { ...admin, cookie: await loginStaff(t, { ...admin, totpSecret: admin.totpSecret! }) };
    }
  });
});
