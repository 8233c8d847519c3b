import { call, callVersioned, type Versioned } from './call';
import { rawRequest } from './http';
import type { ApiResult } from './result';

// Werkgevers (employers as klant). Hand-written types until the generated schema has them.

export interface Werkgever {
  id: string;
  bedrijfsnaam: string;
  kvkNummer: string;
  sector: string | null;
  contactpersoon: string;
  email: string | null;
  telefoon: string | null;
  vestigingsgemeenteCode: string;
  regioCode: string;
  versie: number;
}

export interface WerkgeverInvoer {
  bedrijfsnaam: string;
  kvkNummer: string;
  sector?: string;
  contactpersoon: string;
  email?: string;
  telefoon?: string;
  vestigingsgemeenteCode: string;
  dubbelBevestigd?: boolean;
}

export type WerkgeverZoekvraag = { kvkNummer: string } | { bedrijfsnaam: string };

export function werkgeverPath(id: string): string {
  return `/werkgevers/${encodeURIComponent(id)}`;
}

/** 409 when a werkgever with this KvK-nummer exists in the regio (see duplicates.ts). */
export function createWerkgever(invoer: WerkgeverInvoer): Promise<ApiResult<Werkgever>> {
  return call(() => rawRequest<Werkgever>('POST', '/werkgevers', { body: invoer }));
}

export function loadWerkgever(id: string, signal?: AbortSignal): Promise<ApiResult<Versioned<Werkgever>>> {
  return callVersioned(() => rawRequest<Werkgever>('GET', werkgeverPath(id), { signal }));
}

export function searchWerkgevers(vraag: WerkgeverZoekvraag): Promise<ApiResult<Werkgever[]>> {
  return call(() => rawRequest<{ _embedded: { werkgevers: Werkgever[] } }>('POST', '/werkgevers/zoeken', { body: vraag })).then(
    (r) => (r.ok ? { ok: true as const, data: r.data._embedded.werkgevers } : r),
  );
}
