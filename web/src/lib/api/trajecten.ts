import { call, callVersioned, type Versioned } from './call';
import { api } from './client';
import type { Dienst, DienstenCollectie } from './diensten';
import { fetchAllPages } from './pagination';
import type { ApiResult } from './result';
import type { components, operations } from './schema';

// Trajecten (cases): the list, one traject as the user may see it, its status steps, the
// timeline with notes, the regievoerders of a regio and the interventies (tags trajecten and
// interventies), typed from the generated schema.

type Schemas = components['schemas'];
export type Traject = Schemas['Traject'];
export type TrajectBeeld = Schemas['TrajectBeeld'];
export type TrajectInvoer = Schemas['TrajectInvoer'];
export type TrajectStatus = Traject['status'];
export type TrajectenCollectie = Schemas['TrajectenCollectie'];
export type Resultaat = NonNullable<Traject['resultaat']>;
export type Statuswijziging = Schemas['Statuswijziging'];
export type Gebeurtenis = Schemas['Gebeurtenis'];
export type NotitieInvoer = Schemas['NotitieInvoer'];
export type Zichtbaarheid = NonNullable<NotitieInvoer['zichtbaarheid']>;
export type Regievoerder = Schemas['Regievoerder'];
export type Interventie = Schemas['Interventie'];
export type InterventieInvoer = Schemas['InterventieInvoer'];
export type InterventieNieuw = Schemas['InterventiePlanning'];
export type InterventieStatus = Interventie['status'];
export type GekoppeldeTrajecten = NonNullable<TrajectBeeld['gekoppeldeTrajecten']>;
export type Telling = GekoppeldeTrajecten['perStatus'][number];

export type Selectie = 'eigen' | 'organisatie' | 'regio';

export interface TrajectFilter {
  selectie: Selectie;
  status?: string;
  sluitenAanbevolen?: boolean;
  werkgeverTrajectId?: string;
  werkgeverId?: string;
}

export const trajectPageSize = 20;

export function trajectPath(id: string): string {
  return `/trajecten/${encodeURIComponent(id)}`;
}

/** The page that starts a traject for a klant or werkgever, optionally from its aanmelding (ids only). */
export function trajectNieuwPath(target: { klantId?: string; werkgeverId?: string; aanmeldingId?: string }): string {
  const params = new URLSearchParams();
  if (target.klantId) params.set('klantId', target.klantId);
  if (target.werkgeverId) params.set('werkgeverId', target.werkgeverId);
  if (target.aanmeldingId) params.set('aanmeldingId', target.aanmeldingId);
  const query = params.toString();
  return `/trajecten/nieuw${query ? `?${query}` : ''}`;
}

/** Newest change first: the user's own (regievoerder), the organisation's (regie) or the regio's (coordinator). */
export function listTrajecten(filter: TrajectFilter, page: number, signal?: AbortSignal): Promise<ApiResult<TrajectenCollectie>> {
  const query: NonNullable<operations['listTrajecten']['parameters']['query']> = {
    page,
    pageSize: trajectPageSize,
    selectie: filter.selectie,
  };
  if (filter.status) query.status = filter.status as TrajectStatus;
  if (filter.sluitenAanbevolen) query.sluitenAanbevolen = true;
  if (filter.werkgeverTrajectId) query.werkgeverTrajectId = filter.werkgeverTrajectId;
  if (filter.werkgeverId) query.werkgeverId = filter.werkgeverId;
  return call(() => api.GET('/trajecten', { params: { query }, signal }));
}

/** 201 with the traject as the user sees it. */
export function createTraject(invoer: TrajectInvoer): Promise<ApiResult<Versioned<TrajectBeeld>>> {
  return callVersioned(() => api.POST('/trajecten', { body: invoer }));
}

/** 404 also when the user's organisation is not involved. */
export function loadTraject(id: string, signal?: AbortSignal): Promise<ApiResult<Versioned<TrajectBeeld>>> {
  return callVersioned(() => api.GET('/trajecten/{id}', { params: { path: { id } }, signal }));
}

/** Klantvraag, doelen, categorie, regievoerder and werkgeverTrajectId, with If-Match; the klant or werkgever stays. */
export function updateTraject(id: string, etag: string, invoer: TrajectInvoer): Promise<ApiResult<Versioned<TrajectBeeld>>> {
  return callVersioned(() => api.PUT('/trajecten/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: invoer }));
}

/** A status step with If-Match: 409 for a step the status machine refuses, 412 when someone else was first. */
export function wijzigTrajectStatus(id: string, etag: string, wijziging: Statuswijziging): Promise<ApiResult<Versioned<TrajectBeeld>>> {
  return callVersioned(() =>
    api.POST('/trajecten/{id}/statuswijzigingen', { params: { path: { id }, header: { 'If-Match': etag } }, body: wijziging }),
  );
}

/** Oldest first, only what the user's organisation may see. */
export function loadTijdlijn(id: string, signal?: AbortSignal): Promise<ApiResult<Gebeurtenis[]>> {
  return call(() => api.GET('/trajecten/{id}/tijdlijn', { params: { path: { id } }, signal })).then((r) =>
    r.ok ? { ok: true as const, data: r.data.gebeurtenissen } : r,
  );
}

export function createNotitie(id: string, invoer: NotitieInvoer): Promise<ApiResult<Gebeurtenis>> {
  return call(() => api.POST('/trajecten/{id}/notities', { params: { path: { id } }, body: invoer }));
}

/** The medewerkers who can hold the regie in a regio. */
export function loadRegievoerders(regioCode: string, signal?: AbortSignal): Promise<ApiResult<Regievoerder[]>> {
  return call(() => api.GET('/regievoerders', { params: { query: { regioCode } }, signal })).then((r) =>
    r.ok ? { ok: true as const, data: r.data.regievoerders } : r,
  );
}

/** Plans an interventie from an open dienst of the regio; the cost defaults to the dienst's. */
export function planInterventie(trajectId: string, invoer: InterventieNieuw): Promise<ApiResult<Versioned<Interventie>>> {
  return callVersioned(() => api.POST('/trajecten/{id}/interventies', { params: { path: { id: trajectId } }, body: invoer }));
}

/** The whole interventie with its new status, with If-Match. */
export function updateInterventie(id: string, etag: string, invoer: InterventieInvoer): Promise<ApiResult<Versioned<Interventie>>> {
  return callVersioned(() => api.PUT('/interventies/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: invoer }));
}

/** The diensten of a regio for planning (open, paused and closed alike: the form shows which can be chosen). */
export function loadDienstenVanRegio(regioCode: string, signal?: AbortSignal): Promise<ApiResult<Dienst[]>> {
  return fetchAllPages<DienstenCollectie, Dienst>(
    (page) => call(() => api.GET('/diensten', { params: { query: { page, pageSize: 100 } }, signal })),
    (collection) => collection._embedded.diensten,
  ).then((r) => (r.ok ? { ok: true as const, data: r.data.filter((d) => d.regioCode === regioCode) } : r));
}
