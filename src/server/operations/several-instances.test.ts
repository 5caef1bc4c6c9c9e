import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../demo/demo-accounts.js';
import { multipart, pdf } from '../demo/sample-files.js';
import {
  freePort,
  startInstance,
  startRoundRobinProxy,
  stopInstance,
  waitUntilReady,
  type Instance,
} from '../test/instances.js';
import { startTestS3, type TestS3 } from '../test/s3-server.js';
import { startSmtpServer, type Received } from '../test/smtp-server.js';
import { databaseName, quoteIdent, withDatabase } from '../test/test-db-names.js';

/**
 * Issue 15: two server processes on one PostgreSQL database and one S3 store, behind a
 * round-robin proxy. PostgreSQL only (PGlite admits one process); the CI runs the suite on it.
 */
const baseUrl = process.env.DATABASE_URL;
const sha256 = (data: Buffer | ArrayBuffer) =>
  createHash('sha256')
    .update(Buffer.from(data as ArrayBuffer))
    .digest('hex');

describe.skipIf(!baseUrl)('two instances behind a round-robin proxy', () => {
  let s3: TestS3;
  let smtp: { server: { close(cb: () => void): void }; port: number; inbox: Received[] };
  let proxy: { url: string; server: Server };
  let instances: Instance[] = [];
  let dataDir: string;
  let dbUrl: string;
  let dbName: string;
  let cookie = '';

  const admin = async <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  };
  const query = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    try {
      return (await client.query<T>(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  const call = (pathname: string, init: RequestInit = {}) =>
    fetch(`${proxy.url}${pathname}`, {
      ...init,
      headers: { origin: proxy.url, ...(cookie ? { cookie } : {}), ...(init.headers as Record<string, string>) },
    });
  const json = (body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

  beforeAll(async () => {
    dbName = `${databaseName(baseUrl!)
      .replace(/[^a-z0-9_]/g, '_')
      .slice(0, 30)}_two_${process.pid}`;
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(dbName)} WITH (FORCE)`));
    await admin((c) =>
      c.query(
        `CREATE DATABASE ${quoteIdent(dbName)} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
      ),
    );
    dbUrl = withDatabase(baseUrl!, dbName);
    [s3, smtp, dataDir] = await Promise.all([
      startTestS3(),
      startSmtpServer(),
      mkdtemp(path.join(tmpdir(), 'br-two-')),
    ]);
    const [portA, portB] = [await freePort(), await freePort()];
    proxy = await startRoundRobinProxy([
      { name: 'A', port: portA },
      { name: 'B', port: portB },
    ]);
    const env = {
      NODE_ENV: 'development',
      DATABASE_URL: dbUrl,
      FILE_STORE: s3.url('two/'),
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      PUBLIC_URL: proxy.url,
      LOG_LEVEL: 'info',
      MAIL_POLL_INTERVAL_MS: '100',
      API_RATE_LIMIT_PER_MINUTE: '0',
      WEB_DIST_DIR: path.join(dataDir, 'no-web'),
    };
    // Started together: the start-up lock lets one migrate and seed while the other waits.
    instances = [
      startInstance('A', portA, { ...env, DATA_DIR: path.join(dataDir, 'a') }),
      startInstance('B', portB, { ...env, DATA_DIR: path.join(dataDir, 'b') }),
    ];
    await Promise.all(instances.map((i) => waitUntilReady(i)));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(instances.map(stopInstance));
    proxy?.server.close();
    smtp?.server.close(() => undefined);
    await s3?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (dbName) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(dbName)} WITH (FORCE)`));
  }, 60_000);

  it('migrated and seeded once although both started together', async () => {
    const [row] = await query<{ n: string }>(`select count(*) as n from users where account_name = $1`, [
      DEMO_ACCOUNTS.supplier.accountName,
    ]);
    expect(Number(row!.n)).toBe(1);
  });

  it('a session made on one instance works on the other', async () => {
    const login = await call(
      '/api/auth/login',
      json({ login: DEMO_ACCOUNTS.supplier.accountName, password: DEMO_ACCOUNTS.supplier.password }),
    );
    expect(login.status).toBe(200);
    cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const servedBy = new Set<string>();
    for (let n = 0; n < 2; n++) {
      const me = await call('/api/auth/me');
      expect(me.status).toBe(200);
      expect(((await me.json()) as { user: { accountName: string } }).user.accountName).toBe(
        DEMO_ACCOUNTS.supplier.accountName,
      );
      servedBy.add(me.headers.get('x-served-by')!);
    }
    expect(servedBy).toEqual(new Set(['A', 'B']));
  });

  it('a file uploaded through one instance downloads through the other', async () => {
    const file = pdf();
    const body = multipart('licence.pdf', file);
    const uploaded = await call('/api/files?purpose=supplier_material', {
      method: 'POST',
      headers: { 'content-type': body.contentType },
      body: body.payload,
    });
    expect(uploaded.status).toBe(201);
    const { id } = ((await uploaded.json()) as { file: { id: string } }).file;
    const download = await call(`/api/files/${id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('x-served-by')).not.toBe(uploaded.headers.get('x-served-by'));
    expect(sha256(await download.arrayBuffer())).toBe(sha256(file));
  });

  it('a catalog change made on one instance is visible on the other within 1 s', async () => {
    const [product] = await query<{ id: string }>(
      `select p.id from products p join suppliers s on s.id = p.supplier_id join users u on u.id = s.user_id
       where u.account_name = $1 and p.status = 'on_shelf' and p.removed_at is null limit 1`,
      [DEMO_ACCOUNTS.supplier.accountName],
    );
    const id = product!.id;
    // Both instances have the product page cached.
    for (let n = 0; n < 4; n++) expect((await call(`/api/catalog/products/${id}`)).status).toBe(200);
    const change = await call('/api/supplier/products/shelf', json({ ids: [id], onShelf: false }));
    expect(change.status).toBe(200);
    const changedAt = Date.now();
    const seenGone = new Set<string>();
    while (seenGone.size < 2 && Date.now() - changedAt < 3000) {
      const page = await call(`/api/catalog/products/${id}`);
      if (page.status === 404) seenGone.add(page.headers.get('x-served-by')!);
      else await new Promise((r) => setTimeout(r, 20));
    }
    expect(seenGone).toEqual(new Set(['A', 'B']));
    expect(Date.now() - changedAt).toBeLessThan(1000);
  });

  it('each scheduled job ran once across both instances', async () => {
    const finished = (i: Instance) =>
      i.output
        .filter((line) => line.includes('"scheduled job finished"'))
        .map((line) => (JSON.parse(line) as { job: string }).job);
    const all = instances.flatMap(finished);
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all).size).toBe(all.length);
    const runs = await query<{ job: string; n: string }>(`select job, count(*) as n from job_runs group by job`);
    for (const run of runs) expect(Number(run.n)).toBe(1);
  });

  it('each mail is sent once', async () => {
    const pending = async () =>
      Number((await query<{ n: string }>(`select count(*) as n from mail_outbox where status = 'pending'`))[0]!.n);
    const drained = async () => {
      const deadline = Date.now() + 15_000;
      while ((await pending()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    };
    await drained();
    const before = smtp.inbox.length;
    const asked = await call('/api/auth/password/forgot', json({ email: DEMO_ACCOUNTS.supplier.email }));
    expect(asked.status).toBeLessThan(300);
    await drained();
    // Both workers poll every 100 ms: give the other one time to send it again, if it could.
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.inbox.slice(before).filter((m) => m.to.includes(DEMO_ACCOUNTS.supplier.email))).toHaveLength(1);
    // And over the whole run (the demo data's mails too): one delivery per outbox row.
    const sent = Number(
      (await query<{ n: string }>(`select count(*) as n from mail_outbox where status = 'sent'`))[0]!.n,
    );
    expect(sent).toBeGreaterThan(1);
    expect(smtp.inbox).toHaveLength(sent);
  });
});
