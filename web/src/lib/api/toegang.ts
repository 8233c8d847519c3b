import { call, callNoContent, callVersioned, type Versioned } from './call';
import { api } from './client';
import { fetchAllPages } from './pagination';
import type { ApiResult } from './result';
import type {
  ApiTokenInvoer,
  ApiTokensCollectie,
  ApiTokenUitgegeven,
  EenmaligWachtwoord,
  Medewerker,
  MedewerkerInvoer,
  MedewerkersCollectie,
  Organisatie,
  OrganisatieInvoer,
  OrganisatiesCollectie,
} from './types';

// Organisations, staff, roles and API tokens (tag `toegang`).

export const defaultPageSize = 20;

export function listOrganisaties(page: number, signal?: AbortSignal): Promise<ApiResult<OrganisatiesCollectie>> {
  return call(() => api.GET('/organisaties', { params: { query: { page, pageSize: defaultPageSize } }, signal }));
}

/** Every organisation the user may see (for select lists). */
export function loadAllOrganisaties(signal?: AbortSignal): Promise<ApiResult<Organisatie[]>> {
  return fetchAllPages<OrganisatiesCollectie, Organisatie>(
    (page) => call(() => api.GET('/organisaties', { params: { query: { page, pageSize: 100 } }, signal })),
    (collection) => collection._embedded.organisaties,
  );
}

export function loadOrganisatie(id: string, signal?: AbortSignal): Promise<ApiResult<Versioned<Organisatie>>> {
  return callVersioned(() => api.GET('/organisaties/{id}', { params: { path: { id } }, signal }));
}

export function createOrganisatie(invoer: OrganisatieInvoer): Promise<ApiResult<Organisatie>> {
  return call(() => api.POST('/organisaties', { body: invoer }));
}

/** PUT with If-Match; 412 means someone else changed it in the meantime. */
export function updateOrganisatie(
  id: string,
  etag: string,
  invoer: OrganisatieInvoer,
): Promise<ApiResult<Versioned<Organisatie>>> {
  return callVersioned(() =>
    api.PUT('/organisaties/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: invoer }),
  );
}

export function listMedewerkers(page: number, signal?: AbortSignal): Promise<ApiResult<MedewerkersCollectie>> {
  return call(() => api.GET('/medewerkers', { params: { query: { page, pageSize: defaultPageSize } }, signal }));
}

export function loadMedewerker(id: string, signal?: AbortSignal): Promise<ApiResult<Versioned<Medewerker>>> {
  return callVersioned(() => api.GET('/medewerkers/{id}', { params: { path: { id } }, signal }));
}

/** Returns the new medewerker with a one-time password (shown once). */
export function createMedewerker(invoer: MedewerkerInvoer): Promise<ApiResult<EenmaligWachtwoord>> {
  return call(() => api.POST('/medewerkers', { body: invoer }));
}

export function updateMedewerker(
  id: string,
  etag: string,
  invoer: MedewerkerInvoer,
): Promise<ApiResult<Versioned<Medewerker>>> {
  return callVersioned(() =>
    api.PUT('/medewerkers/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: invoer }),
  );
}

/** New one-time password; TOTP and recovery codes are reset and every session ends. */
export function restoreAccess(id: string): Promise<ApiResult<EenmaligWachtwoord>> {
  return call(() => api.POST('/medewerkers/{id}/herstel', { params: { path: { id } } }));
}

export function listApiTokens(page: number, signal?: AbortSignal): Promise<ApiResult<ApiTokensCollectie>> {
  return call(() => api.GET('/api-tokens', { params: { query: { page, pageSize: defaultPageSize } }, signal }));
}

/** Returns the token secret, which is shown once. */
export function issueApiToken(invoer: ApiTokenInvoer): Promise<ApiResult<ApiTokenUitgegeven>> {
  return call(() => api.POST('/api-tokens', { body: invoer }));
}

export function revokeApiToken(id: string): Promise<ApiResult<null>> {
  return callNoContent(() => api.DELETE('/api-tokens/{id}', { params: { path: { id } } }));
}

/** Every medewerker the user may see (beheerder, coordinator), e.g. to assign work. */
export function loadAllMedewerkers(signal?: AbortSignal): Promise<ApiResult<Medewerker[]>> {
  return fetchAllPages<MedewerkersCollectie, Medewerker>(
    (page) => call(() => api.GET('/medewerkers', { params: { query: { page, pageSize: 100 } }, signal })),
    (collection) => collection._embedded.medewerkers,
  );
}
