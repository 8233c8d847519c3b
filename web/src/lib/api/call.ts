import { httpFailure, networkFailure, ok, parseRetryAfter, type ApiResult } from './result';

type Answer<T> = { data?: T; error?: unknown; response: Response };

function failureOf<T>(response: Response, error: unknown): ApiResult<T> {
  return httpFailure(response.status, error, parseRetryAfter(response.headers.get('Retry-After')));
}

function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

/** Runs one openapi-fetch request and turns its answer into an ApiResult. Aborts are rethrown. */
export async function call<T>(request: () => Promise<Answer<T>>): Promise<ApiResult<T>> {
  try {
    const { data, error, response } = await request();
    if (response.ok && data !== undefined) return ok(data);
    return failureOf(response, error);
  } catch (e) {
    if (isAbort(e)) throw e;
    return networkFailure();
  }
}

/** Like `call`, for answers without a body (204). */
export async function callNoContent(request: () => Promise<Answer<unknown>>): Promise<ApiResult<null>> {
  try {
    const { error, response } = await request();
    if (response.ok) return ok(null);
    return failureOf(response, error);
  } catch (e) {
    if (isAbort(e)) throw e;
    return networkFailure();
  }
}

/** A resource with the ETag of its version, for a later PUT with If-Match. */
export interface Versioned<T> {
  data: T;
  etag: string | null;
}

/** Like `call`, and keeps the ETag header of the answer. */
export async function callVersioned<T>(request: () => Promise<Answer<T>>): Promise<ApiResult<Versioned<T>>> {
  try {
    const { data, error, response } = await request();
    if (response.ok && data !== undefined) return ok({ data, etag: response.headers.get('ETag') });
    return failureOf(response, error);
  } catch (e) {
    if (isAbort(e)) throw e;
    return networkFailure();
  }
}
