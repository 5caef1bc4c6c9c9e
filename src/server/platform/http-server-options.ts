import type { ServerOptions } from 'node:http';
import type { FastifyServerOptions } from 'fastify';

export interface HttpTimeouts {
  REQUEST_TIMEOUT_MS: number;
}

/**
 * Socket and request limits of the HTTP server (ASVS V13/V15: no unbounded resource use).
 * Fastify's own defaults are "never" for a request body and a silent socket.
 */
export function httpServerOptions(config: HttpTimeouts): FastifyServerOptions & { http: ServerOptions } {
  const requestTimeout = config.REQUEST_TIMEOUT_MS;
  return {
    // The whole request, headers and body, must arrive within this (Node answers 408).
    requestTimeout,
    // A socket with no traffic either way for this long is dropped (a stalled body, a dead peer).
    connectionTimeout: Math.max(requestTimeout, 60_000),
    // Longer than the 60 s idle timeout of common proxies and load balancers, so they close first.
    keepAliveTimeout: 72_000,
    // app.close() closes idle keep-alive sockets at once; main.ts closes the rest after a grace.
    forceCloseConnections: 'idle',
    http: {
      headersTimeout: Math.min(30_000, requestTimeout),
      // Node checks the request and headers timeouts this often (30 s by default, too coarse).
      connectionsCheckingInterval: Math.min(5_000, Math.max(250, Math.floor(requestTimeout / 4))),
    },
  };
}
