import type { FastifyRequest } from 'fastify';
import type { DestinationStream, LoggerOptions } from 'pino';

/**
 * Query parameters whose values are secrets: the password-reset link carries its token in the
 * URL, and a log line must never let whoever reads the logs take over an account (ASVS 16.2.5).
 */
const SECRET_PARAM = /token|code|secret|password|key/i;

/** The request's path with every secret query value replaced by "[redacted]". */
export function redactUrl(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const params = url
    .slice(query + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      let name = pair.slice(0, eq);
      try {
        name = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // A malformed escape stays as typed; the raw name is checked instead.
      }
      return SECRET_PARAM.test(name) ? `${pair.slice(0, eq)}=[redacted]` : pair;
    });
  return `${url.slice(0, query)}?${params.join('&')}`;
}

/** What one log line says about a request: never its headers (cookies) or body. */
function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
  };
}

/** The server's pino options; `stream` lets a test read what would be written. */
export function loggerOptions(
  level: string,
  stream?: DestinationStream,
): LoggerOptions & { stream?: DestinationStream } {
  return { level, serializers: { req: serializeRequest }, ...(stream ? { stream } : {}) };
}
