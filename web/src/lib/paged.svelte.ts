import type { ApiFailure, ApiResult } from './api/result';
import type { Paginering } from './api/types';

export interface Page<T> {
  items: T[];
  paginering: Paginering;
}

/**
 * One page of a collection at a time, as Svelte state. While the next page loads the current
 * rows stay visible (so focus is not lost); a newer request aborts an older one.
 */
export class PagedList<T> {
  page: number = $state(1);
  items: T[] = $state([]);
  paginering: Paginering | null = $state(null);
  loading: boolean = $state(true);
  failure: ApiFailure | null = $state(null);
  /** Counts loads that finished, so a page can react (e.g. move focus) after a page change. */
  loads: number = $state(0);

  readonly #fetch: (page: number, signal: AbortSignal) => Promise<ApiResult<Page<T>>>;
  #controller: AbortController | null = null;

  constructor(fetchPage: (page: number, signal: AbortSignal) => Promise<ApiResult<Page<T>>>) {
    this.#fetch = fetchPage;
  }

  get loaded(): boolean {
    return this.paginering !== null;
  }

  async load(page: number = this.page): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.loading = true;
    this.failure = null;
    let result: ApiResult<Page<T>>;
    try {
      result = await this.#fetch(page, controller.signal);
    } catch {
      return; // aborted
    }
    if (controller.signal.aborted) return;
    this.loading = false;
    if (result.ok) {
      this.page = result.data.paginering.page || page;
      this.items = result.data.items;
      this.paginering = result.data.paginering;
    } else {
      this.failure = result.failure;
    }
    this.loads += 1;
  }

  /** Reload the current page (after a change). */
  reload(): Promise<void> {
    return this.load(this.page);
  }

  destroy(): void {
    this.#controller?.abort();
  }
}

/** Maps a collection answer to a Page. */
export function pageOf<C extends { paginering: Paginering }, T>(
  result: ApiResult<C>,
  items: (collection: C) => T[],
): ApiResult<Page<T>> {
  return result.ok ? { ok: true, data: { items: items(result.data), paginering: result.data.paginering } } : result;
}
