/**
 * Migration 0014 splits the single 'staff' role: existing staff become reviewers, other roles stay.
 * The migrated test database runs the statement again on rows written with the old role.
 */
import { readFileSync } from 'node:fs';
import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { users } from './accounts.tables.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const migration = readFileSync(new URL('../../db/migrations/0014_staff_roles.sql', import.meta.url), 'utf8');

describe('migration 0014_staff_roles', () => {
  it("moves every 'staff' account to 'reviewer' and leaves other roles alone", async () => {
    const rows = await t.database.db
      .insert(users)
      .values([
        { accountName: 'old_staff', email: 'old.staff@example.com', passwordHash: 'x', roles: ['staff'] },
        { accountName: 'old_both', email: 'old.both@example.com', passwordHash: 'x', roles: ['other', 'staff'] },
        { accountName: 'old_user', email: 'old.user@example.com', passwordHash: 'x', roles: [] },
      ])
      .returning({ id: users.id, accountName: users.accountName });
    const update = migration.split('--> statement-breakpoint').find((s) => /UPDATE "users"/.test(s));
    expect(update).toBeDefined();
    await t.database.db.execute(sql.raw(update!));
    const after = await t.database.db
      .select({ accountName: users.accountName, roles: users.roles })
      .from(users)
      .where(
        inArray(
          users.id,
          rows.map((r) => r.id),
        ),
      );
    expect(Object.fromEntries(after.map((r) => [r.accountName, r.roles]))).toEqual({
      old_staff: ['reviewer'],
      old_both: ['other', 'reviewer'],
      old_user: [],
    });
  });
});
