/**
 * The staff CLI (issue 15): --role admin|reviewer, and a clear answer while the server holds the
 * embedded database (PGlite admits one process): stop it, or use the setup link / Staff page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres } from '../db/client.js';
import { users } from '../modules/accounts/accounts.tables.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function cli(dataDir: string, args: string[], input?: string, databaseUrl?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return spawnSync('node_modules/.bin/tsx', ['src/server/cli/create-staff.ts', ...args], {
    env,
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'br-staff-cli-'));
  dirs.push(dir);
  return dir;
};

describe('npm run user:create-staff', () => {
  it('refuses an unknown role', () => {
    const run = cli(tempDir(), ['--account', 'someone', '--email', 'someone@example.com', '--role', 'staff']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--role must be admin or reviewer/);
  });

  it('says what to do while the server holds the embedded database', () => {
    const dir = tempDir();
    // This test process stands in for the running server: a live process holding the lock.
    writeFileSync(path.join(dir, 'pglite.lock'), String(process.pid));
    const run = cli(dir, ['--account', 'someone', '--email', 'someone@example.com']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/in use by the running server \(process \d+\)/);
    expect(run.stderr).toMatch(/stop the server/);
    expect(run.stderr).toMatch(/setup link/);
    expect(run.stderr).toMatch(/DATABASE_URL/);
  });

  it('creates an admin with --role admin (reviewer by default)', async () => {
    const dir = tempDir();
    const admin = cli(dir, ['--account', 'cli_admin', '--email', 'cli.admin@example.com', '--role', 'admin']);
    expect(admin.status, admin.stderr).toBe(0);
    expect(admin.stdout).toMatch(/Staff account cli_admin \(admin\) created/);
    const reviewer = cli(dir, ['--account', 'cli_reviewer', '--email', 'cli.reviewer@example.com']);
    expect(reviewer.status, reviewer.stderr).toBe(0);
    const database = await openPglite(dir);
    try {
      const rows = await database.db.select({ name: users.accountName, roles: users.roles }).from(users);
      expect(Object.fromEntries(rows.map((r) => [r.name, r.roles]))).toEqual({
        cli_admin: ['admin'],
        cli_reviewer: ['reviewer'],
      });
      const [one] = await database.db.select().from(users).where(eq(users.accountName, 'cli_admin'));
      expect(one?.disabledAt).toBeNull();
    } finally {
      await database.close();
    }
  }, 180_000);

  // PostgreSQL admits many processes: the CLI works while a server (here: this process's pool) is connected.
  it.runIf(process.env.DATABASE_URL)(
    'works against PostgreSQL while another process holds connections',
    async () => {
      const database = await openPostgres(process.env.DATABASE_URL!, 2);
      try {
        const name = `cli_pg_${Date.now().toString(36)}`;
        const run = cli(
          tempDir(),
          ['--account', name, '--email', `${name}@example.com`],
          undefined,
          process.env.DATABASE_URL,
        );
        expect(run.status, run.stderr).toBe(0);
        const [row] = await database.db.select({ roles: users.roles }).from(users).where(eq(users.accountName, name));
        expect(row?.roles).toEqual(['reviewer']);
      } finally {
        await database.close();
      }
    },
    120_000,
  );
});
