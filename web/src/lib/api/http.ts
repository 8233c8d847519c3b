import { apiHooks, isUnsafeMethod, type ApiHooks } from './client';

/**
 * A plain JSON request to our own API for endpoints whose generated types (schema.d.ts) are not
 * there yet. It behaves like the typed client: same origin with cookies, the session's CSRF
 * token on unsafe methods, and the session is told about every answer. The answer has the shape
 * `call`/`callVersioned` expect, so pages use the same ApiResult as everywhere else.
 */
export interface RawOptions {
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface RawAnswer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** `/aanmeldingen` + { status: 'nieuw', page: 2 } → `/api/v1/aanmeldingen?status=nieuw&page=2` (empty values left out). */
export function apiUrl(path: string, query: RawOptions['query'] = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
}

async function bodyOf(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

export async function rawRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  options: RawOptions = {},
  hooks: ApiHooks = apiHooks,
  fetchImpl: (input: Request) => Promise<Response> = (input) => globalThis.fetch(input),
): Promise<RawAnswer<T>> {
  const headers = new Headers({ Accept: 'application/json, application/problem+json', ...options.headers });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (isUnsafeMethod(method)) {
    const token = hooks.csrfToken();
    if (token !== null && token !== '') headers.set('X-CSRF-Token', token);
  }
  const base = typeof location === 'undefined' ? 'http://localhost' : location.origin;
  const request = new Request(new URL(apiUrl(path, options.query), base), {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  const response = await fetchImpl(request);
  const date = response.headers.get('Date');
  if (date !== null && hooks.onServerTime) {
    const server = Date.parse(date);
    if (!Number.isNaN(server)) hooks.onServerTime(server - Date.now());
  }
  if (response.ok) hooks.onSuccess?.(path);
  else if (response.status === 401) hooks.onUnauthorized?.(path);
  const parsed = await bodyOf(response);
  return response.ok ? { data: (parsed ?? null) as T, response } : { error: parsed, response };
}
