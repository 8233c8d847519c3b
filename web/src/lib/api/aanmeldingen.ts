import { call, callVersioned, type Versioned } from './call';
import { api } from './client';
import type { ApiResult } from './result';
import type { components, operations } from './schema';

// Centrale toegang: aanmeldingen (public form and status, staff triage), typed from the
// generated schema (npm run gen:api).

type Schemas = components['schemas'];
export type AanmeldingSoort = Schemas['AanmeldingInvoer']['soort'];
export type AanmeldingStatus = Schemas['Aanmelding']['status'];
export type PubliekeStatus = Schemas['AanmeldingStatus']['status'];
export type AanmeldingInvoer = Schemas['AanmeldingInvoer'];
export type AanmeldingOntvangen = Schemas['AanmeldingOntvangen'];
export type AanmeldingStatusVraag = Schemas['AanmeldingStatusvraag'];
export type AanmeldingStatusAntwoord = Schemas['AanmeldingStatus'];
/**
 * A row of the triage queue: no names or question text (data minimisation). `gemeenteNaam` was
 * in the contract but the API does not send it; the UI takes the name from GET /gemeenten.
 */
export type AanmeldingSamenvatting = Schemas['AanmeldingInWachtrij'] & { gemeenteNaam?: string | null };
export type Aanmelding = Schemas['Aanmelding'] & { gemeenteNaam?: string | null };
export type AanmeldingenCollectie = Schemas['AanmeldingenCollectie'];
export type Toewijzing = Schemas['Toewijzing'];
export type Omzetting = { klantId: string } | { werkgeverId: string };
export type Afsluiting = Schemas['Afsluiting'];

export interface AanmeldingFilter {
  status?: string;
  categorie?: string;
  minWachtdagen?: number | null;
}

export const aanmeldingPageSize = 20;

/**
 * POST /aanmeldingen (public). The Idempotency-Key is made once per form instance and sent
 * again on a resubmit, so a double click or a retry after a lost answer makes one aanmelding.
 */
export function submitAanmelding(invoer: AanmeldingInvoer, idempotencyKey: string): Promise<ApiResult<AanmeldingOntvangen>> {
  return call(() => api.POST('/aanmeldingen', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: invoer }));
}

/** POST /aanmeldingen/status: 404 for an unknown number and a wrong code alike; 429 after too many. */
export function aanmeldingStatus(vraag: AanmeldingStatusVraag): Promise<ApiResult<AanmeldingStatusAntwoord>> {
  return call(() => api.POST('/aanmeldingen/status', { body: vraag }));
}

export function listAanmeldingen(
  filter: AanmeldingFilter,
  page: number,
  signal?: AbortSignal,
): Promise<ApiResult<AanmeldingenCollectie>> {
  const query: NonNullable<operations['listAanmeldingen']['parameters']['query']> = { page, pageSize: aanmeldingPageSize };
  if (filter.status) query.status = filter.status as AanmeldingStatus;
  if (filter.categorie) query.categorie = filter.categorie;
  if (filter.minWachtdagen !== undefined && filter.minWachtdagen !== null) query.minWachtdagen = filter.minWachtdagen;
  return call(() => api.GET('/aanmeldingen', { params: { query }, signal }));
}

export function loadAanmelding(id: string, signal?: AbortSignal): Promise<ApiResult<Versioned<Aanmelding>>> {
  return callVersioned(() => api.GET('/aanmeldingen/{id}', { params: { path: { id } }, signal }));
}

/** Each triage step needs If-Match; 412 means someone else changed the aanmelding. */
export function wijsToe(id: string, etag: string, toewijzing: Toewijzing): Promise<ApiResult<Versioned<Aanmelding>>> {
  return callVersioned(() =>
    api.POST('/aanmeldingen/{id}/toewijzing', { params: { path: { id }, header: { 'If-Match': etag } }, body: toewijzing }),
  );
}

export function zetOm(id: string, etag: string, omzetting: Omzetting): Promise<ApiResult<Versioned<Aanmelding>>> {
  return callVersioned(() =>
    api.POST('/aanmeldingen/{id}/omzetting', { params: { path: { id }, header: { 'If-Match': etag } }, body: omzetting }),
  );
}

export function sluitAf(id: string, etag: string, afsluiting: Afsluiting): Promise<ApiResult<Versioned<Aanmelding>>> {
  return callVersioned(() =>
    api.POST('/aanmeldingen/{id}/afsluiting', { params: { path: { id }, header: { 'If-Match': etag } }, body: afsluiting }),
  );
}
