import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './pglite-lock.js';

/**
 * The one database type the services see, whichever driver is underneath. Queries are built
 * with drizzle's query builders over the modules' tables, so the client needs no schema: the
 * database layer imports no module (the tables are assembled for drizzle-kit in ../schema.ts).
 */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** PostgreSQL only: the connection URL (pg_dump, dedicated LISTEN connections). */
  url?: string;
  /** Runs a trivial query; used by /readyz. */
  ping(): Promise<void>;
  /** PGlite only: its whole data directory as a gzipped tarball (npm run backup). */
  dumpDataDir?(): Promise<Buffer>;
  /** The PostgreSQL pool's connections (metrics); PGlite has no pool. */
  poolStats?(): { total: number; idle: number; waiting: number };
  /**
   * LISTEN on a channel: `onPayload` gets each NOTIFY's payload once its transaction commits
   * (real-time fan-out across instances, docs/decisions/0012-messages.md). PostgreSQL holds one
   * dedicated connection per channel and reconnects with back-off, calling `onReconnect` so a
   * subscriber can catch up on what it may have missed; `onLost` as soon as the connection is lost
   * (before the reconnection). PGlite delivers in-process, synchronously at commit, and never loses.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onReconnect?: () => void,
    onLost?: () => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export const PGLITE_EXTENSIONS = { pg_trgm, unaccent };

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client's error (e.g. the server restarting) must not crash the process.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    url,
    ping: async () => {
      await pool.query('select 1');
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    listen: (channel, onPayload, onReconnect, onLost) => listenPostgres(url, channel, onPayload, onReconnect, onLost),
    close: () => pool.end(),
  };
}

const QUOTED_CHANNEL = /^[a-z_][a-z0-9_]*$/;

/**
 * One dedicated client LISTENing on `channel`; on error, or when the server ends the connection,
 * it reconnects (0.2 s doubling to 5 s). TCP keep-alive lets a silently dropped connection fail.
 */
async function listenPostgres(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
  onReconnect?: () => void,
  onLost?: () => void,
): Promise<() => Promise<void>> {
  if (!QUOTED_CHANNEL.test(channel)) throw new Error(`Invalid channel name ${channel}`);
  let client: pg.Client | undefined;
  let stopped = false;
  let delay = 200;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, keepAlive: true });
    next.on('notification', (message) => {
      if (message.channel === channel) onPayload(message.payload ?? '');
    });
    let lost = false;
    const lose = () => {
      if (lost) return;
      lost = true;
      void next.end().catch(() => undefined);
      if (client !== next) return;
      client = undefined;
      if (stopped) return;
      onLost?.();
      setTimeout(() => void reconnect(), delay).unref();
    };
    next.on('error', lose);
    next.on('end', lose);
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (error) {
      // Not listening yet: the caller retries (or start-up fails); this client is not kept.
      lost = true;
      void next.end().catch(() => undefined);
      throw error;
    }
    client = next;
    delay = 200;
  };
  const reconnect = async (): Promise<void> => {
    if (stopped) return;
    try {
      await connect();
      onReconnect?.();
    } catch {
      delay = Math.min(delay * 2, 5000);
      setTimeout(() => void reconnect(), delay).unref();
    }
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => undefined);
  };
}

/** Wraps an already open PGlite (tests load one from a migrated template). */
export function wrapPglite(client: PGlite, onClose?: () => void): Database {
  const db = drizzlePglite(client) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    ping: async () => {
      await client.query('select 1');
    },
    listen: async (channel, onPayload) => client.listen(channel, onPayload),
    dumpDataDir: async () => Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer()),
    close: async () => {
      await client.close();
      onClose?.();
    },
  };
}

/** Embedded PGlite under dataDir/pglite, guarded by a lock file (PGlite has no lock of its own). */
export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const lock: DataDirLock = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create({ dataDir: path.join(dataDir, 'pglite'), extensions: PGLITE_EXTENSIONS });
    return wrapPglite(client, () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}
