/**
 * Outcome of one API call as the pages use it. A failure keeps the raw status and body, so
 * the message is rendered (and re-rendered after a language switch) by `describeProblem`.
 */
export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; failure: ApiFailure };

export type ApiFailure =
  /**
   * The server answered with a non-2xx status; `body` is the parsed problem+json (or text).
   * `retryAfter` is the Retry-After header in seconds (429), when the server sent one.
   */
  | { kind: 'http'; status: number; body: unknown; retryAfter?: number }
  /** No answer at all (network down, server stopped, request blocked). */
  | { kind: 'network' };

export function ok<T>(data: T): ApiResult<T> {
  return { ok: true, data };
}

export function httpFailure<T>(status: number, body: unknown, retryAfter?: number | null): ApiResult<T> {
  const failure: ApiFailure = { kind: 'http', status, body };
  if (retryAfter !== undefined && retryAfter !== null) failure.retryAfter = retryAfter;
  return { ok: false, failure };
}

export function networkFailure<T>(): ApiResult<T> {
  return { ok: false, failure: { kind: 'network' } };
}

/** The HTTP status of a failure, or null when there was no answer. */
export function failureStatus(failure: ApiFailure): number | null {
  return failure.kind === 'http' ? failure.status : null;
}

/**
 * Seconds from a Retry-After header: either a number of seconds or an HTTP date. Null when
 * absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
