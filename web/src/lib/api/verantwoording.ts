import { call } from './call';
import { api } from './client';
import { defaultPageSize } from './toegang';
import { fetchAllPages } from './pagination';
import type { ApiResult } from './result';
import type {
  AuditregelsCollectie,
  Verwerkingsactiviteit,
  VerwerkingsactiviteitenCollectie,
  VerwerkingenCollectie,
  VerwerkingZoekvraag,
} from './types';

// Audit log and Logboek Dataverwerkingen (tag `verantwoording`; role privacy).

export interface AuditFilter {
  actor?: string;
  objectType?: string;
  objectId?: string;
  /** RFC 3339, inclusive */
  van?: string;
  /** RFC 3339, exclusive */
  tot?: string;
}

/** Drops empty filter fields, so they are not sent as `actor=`. */
export function compactFilter(filter: AuditFilter): AuditFilter {
  const out: AuditFilter = {};
  for (const key of ['actor', 'objectType', 'objectId', 'van', 'tot'] as const) {
    const value = filter[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}

export function listAuditregels(
  filter: AuditFilter,
  page: number,
  signal?: AbortSignal,
): Promise<ApiResult<AuditregelsCollectie>> {
  return call(() =>
    api.GET('/auditregels', {
      params: { query: { ...compactFilter(filter), page, pageSize: defaultPageSize } },
      signal,
    }),
  );
}

/** The whole register of processing activities. */
export function loadVerwerkingsactiviteiten(signal?: AbortSignal): Promise<ApiResult<Verwerkingsactiviteit[]>> {
  return fetchAllPages<VerwerkingsactiviteitenCollectie, Verwerkingsactiviteit>(
    (page) => call(() => api.GET('/verwerkingsactiviteiten', { params: { query: { page, pageSize: 100 } }, signal })),
    (collection) => collection._embedded.verwerkingsactiviteiten,
  );
}

/**
 * The processing of one data subject's personal data. The identifier goes in the POST body,
 * never in the URL or query string (it would end up in logs and browser history).
 */
export function searchVerwerkingen(
  vraag: VerwerkingZoekvraag,
  page: number,
  signal?: AbortSignal,
): Promise<ApiResult<VerwerkingenCollectie>> {
  return call(() =>
    api.POST('/verwerkingen/zoeken', {
      params: { query: { page, pageSize: defaultPageSize } },
      body: vraag,
      signal,
    }),
  );
}
