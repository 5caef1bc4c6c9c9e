import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorBody, type ErrorCode, type ErrorDetail } from './errors.js';

/** Scalar validation params worth sending to the client (minimum, maximum, format…). */
function pickParams(params: Record<string, unknown> | undefined): Record<string, string | number> | undefined {
  if (!params) return undefined;
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
    else if (typeof value === 'bigint') out[key] = Number(value);
  }
  return Object.keys(out).length ? out : undefined;
}

/** Fastify's own error codes that are the client's fault, mapped onto our vocabulary. */
function fromFastifyError(error: FastifyError): ErrorCode | undefined {
  const status = error.statusCode ?? 500;
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 404) return 'NOT_FOUND';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status >= 400 && status < 500) return 'BAD_REQUEST';
  return undefined;
}

/**
 * PostgreSQL's refusals of text it cannot store: 22021 (e.g. U+0000 "invalid byte sequence")
 * and 22P05 (untranslatable character). The schemas refuse such text first (safeText); this is
 * the defence in depth for text that reaches a query another way (a file name, a header).
 */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

function isUnstorableText(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && UNSTORABLE_TEXT.has(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The one error handler: answers `{ code, message, details?, requestId }` and never
 * leaks internals on 5xx (those are logged with the request id instead).
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const requestId = String(request.id);
    let status: number;
    let body: ErrorBody;

    if (error instanceof AppError) {
      status = error.status;
      body = { code: error.code, message: error.message, details: error.details, requestId };
      if (error.headers) void reply.headers(error.headers);
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      status = 400;
      const details: ErrorDetail[] = error.validation.map((v) => ({
        path: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].filter(Boolean).join('.'),
        code: v.message && /^[a-z][a-z0-9_.]*$/.test(v.message) ? v.message : v.keyword,
        message: v.message,
        params: pickParams(v.params),
      }));
      body = { code: 'VALIDATION_FAILED', message: 'The request is not valid', details, requestId };
    } else if (isUnstorableText(error)) {
      request.log.warn({ err: error }, 'database refused unstorable text');
      status = 400;
      body = { code: 'BAD_REQUEST', message: 'The request contains characters that cannot be stored', requestId };
    } else if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
      status = 500;
      body = { code: 'INTERNAL', message: 'Internal server error', requestId };
    } else {
      const code = fromFastifyError(error);
      if (code) {
        status = error.statusCode ?? 400;
        body = { code, message: error.message, requestId };
        if (code === 'RATE_LIMITED' && !reply.getHeader('retry-after')) void reply.header('retry-after', '60');
      } else {
        request.log.error({ err: error }, 'unhandled error');
        status = 500;
        body = { code: 'INTERNAL', message: 'Internal server error', requestId };
      }
    }
    if (status >= 500 && error instanceof AppError) request.log.error({ err: error }, 'server error');
    return reply.status(status).send(body);
  });
}

/**
 * Errors the router raises before a route is matched (a malformed escape, a path parameter over
 * its length limit): Fastify's own answer has another shape and echoes the path, ours does not.
 */
export function frameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  const body: ErrorBody = { code: 'BAD_REQUEST', message: 'The URL is not valid', requestId: String(request.id) };
  return reply.status(status).header('x-request-id', request.id).send(body);
}

export function jsonNotFound(request: FastifyRequest, reply: FastifyReply) {
  const body: ErrorBody = {
    code: 'NOT_FOUND',
    message: `Route ${request.method} ${request.url} not found`,
    requestId: String(request.id),
  };
  return reply.status(404).send(body);
}
