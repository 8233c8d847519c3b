import type { ApiResult } from './result';
import type { PaginaLinks, Paginering } from './types';

/** A page of a collection as the API returns it (`_links` + `paginering`). */
export interface CollectionPage {
  _links: PaginaLinks;
  paginering: Paginering;
}

/** The `page` query parameter of a link such as `/api/v1/regios?page=2&pageSize=100`. */
export function pageFromHref(href: string): number | null {
  let url: URL;
  try {
    url = new URL(href, 'http://localhost');
  } catch {
    return null;
  }
  const raw = url.searchParams.get('page');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const page = Number(raw);
  return page >= 1 ? page : null;
}

/**
 * The number of the next page, or null on the last page. Follows `_links.next` when the
 * server sends it, and falls back to `paginering` otherwise.
 */
export function nextPageNumber(page: CollectionPage): number | null {
  const next = page._links.next?.href;
  if (next !== undefined) return pageFromHref(next);
  const { page: current, totalPages } = page.paginering;
  return current < totalPages ? current + 1 : null;
}

/**
 * Fetches every page of a collection, starting at page 1, and concatenates the items.
 * Stops at the first failure (and returns it) and after `maxPages` as a guard against a
 * server whose `next` link never ends.
 */
export async function fetchAllPages<P extends CollectionPage, T>(
  fetchPage: (page: number) => Promise<ApiResult<P>>,
  itemsOf: (page: P) => T[],
  maxPages = 100,
): Promise<ApiResult<T[]>> {
  const items: T[] = [];
  let pageNumber: number | null = 1;
  const seen = new Set<number>();
  while (pageNumber !== null && !seen.has(pageNumber) && seen.size < maxPages) {
    seen.add(pageNumber);
    const result = await fetchPage(pageNumber);
    if (!result.ok) return result;
    items.push(...itemsOf(result.data));
    pageNumber = nextPageNumber(result.data);
  }
  return { ok: true, data: items };
}
