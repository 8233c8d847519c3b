import { call, callVersioned, type Versioned } from './call';
import { api } from './client';
import type { ApiResult } from './result';
import type { components } from './schema';

// Klanten (persons) and their intakes, typed from the generated schema.

export type Klant = components['schemas']['Klant'];
export type KlantInvoer = components['schemas']['KlantInvoer'];
export type KlantZoekvraag = components['schemas']['KlantZoekvraag'];

export type Intake = components['schemas']['Intake'];
export type IntakeInvoer = components['schemas']['IntakeInvoer'];

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
  return call(() => api.GET('/klanten/{id}/intakes', { params: { path: { id: klantId } }, signal })).then((r) =>
    r.ok ? { ok: true as const, data: r.data._embedded.intakes } : r,
  );
}

export function createIntake(klantId: string, invoer: IntakeInvoer): Promise<ApiResult<Intake>> {
  return call(() => api.POST('/klanten/{id}/intakes', { params: { path: { id: klantId } }, body: invoer }));
}
