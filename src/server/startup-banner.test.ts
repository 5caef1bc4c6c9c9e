import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { DEMO_ACCOUNTS } from './demo/demo-accounts.js';
import { publishedDemoAccounts } from './demo/demo-banner.js';
import { users } from './modules/accounts/accounts.tables.js';
import { hashPassword } from './modules/accounts/passwords.js';
import { createStaffAccount } from './modules/accounts/staff.js';
import { exposureWarning, startupBanner } from './startup-banner.js';
import { createTestDatabase } from './test/test-database.js';
import type { Database } from './db/client.js';

/** Issue 11 finding 4: the banner printed demo passwords even after they were changed. */
describe('start-up banner', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    for (const account of Object.values(DEMO_ACCOUNTS)) await createStaffAccount(database.db, account);
  });
  afterAll(async () => {
    await database?.close();
  });

  const banner = (demo: Awaited<ReturnType<typeof publishedDemoAccounts>>, env: Record<string, string> = {}) =>
    startupBanner({
      config: loadConfig(env),
      url: 'http://localhost:3000',
      database: 'embedded PGlite',
      demo: { created: false, accounts: demo },
    });

  it('prints the demo accounts whose published password still works', async () => {
    const demo = await publishedDemoAccounts(database.db);
    expect(demo.map((a) => a.accountName)).toEqual(Object.values(DEMO_ACCOUNTS).map((a) => a.accountName));
    const text = banner(demo);
    for (const account of Object.values(DEMO_ACCOUNTS)) expect(text).toContain(account.password);
  });

  it('does not print a demo password that was since changed', async () => {
    await database.db
      .update(users)
      .set({ passwordHash: await hashPassword('A-Private-Password-Of-Mine-42') })
      .where(eq(users.accountName, DEMO_ACCOUNTS.supplier.accountName));
    const demo = await publishedDemoAccounts(database.db);
    expect(demo.map((a) => a.accountName)).toEqual([
      DEMO_ACCOUNTS.staff.accountName,
      DEMO_ACCOUNTS.applicant.accountName,
      DEMO_ACCOUNTS.buyer.accountName,
    ]);
    const text = banner(demo);
    expect(text).not.toContain(DEMO_ACCOUNTS.supplier.password);
    expect(text).toContain(DEMO_ACCOUNTS.staff.password);
  });

  it('prints nothing about demo accounts that were removed', async () => {
    await database.db.delete(users).where(eq(users.accountName, DEMO_ACCOUNTS.staff.accountName));
    expect((await publishedDemoAccounts(database.db)).map((a) => a.accountName)).toEqual([
      DEMO_ACCOUNTS.applicant.accountName,
      DEMO_ACCOUNTS.buyer.accountName,
    ]);
  });

  it('warns loudly when a development server listens beyond this machine', () => {
    expect(exposureWarning(loadConfig({}))).toBeUndefined();
    expect(exposureWarning(loadConfig({ HOST: '127.0.0.1' }))).toBeUndefined();
    expect(exposureWarning(loadConfig({ HOST: '::1' }))).toBeUndefined();
    expect(exposureWarning(loadConfig({ HOST: 'localhost' }))).toBeUndefined();
    const warning = exposureWarning(loadConfig({ HOST: '0.0.0.0' }));
    expect(warning).toMatch(/WARNING/);
    expect(warning).toMatch(/0\.0\.0\.0/);
    expect(warning).toMatch(/mailbox/);
    expect(banner([], { HOST: '0.0.0.0' })).toContain(warning!);
    expect(exposureWarning(loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://m.example.com' }))).toBeUndefined();
  });

  it('prints the setup link while no admin exists, and says where it answers', () => {
    const link = 'http://localhost:3000/en/setup?token=abc';
    const facts = { url: 'http://localhost:3000', database: 'embedded PGlite', setupLink: link };
    const local = startupBanner({ ...facts, config: loadConfig({}) });
    expect(local).toContain(link);
    expect(local).toMatch(/No administrator yet/);
    expect(local).toMatch(/from this machine only/);
    const remote = startupBanner({ ...facts, config: loadConfig({ PUBLIC_URL: 'https://trade.example.com' }) });
    expect(remote).toMatch(/through PUBLIC_URL/);
    expect(startupBanner({ ...facts, setupLink: undefined, config: loadConfig({}) })).not.toMatch(/administrator/);
  });
});
