import { call, callVersioned, type Versioned } from './call';
import { rawRequest } from './http';
import type { ApiResult } from './result';
import type { PaginaLinks, Paginering } from './types';

// Centrale toegang: aanmeldingen (public form and status, staff triage). Hand-written types
// until the generated schema (npm run gen:api) has these paths.

export type AanmeldingSoort = 'persoon' | 'werkgever';
export type AanmeldingStatus = 'nieuw' | 'toegewezen' | 'klant' | 'afgesloten';
export type PubliekeStatus = 'ontvangen' | 'in_behandeling' | 'afgerond';

export interface AanmeldingInvoer {
  soort: AanmeldingSoort;
  naam: string;
  email?: string;
  telefoon?: string;
  bedrijfsnaam?: string;
  kvkNummer?: string;
  gemeenteCode: string;
  categorie: string;
  vraag: string;
  kanaal: string;
  toestemmingContact: boolean;
  /** Honeypot: always empty from a person. */
  website: string;
}

export interface AanmeldingOntvangen {
  referentienummer: string;
  code: string;
  status: string;
  regioCode: string;
  regioNaam: string;
  volgendeStap: string;
}

export interface AanmeldingStatusVraag {
  referentienummer: string;
  code: string;
}

export interface AanmeldingStatusAntwoord {
  referentienummer: string;
  status: PubliekeStatus | string;
  statusOmschrijving: string;
  volgendeStap: string;
  ontvangenOp: string;
}

/** A row of the triage queue: no names or question text (data minimisation). */
export interface AanmeldingSamenvatting {
  id: string;
  referentienummer: string;
  soort: AanmeldingSoort;
  bedrijfsnaam: string | null;
  gemeenteCode: string;
  /** In the contract; not (yet) sent by every server version: the UI falls back to GET /gemeenten. */
  gemeenteNaam?: string | null;
  regioCode: string;
  categorie: string;
  kanaal: string;
  status: AanmeldingStatus;
  ontvangenOp: string;
  wachtMinuten: number;
  organisatieId: string | null;
  medewerkerId: string | null;
  klantId: string | null;
  werkgeverId: string | null;
  versie: number;
}

export interface Aanmelding extends AanmeldingSamenvatting {
  naam: string;
  email: string | null;
  telefoon: string | null;
  kvkNummer: string | null;
  vraag: string;
  toestemmingContact: boolean;
  contactId: string | null;
}

export interface AanmeldingenCollectie {
  _embedded: { aanmeldingen: AanmeldingSamenvatting[] };
  _links: PaginaLinks;
  paginering: Paginering;
}

export interface AanmeldingFilter {
  status?: string;
  categorie?: string;
  minWachtdagen?: number | null;
}

export interface Toewijzing {
  organisatieId?: string;
  medewerkerId?: string;
}

export type Omzetting = { klantId: string } | { werkgeverId: string };

export interface Afsluiting {
  uitkomst: string;
  doorverwezenNaar?: string;
  toelichting?: string;
}

export const aanmeldingPageSize = 20;

/**
 * POST /aanmeldingen (public). The Idempotency-Key is made once per form instance and sent
 * again on a resubmit, so a double click or a retry after a lost answer makes one aanmelding.
 */
export function submitAanmelding(invoer: AanmeldingInvoer, idempotencyKey: string): Promise<ApiResult<AanmeldingOntvangen>> {
  return call(() =>
    rawRequest<AanmeldingOntvangen>('POST', '/aanmeldingen', { body: invoer, headers: { 'Idempotency-Key': idempotencyKey } }),
  );
}

/** POST /aanmeldingen/status: 404 for an unknown number and a wrong code alike; 429 after too many. */
export function aanmeldingStatus(vraag: AanmeldingStatusVraag): Promise<ApiResult<AanmeldingStatusAntwoord>> {
  return call(() => rawRequest<AanmeldingStatusAntwoord>('POST', '/aanmeldingen/status', { body: vraag }));
}

export function listAanmeldingen(
  filter: AanmeldingFilter,
  page: number,
  signal?: AbortSignal,
): Promise<ApiResult<AanmeldingenCollectie>> {
  return call(() =>
    rawRequest<AanmeldingenCollectie>('GET', '/aanmeldingen', {
      query: {
        status: filter.status,
        categorie: filter.categorie,
        minWachtdagen: filter.minWachtdagen ?? undefined,
        page,
        pageSize: aanmeldingPageSize,
      },
      signal,
    }),
  );
}

export function aanmeldingPad(id: string, sub = ''): string {
  return `/aanmeldingen/${encodeURIComponent(id)}${sub}`;
}

export function loadAanmelding(id: string, signal?: AbortSignal): Promise<ApiResult<Versioned<Aanmelding>>> {
  return callVersioned(() => rawRequest<Aanmelding>('GET', aanmeldingPad(id), { signal }));
}

function triage(id: string, sub: string, etag: string, body: unknown): Promise<ApiResult<Versioned<Aanmelding>>> {
  return callVersioned(() => rawRequest<Aanmelding>('POST', aanmeldingPad(id, sub), { body, headers: { 'If-Match': etag } }));
}

/** Each triage step needs If-Match; 412 means someone else changed the aanmelding. */
export function wijsToe(id: string, etag: string, toewijzing: Toewijzing): Promise<ApiResult<Versioned<Aanmelding>>> {
  return triage(id, '/toewijzing', etag, toewijzing);
}

export function zetOm(id: string, etag: string, omzetting: Omzetting): Promise<ApiResult<Versioned<Aanmelding>>> {
  return triage(id, '/omzetting', etag, omzetting);
}

export function sluitAf(id: string, etag: string, afsluiting: Afsluiting): Promise<ApiResult<Versioned<Aanmelding>>> {
  return triage(id, '/afsluiting', etag, afsluiting);
}
