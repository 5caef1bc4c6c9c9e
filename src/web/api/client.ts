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
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
}

/** fetch() for our JSON API: same-origin cookies, JSON in and out, errors as ApiError. */
export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  const response = await fetch(path, {
    credentials: 'same-origin',
    ...rest,
    headers: {
      accept: 'application/json',
      ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const body =
      data && typeof data === 'object' && 'code' in data
        ? (data as ApiErrorBody)
        : { code: response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST', message: response.statusText };
    throw new ApiError(response.status, body);
  }
  return data as T;
}
