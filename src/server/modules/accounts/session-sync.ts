import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { isUuid } from '../../../shared/uuid.js';
import type { Database, Db } from '../../db/client.js';
import type { SessionCache } from './session-cache.js';
import { announceSessionMarker, SESSION_CHANGES_CHANNEL } from './session.repo.js';

const MARKER = 'marker:';

export interface SessionSync {
  /**
   * Resolves once every change announced before the call has been applied to this instance's
   * cache (a marker sent through the same channel came back). Tests that write sessions, roles or
   * suppliers directly in SQL wait on it on PostgreSQL, where announcements arrive asynchronously.
   */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Keeps the session cache honest across instances (docs/decisions/0014-session-cache.md): LISTENs
 * on `br_session_changes`, where the triggers of migration 0015 announce the account behind every
 * change, and forgets that account's cached sessions. The cache is used only while the listener is
 * connected: it is switched on once LISTEN succeeded, and off — emptied — when the connection is
 * lost, until LISTEN succeeds again.
 */
export function startSessionSync(deps: {
  cache: SessionCache;
  database: Pick<Database, 'listen'>;
  db: Db;
  log: FastifyBaseLogger;
  /** First retry delay after a failed LISTEN at start-up (doubles up to 5 s). */
  retryMs?: number;
}): SessionSync {
  const { cache, log } = deps;
  const waiting = new Map<string, () => void>();
  let stopListening: (() => Promise<void>) | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = deps.retryMs ?? 200;

  const onPayload = (payload: string): void => {
    if (isUuid(payload)) {
      cache.forgetUser(payload.toLowerCase());
    } else if (payload.startsWith(MARKER)) {
      waiting.get(payload)?.();
    } else {
      // '*' (a TRUNCATE) — or anything unexpected: forgetting everything is always safe.
      cache.clear();
    }
  };

  const listen = async (): Promise<void> => {
    try {
      const stop = await deps.database.listen(
        SESSION_CHANGES_CHANNEL,
        onPayload,
        () => {
          log.info('session cache: listening again, cache on');
          cache.setLive(true);
        },
        () => {
          log.warn('session cache: change listener lost, cache off until it listens again');
          cache.setLive(false);
          // Off and empty: nothing cached can be stale, so whoever waits for the announcements may go on.
          for (const resolve of waiting.values()) resolve();
        },
      );
      if (stopped) {
        await stop();
        return;
      }
      stopListening = stop;
      cache.setLive(true);
    } catch (error) {
      if (stopped) return;
      log.warn({ err: error }, 'session cache: LISTEN failed, cache off; retrying');
      retry = setTimeout(() => void listen(), delay);
      retry.unref();
      delay = Math.min(delay * 2, 5000);
    }
  };
  const started = listen();

  return {
    async settled() {
      await started;
      if (!cache.enabled) return;
      const marker = `${MARKER}${randomUUID()}`;
      const heard = new Promise<void>((resolve) => waiting.set(marker, resolve));
      try {
        await announceSessionMarker(deps.db, marker);
        await heard;
      } finally {
        waiting.delete(marker);
      }
    },
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      await started;
      cache.setLive(false);
      for (const resolve of waiting.values()) resolve();
      await stopListening?.();
    },
  };
}
