import { call, callVersioned, type Versioned } from './call';
import { api } from './client';
import type { ApiResult } from './result';
import type { components } from './schema';

// Werkgevers (employers as klant), typed from the generated schema.

export type Werkgever = components['schemas']['Werkgever'];
export type WerkgeverInvoer = components['schemas']['WerkgeverInvoer'];
export type WerkgeverZoekvraag = { kvkNummer: string } | { bedrijfsnaam: string };

export function werkgeverPath(id: string): string {
  return `/werkgevers/${encodeURIComponent(id)}`;
}

/** 409 when a werkgever with this KvK-nummer exists in the regio (see duplicates.ts). */
export function createWerkgever(invoer: WerkgeverInvoer): Promise<ApiResult<Werkgever>> {
  return call(() => api.POST('/werkgevers', { body: invoer }));
}

export function loadWerkgever(id: string, signal?: AbortSignal): Promise<ApiResult<Versioned<Werkgever>>> {
  return callVersioned(() => api.GET('/werkgevers/{id}', { params: { path: { id } }, signal }));
}

/** By KvK-nummer, or by the start of the company name. */
export function searchWerkgevers(vraag: WerkgeverZoekvraag): Promise<ApiResult<Werkgever[]>> {
  return call(() => api.POST('/werkgevers/zoeken', { body: vraag })).then((r) =>
    r.ok ? { ok: true as const, data: r.data._embedded.werkgevers } : r,
  );
}
