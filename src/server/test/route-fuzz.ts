/**
 * Requests for the schema fuzz suite: from a route's zod schemas (params, querystring, body) to
 * generated, mostly hostile requests, and the checks every answer must pass.
 */
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { z } from 'zod';
import { ERROR_STATUS } from '../platform/errors.js';
import type { RouteInfo } from './route-table.js';
import { mutatedFromSchema, RawJson, toJsonText, type JsonSchema } from './json-schema-arbitrary.js';

/** Lone surrogates replaced by U+FFFD (String.prototype.toWellFormed, not in our ES2023 lib). */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

type Part = 'params' | 'querystring' | 'body';

/** The JSON Schema of one part of a route, as input (before zod's transforms and defaults). */
export function partSchema(route: RouteInfo, part: Part): JsonSchema | undefined {
  const zod = (route.schema as Partial<Record<Part, unknown>> | undefined)?.[part];
  if (!(zod instanceof z.ZodType)) return undefined;
  return z.toJSONSchema(zod, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

export const isFuzzable = (route: RouteInfo) =>
  route.method !== 'HEAD' && (['params', 'querystring', 'body'] as const).some((p) => partSchema(route, p));

export interface FuzzRequest {
  path: string;
  query: string;
  /** JSON text, or undefined for no body. */
  body: string | undefined;
}

/** Query values as a browser would send them: strings, arrays as repeated keys. */
function queryText(value: unknown): string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return value === undefined ? '' : `q=${encodeURIComponent(wellFormed(String(toJsonText(value))))}`;
  }
  const params = new URLSearchParams();
  for (const [key, item] of Object.entries(value)) {
    const items: unknown[] = Array.isArray(item) ? item : [item];
    for (const one of items) {
      if (one === undefined) continue;
      params.append(key, typeof one === 'string' ? one : one instanceof RawJson ? one.text : toJsonText(one));
    }
  }
  return params.toString();
}

/** Query strings no URLSearchParams would write: broken escapes, overlong UTF-8, nested keys. */
const RAW_QUERY_SUFFIXES = ['%', '%E0%A4%A', '%C0%80', '%FF%FE', 'a[b][c]=1', '__proto__[admin]=1', 'x=%00', '&&&=&'];
/** Path segments written as is: broken escapes, an encoded NUL, dot segments, an encoded slash. */
const RAW_PATH_SEGMENTS = ['%', '%E0%A4%A', '%C0%80', '%00', '..', '%2e%2e', 'a%2Fb', '%252e'];

export function requestArbitrary(route: RouteInfo): fc.Arbitrary<FuzzRequest> {
  const params = partSchema(route, 'params');
  const query = partSchema(route, 'querystring');
  const body = partSchema(route, 'body');
  return fc
    .record({
      params: params ? mutatedFromSchema(params) : fc.constant({}),
      query: query ? mutatedFromSchema(query) : fc.constant(undefined),
      rawQuery: fc.option(fc.constantFrom(...RAW_QUERY_SUFFIXES), { freq: 6 }),
      rawSegment: fc.option(fc.constantFrom(...RAW_PATH_SEGMENTS), { freq: 8 }),
      body: body ? mutatedFromSchema(body) : fc.constant(undefined),
    })
    .map((generated) => {
      const values = (generated.params && typeof generated.params === 'object' ? generated.params : {}) as Record<
        string,
        unknown
      >;
      const path = route.url.replace(/:(\w+)/g, (_, name: string) => {
        if (generated.rawSegment) return generated.rawSegment;
        const value = values[name];
        const text = typeof value === 'string' ? value : value === undefined ? '' : toJsonText(value);
        // A lone surrogate cannot be written as UTF-8 in a URL (encodeURIComponent throws);
        // the body still carries them, so only the path gets the replacement character.
        return encodeURIComponent(wellFormed(text)) || 'x';
      });
      const query = [queryText(generated.query), generated.rawQuery].filter(Boolean).join('&');
      return {
        path,
        query,
        body: generated.body === undefined ? undefined : toJsonText(generated.body),
      };
    });
}

export function injectOptions(route: RouteInfo, request: FuzzRequest, headers: Record<string, string>): InjectOptions {
  return {
    method: route.method as InjectOptions['method'],
    url: request.path + (request.query ? `?${request.query}` : ''),
    headers: { ...headers, ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(request.body !== undefined ? { payload: request.body } : {}),
  };
}

/** A stack frame ("at fn (/path/file.ts:1:2)") or a source path in an answer. */
const STACK_TRACE = /\bat (?:async )?[\w$.<>[\] ]+ \((?:file:|node:|\/)[^)]*:\d+:\d+\)|node_modules\/|\/src\/server\//;

/** Why an answer is not acceptable, or undefined. */
export function answerProblem(route: RouteInfo, res: LightMyRequestResponse): string | undefined {
  if (res.statusCode >= 500) return `${res.statusCode} ${res.body.slice(0, 300)}`;
  if (STACK_TRACE.test(res.body) || res.body.includes(process.cwd())) return `a stack trace or path: ${res.body}`;
  // Dev-only pages (/dev/mailbox) answer in plain text; the API speaks the error vocabulary.
  if (res.statusCode >= 400 && route.url.startsWith('/api/')) {
    let body: unknown;
    try {
      body = res.json();
    } catch {
      return `${res.statusCode} not JSON: ${res.body.slice(0, 200)}`;
    }
    const { code, message, requestId } = (body ?? {}) as Record<string, unknown>;
    if (typeof code !== 'string' || !(code in ERROR_STATUS) || typeof message !== 'string' || !requestId) {
      return `${res.statusCode} outside the error vocabulary: ${res.body.slice(0, 200)}`;
    }
  }
  return undefined;
}
