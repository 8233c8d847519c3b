import { call } from './call';
import { api } from './client';
import { fetchAllPages } from './pagination';
import type { ApiResult } from './result';
import type { Regio, RegioCollectie, RegioDetail } from './types';

/** Region codes are CBS codes like AM13 (not contiguous: AM04 does not exist). */
export const regioCodePattern = /^AM[0-9]{2}$/;

export function isRegioCode(code: string): boolean {
  return regioCodePattern.test(code);
}

/** The front-end path of one region. */
export function regioPath(code: string): string {
  return `/regios/${encodeURIComponent(code)}`;
}

const pageSize = 100;

/** All 35 arbeidsmarktregio's, following the pages if the server ever pages them. */
export function loadRegios(signal?: AbortSignal): Promise<ApiResult<Regio[]>> {
  return fetchAllPages<RegioCollectie, Regio>(
    (page) => call(() => api.GET('/regios', { params: { query: { page, pageSize } }, signal })),
    (collection) => collection._embedded.regios,
  );
}

/** One region with its gemeenten; a 404 failure means the code does not exist. */
export function loadRegio(code: string, signal?: AbortSignal): Promise<ApiResult<RegioDetail>> {
  return call(() => api.GET('/regios/{code}', { params: { path: { code } }, signal }));
}
