import { DEFAULT_LOCALE } from '../../shared/locales.js';
import { splitLocalePath } from '../../shared/routes.js';
/** The page's language, read from its URL (i18next switches only after the new page's requests start). */
export function pageLocale(): string {
  return splitLocalePath(window.location.pathname).locale ?? DEFAULT_LOCALE;
}

/** The API's error body (see src/server/platform/errors.ts). */
export interface ApiErrorBody {
  code: string;
  message: string;
  details?: { path: string; code: string; message?: string; params?: Record<string, string | number> }[];
  requestId?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    /** Seconds from a `Retry-After` header (429, 503), when the server sent one. */
    readonly retryAfterSeconds?: number,
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** fetch() for our JSON API: same-origin cookies, JSON in and out, errors as ApiError. */
export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(path, {
      credentials: 'same-origin',
      ...rest,
      headers: {
        accept: 'application/json',
        // The page's language (from its URL), so API content and messages match the page.
        'x-locale': pageLocale(),
        ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK', message: 'Network error' });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    const body =
      data && typeof data === 'object' && 'code' in data
        ? (data as ApiErrorBody)
        : { code: response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST', message: response.statusText };
    throw new ApiError(response.status, body, parseRetryAfter(response.headers.get('retry-after')));
  }
  return data as T;
}
