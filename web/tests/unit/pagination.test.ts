import { describe, expect, it } from 'vitest';
import { fetchAllPages, nextPageNumber, pageFromHref, type CollectionPage } from '../../src/lib/api/pagination';
import { httpFailure, ok, type ApiResult } from '../../src/lib/api/result';

function page(n: number, totalPages: number, withNextLink = true): CollectionPage & { items: string[] } {
  const href = (p: number) => `/api/v1/regios?page=${p}&pageSize=2`;
  return {
    _links: {
      self: { href: href(n) },
      first: { href: href(1) },
      last: { href: href(totalPages) },
      ...(n > 1 ? { prev: { href: href(n - 1) } } : {}),
      ...(withNextLink && n < totalPages ? { next: { href: href(n + 1) } } : {}),
    },
    paginering: { page: n, pageSize: 2, total: totalPages * 2, totalPages },
    items: [`${n}a`, `${n}b`],
  };
}

describe('pageFromHref', () => {
  it('reads the page number of relative and absolute links', () => {
    expect(pageFromHref('/api/v1/regios?page=3&pageSize=20')).toBe(3);
    expect(pageFromHref('https://rmt.example.nl/api/v1/gemeenten?regio=AM13&page=12')).toBe(12);
  });

  it('returns null without a valid page', () => {
    expect(pageFromHref('/api/v1/regios')).toBeNull();
    expect(pageFromHref('/api/v1/regios?page=0')).toBeNull();
    expect(pageFromHref('/api/v1/regios?page=-1')).toBeNull();
    expect(pageFromHref('/api/v1/regios?page=abc')).toBeNull();
    expect(pageFromHref('/api/v1/regios?page=1.5')).toBeNull();
  });
});

describe('nextPageNumber', () => {
  it('follows the next link', () => {
    expect(nextPageNumber(page(1, 3))).toBe(2);
  });

  it('returns null on the last page', () => {
    expect(nextPageNumber(page(3, 3))).toBeNull();
    expect(nextPageNumber(page(1, 1))).toBeNull();
  });

  it('falls back to paginering when there is no next link', () => {
    expect(nextPageNumber(page(1, 3, false))).toBe(2);
    expect(nextPageNumber(page(3, 3, false))).toBeNull();
  });
});

describe('fetchAllPages', () => {
  it('fetches every page and concatenates the items', async () => {
    const requested: number[] = [];
    const result = await fetchAllPages(
      async (n) => {
        requested.push(n);
        return ok(page(n, 3));
      },
      (p) => p.items,
    );
    expect(requested).toEqual([1, 2, 3]);
    expect(result).toEqual({ ok: true, data: ['1a', '1b', '2a', '2b', '3a', '3b'] });
  });

  it('stops at the first failure and returns it', async () => {
    const result = await fetchAllPages(
      async (n): Promise<ApiResult<ReturnType<typeof page>>> =>
        n === 2 ? httpFailure(500, { title: 'Interne fout' }) : ok(page(n, 3)),
      (p) => p.items,
    );
    expect(result).toEqual({ ok: false, failure: { kind: 'http', status: 500, body: { title: 'Interne fout' } } });
  });

  it('does not loop forever when a server repeats a next link', async () => {
    let calls = 0;
    const looping = { ...page(1, 3), _links: { ...page(1, 3)._links, next: { href: '/api/v1/regios?page=1' } } };
    const result = await fetchAllPages(
      async () => {
        calls += 1;
        return ok(looping);
      },
      (p) => p.items,
    );
    expect(calls).toBe(1);
    expect(result.ok).toBe(true);
  });
});
