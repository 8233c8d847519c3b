import { call, callVersioned, type Versioned } from './call';
import { api } from './client';
import type { ApiResult } from './result';
import type { components, operations } from './schema';

// Nametingen: follow-up measurements 3, 6 and 12 months after a traject closed (tag nametingen),
// typed from the generated schema.

type Schemas = components['schemas'];
export type Nameting = Schemas['Nameting'];
/** A nameting in the list of those due, with the name of whom it is for. */
export type NametingTeDoen = Schemas['NametingTeDoen'];
export type NametingInvoer = Schemas['NametingInvoer'];
export type NametingenCollectie = Schemas['NametingenCollectie'];
export type NametingenPerMedewerker = Schemas['NametingenPerMedewerker'];

export const nametingPageSize = 20;

/**
 * The open nametingen due by `tot` (default today), oldest first: the logged-in user's, or (for a
 * coordinator) those of `medewerkerId`.
 */
export function listNametingen(
  page: number,
  signal?: AbortSignal,
  filter: { medewerkerId?: string; tot?: string } = {},
): Promise<ApiResult<NametingenCollectie>> {
  const query: NonNullable<operations['listNametingen']['parameters']['query']> = { page, pageSize: nametingPageSize };
  if (filter.medewerkerId) query.medewerkerId = filter.medewerkerId;
  if (filter.tot) query.tot = filter.tot;
  return call(() => api.GET('/nametingen', { params: { query }, signal }));
}

/** The page with the nametingen due of one medewerker (for a coordinator). */
export function nametingenVanPath(medewerkerId: string): string {
  return `/nametingen/medewerkers/${encodeURIComponent(medewerkerId)}`;
}

/** For a coordinator: how many nametingen each medewerker of the regio has due today, most first. */
export function listNametingenPerMedewerker(signal?: AbortSignal): Promise<ApiResult<NametingenPerMedewerker>> {
  return call(() => api.GET('/nametingen-per-medewerker', { signal }));
}

/** Records a due nameting, with If-Match; 409 when it is not due yet or already recorded. */
export function legNametingVast(id: string, etag: string, invoer: NametingInvoer): Promise<ApiResult<Versioned<Nameting>>> {
  return callVersioned(() => api.PUT('/nametingen/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: invoer }));
}
