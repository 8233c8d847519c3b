import { call } from './call';
import { rawRequest } from './http';
import type { ApiResult } from './result';
import type { PaginaLinks, Paginering } from './types';

// Gidsfunctie contacts (information and advice without a case). Hand-written types until the
// generated schema has them.

export interface Contact {
  id: string;
  regioCode: string;
  kanaal: string;
  onderwerp: string;
  uitkomst: string;
  doorverwezenNaar: string | null;
  toelichting: string | null;
  klantId: string | null;
  werkgeverId: string | null;
  aanmeldingId: string | null;
  medewerkerId: string | null;
  datum: string;
}

export interface ContactInvoer {
  regioCode: string;
  kanaal: string;
  onderwerp: string;
  uitkomst: string;
  doorverwezenNaar?: string;
  toelichting?: string;
  klantId?: string;
  werkgeverId?: string;
}

export interface ContactenCollectie {
  _embedded: { contacten: Contact[] };
  _links: PaginaLinks;
  paginering: Paginering;
}

export interface ContactFilter {
  klantId?: string;
  werkgeverId?: string;
}

export function createContact(invoer: ContactInvoer): Promise<ApiResult<Contact>> {
  return call(() => rawRequest<Contact>('POST', '/contacten', { body: invoer }));
}

/** Newest first. */
export function listContacten(filter: ContactFilter, page: number, signal?: AbortSignal): Promise<ApiResult<ContactenCollectie>> {
  return call(() =>
    rawRequest<ContactenCollectie>('GET', '/contacten', {
      query: { klantId: filter.klantId, werkgeverId: filter.werkgeverId, page, pageSize: 20 },
      signal,
    }),
  );
}

/** The page to register a contact, optionally for one klant or werkgever (an id, no personal data). */
export function contactNieuwPath(target: ContactFilter = {}): string {
  const params = new URLSearchParams();
  if (target.klantId) params.set('klantId', target.klantId);
  if (target.werkgeverId) params.set('werkgeverId', target.werkgeverId);
  const query = params.toString();
  return `/contacten/nieuw${query ? `?${query}` : ''}`;
}
