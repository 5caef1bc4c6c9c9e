import { isIPv6 } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

/** An IPv6 address's first four groups (its /64); IPv4 (also IPv4-mapped) as it is. */
export function clientKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = ip.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

interface Window {
  startedAt: number;
  count: number;
}

const WINDOW_MS = 60_000;

/**
 * A flood limit for anonymous API traffic: at most `perMinute` requests per client address (an
 * IPv6 client per /64) in a minute's window, then 429 RATE_LIMITED with Retry-After. Signed-in
 * users are not counted (their actions have limits of their own), nor are pages, assets and
 * health checks.
 *
 * Kept in memory, per instance, on purpose: it must cost next to nothing on the catalog's hot,
 * cached path (a Map lookup, no database round trip), and a flood limit need not be exact —
 * behind N instances a client gets at most N × the limit. The limits that protect accounts
 * (login, codes) are shared, in the database (rate-limiter.ts, login-throttle.ts).
 *
 * request.ip follows TRUST_PROXY (app.ts trusts one hop: the address the proxy saw).
 */
export function installApiRateLimit(app: FastifyInstance, options: { perMinute: number; now?: () => number }): void {
  const { perMinute } = options;
  if (perMinute <= 0) return;
  const now = options.now ?? Date.now;
  const windows = new Map<string, Window>();
  let sweptAt = now();

  const sweep = (at: number) => {
    sweptAt = at;
    for (const [key, window] of windows) if (at - window.startedAt >= WINDOW_MS) windows.delete(key);
  };

  // preParsing: after the session hook (onRequest) knows who is signed in, before any body is read.
  app.addHook('preParsing', async (request, _reply, payload) => {
    if (request.user || !(request.routeOptions.url ?? '').startsWith('/api/')) return payload;
    const at = now();
    if (at - sweptAt >= WINDOW_MS) sweep(at);
    const key = clientKey(request.ip);
    let window = windows.get(key);
    if (!window || at - window.startedAt >= WINDOW_MS) {
      window = { startedAt: at, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count > perMinute) {
      const retryAfter = Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - at) / 1000));
      throw new AppError('RATE_LIMITED', 'Too many requests from this address; try again later', undefined, {
        'retry-after': String(retryAfter),
      });
    }
    return payload;
  });
}
