import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { users } from './accounts.tables.js';
import { createStaffAccount, grantStaffRole } from './staff.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const origin = { origin: 'http://localhost:80' };

describe('staff accounts', () => {
  it('ships no account at all: a migrated database has no users', async () => {
    const fresh = await createTestApp();
    const [row] = await fresh.database.db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(row?.n).toBe(0);
    await fresh.close();
  });

  it('creates a staff account with a generated password that works for login', async () => {
    const result = await createStaffAccount(t.database.db, {
      accountName: 'reviewer_1',
      email: 'reviewer1@example.com',
    });
    expect(result.generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: origin,
      payload: { login: 'reviewer_1', password: result.generatedPassword },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json<{ user: { roles: string[] } }>().user.roles).toEqual(['reviewer']);
  });

  it('refuses common passwords, taken names and malformed input', async () => {
    await expect(
      createStaffAccount(t.database.db, {
        accountName: 'reviewer_2',
        email: 'r2@example.com',
        password: 'password1234',
      }),
    ).rejects.toMatchObject({ details: [{ code: 'password_common' }] });
    await expect(
      createStaffAccount(t.database.db, { accountName: 'REVIEWER_1', email: 'other@example.com' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(createStaffAccount(t.database.db, { accountName: 'x', email: 'not-an-email' })).rejects.toThrow();
  });

  it('grants the staff role to an existing account once', async () => {
    const { id } = await createStaffAccount(t.database.db, { accountName: 'plain_user', email: 'plain@example.com' });
    await t.database.db
      .update(users)
      .set({ roles: [] })
      .where(sql`${users.id} = ${id}`);
    await grantStaffRole(t.database.db, 'PLAIN@example.com');
    await grantStaffRole(t.database.db, 'plain_user');
    const [row] = await t.database.db
      .select({ roles: users.roles })
      .from(users)
      .where(sql`${users.id} = ${id}`);
    expect(row?.roles).toEqual(['reviewer']);
  });

  it('creates and grants the admin role when asked', async () => {
    const { id } = await createStaffAccount(t.database.db, {
      accountName: 'first_admin',
      email: 'first.admin@example.com',
      role: 'admin',
    });
    const { id: other } = await createStaffAccount(t.database.db, { accountName: 'later', email: 'later@example.com' });
    await grantStaffRole(t.database.db, 'later', 'admin');
    const rows = await t.database.db
      .select({ id: users.id, roles: users.roles })
      .from(users)
      .where(sql`${users.id} in (${id}, ${other})`);
    expect(Object.fromEntries(rows.map((r) => [r.id, [...r.roles].sort()]))).toEqual({
      [id]: ['admin'],
      [other]: ['admin', 'reviewer'],
    });
  });
});
