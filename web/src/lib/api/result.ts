/**
 * Outcome of one API call as the pages use it. A failure keeps the raw status and body, so
 * the message is rendered (and re-rendered after a language switch) by `describeProblem`.
 */
export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; failure: ApiFailure };

export type ApiFailure =
  /** The server answered with a non-2xx status; `body` is the parsed problem+json (or text). */
  | { kind: 'http'; status: number; body: unknown }
  /** No answer at all (network down, server stopped, request blocked). */
  | { kind: 'network' };

export function ok<T>(data: T): ApiResult<T> {
  return { ok: true, data };
}

export function httpFailure<T>(status: number, body: unknown): ApiResult<T> {
  return { ok: false, failure: { kind: 'http', status, body } };
}

export function networkFailure<T>(): ApiResult<T> {
  return { ok: false, failure: { kind: 'network' } };
}
