import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** Methods that change state: they carry the session's CSRF token (X-CSRF-Token). */
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isUnsafeMethod(method: string): boolean {
  return unsafeMethods.has(method.toUpperCase());
}

/**
 * What the client needs from the session without importing it (the session imports the
 * client): the CSRF token to send, and whom to tell about answers.
 */
export interface ApiHooks {
  /** The csrfToken of the current session, or null when there is none. */
  csrfToken: () => string | null;
  /** Called after every 2xx answer: the server extended the session's idle time. */
  onSuccess?: (schemaPath: string) => void;
  /** Called after a 401 outside /sessie*: the session ended on the server. */
  onUnauthorized?: (schemaPath: string) => void;
  /** Called with the server's clock minus ours (from the Date header) after every answer. */
  onServerTime?: (offsetMs: number) => void;
}

/**
 * Adds the CSRF header to unsafe requests and reports answers to the session. The token is
 * only ever kept in memory (never in storage), and only sent to our own API.
 */
export function sessionMiddleware(hooks: ApiHooks, now: () => number = Date.now): Middleware {
  return {
    onRequest({ request }) {
      if (!isUnsafeMethod(request.method)) return undefined;
      const token = hooks.csrfToken();
      if (token !== null && token !== '') request.headers.set('X-CSRF-Token', token);
      return request;
    },
    onResponse({ response, schemaPath }) {
      const date = response.headers.get('Date');
      if (date !== null && hooks.onServerTime) {
        const server = Date.parse(date);
        if (!Number.isNaN(server)) hooks.onServerTime(server - now());
      }
      if (response.ok) hooks.onSuccess?.(schemaPath);
      else if (response.status === 401 && !schemaPath.startsWith('/sessie')) hooks.onUnauthorized?.(schemaPath);
      return undefined;
    },
  };
}

export type ApiClient = Client<paths>;

/**
 * Creates a typed client for the RMT-platform API (generated types: `npm run gen:api`).
 * Cookies go along only to our own origin (`credentials: 'same-origin'`).
 */
export function createApiClient(hooks: ApiHooks, fetchImpl?: (input: Request) => Promise<Response>): ApiClient {
  const client = createClient<paths>({
    baseUrl: '/api/v1',
    credentials: 'same-origin',
    headers: { Accept: 'application/json, application/problem+json' },
    // Looked up per call (not captured once), so tests can replace globalThis.fetch.
    fetch: fetchImpl ?? ((input: Request) => globalThis.fetch(input)),
  });
  client.use(sessionMiddleware(hooks));
  return client;
}

/**
 * The hooks of the app's one client. The session store fills them in at start-up; until then
 * no token is sent and nobody is told.
 */
export const apiHooks: ApiHooks = { csrfToken: () => null };

/** The one typed client of the app. */
export const api: ApiClient = createApiClient({
  csrfToken: () => apiHooks.csrfToken(),
  onSuccess: (path) => apiHooks.onSuccess?.(path),
  onUnauthorized: (path) => apiHooks.onUnauthorized?.(path),
  onServerTime: (offset) => apiHooks.onServerTime?.(offset),
});
