import { call, callVersioned, type Versioned } from './call';
import { api } from './client';
import { rawRequest } from './http';
import type { ApiResult } from './result';
import type { components } from './schema';

// Klanten (persons) and their intakes. Klant itself is in the generated schema; intakes are
// hand-written until it has them.

export type Klant = components['schemas']['Klant'];
export type KlantInvoer = components['schemas']['KlantInvoer'];
export type KlantZoekvraag = components['schemas']['KlantZoekvraag'];

export interface Intake {
  id: string;
  klantId: string;
  datum: string;
  arbeidsmarktpositie: string;
  uitkeringssituatie: string;
  leeftijdsklasse: string;
  opleidingsniveau: string;
  banenafspraak: boolean;
  statushouder: boolean;
  sector: string | null;
  codelijstVersie: string;
}

export interface IntakeInvoer {
  datum?: string;
  arbeidsmarktpositie: string;
  uitkeringssituatie: string;
  opleidingsniveau: string;
  banenafspraak: boolean;
  statushouder: boolean;
  sector?: string;
}

export function klantPath(id: string): string {
  return `/klanten/${encodeURIComponent(id)}`;
}

/** 409: the klant seems to exist already (see duplicates.ts); resend with dubbelBevestigd. */
export function createKlant(invoer: KlantInvoer): Promise<ApiResult<Klant>> {
  return call(() => api.POST('/klanten', { body: invoer }));
}

/** By BSN or by naam + geboortedatum, always in the POST body (never in the URL). */
export function searchKlanten(vraag: KlantZoekvraag): Promise<ApiResult<Klant[]>> {
  return call(() => api.POST('/klanten/zoeken', { body: vraag })).then((r) =>
    r.ok ? { ok: true as const, data: r.data._embedded.klanten } : r,
  );
}

export function loadKlant(id: string, signal?: AbortSignal): Promise<ApiResult<Versioned<Klant>>> {
  return callVersioned(() => api.GET('/klanten/{id}', { params: { path: { id } }, signal }));
}

/** Shows the full BSN; the server logs every reveal. */
export function revealBsn(id: string): Promise<ApiResult<string>> {
  return call(() => api.POST('/klanten/{id}/bsn-onthulling', { params: { path: { id } } })).then((r) =>
    r.ok ? { ok: true as const, data: r.data.bsn } : r,
  );
}

export function listIntakes(klantId: string, signal?: AbortSignal): Promise<ApiResult<Intake[]>> {
  return call(() =>
    rawRequest<{ _embedded: { intakes: Intake[] } }>('GET', `/klanten/${encodeURIComponent(klantId)}/intakes`, { signal }),
  ).then((r) => (r.ok ? { ok: true as const, data: r.data._embedded.intakes } : r));
}

export function createIntake(klantId: string, invoer: IntakeInvoer): Promise<ApiResult<Intake>> {
  return call(() => rawRequest<Intake>('POST', `/klanten/${encodeURIComponent(klantId)}/intakes`, { body: invoer }));
}
