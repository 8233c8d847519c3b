import { call } from './call';
import { api } from './client';
import type { ApiResult } from './result';
import type { components } from './schema';

// Gidsfunctie contacts (information and advice without a case), typed from the generated schema.
// The contract called the timestamp `datum`; the API sends `vastgelegdOp`.

export type Contact = components['schemas']['Contact'];
export type ContactInvoer = components['schemas']['ContactInvoer'];
export type ContactenCollectie = components['schemas']['ContactenCollectie'];

export interface ContactFilter {
  klantId?: string;
  werkgeverId?: string;
}

export function createContact(invoer: ContactInvoer): Promise<ApiResult<Contact>> {
  return call(() => api.POST('/contacten', { body: invoer }));
}

/** Newest first. */
export function listContacten(filter: ContactFilter, page: number, signal?: AbortSignal): Promise<ApiResult<ContactenCollectie>> {
  const query: { page: number; pageSize: number; klantId?: string; werkgeverId?: string } = { page, pageSize: 20 };
  if (filter.klantId) query.klantId = filter.klantId;
  if (filter.werkgeverId) query.werkgeverId = filter.werkgeverId;
  return call(() => api.GET('/contacten', { params: { query }, signal }));
}

/** The page to register a contact, optionally for one klant or werkgever (an id, no personal data). */
export function contactNieuwPath(target: ContactFilter = {}): string {
  const params = new URLSearchParams();
  if (target.klantId) params.set('klantId', target.klantId);
  if (target.werkgeverId) params.set('werkgeverId', target.werkgeverId);
  const query = params.toString();
  return `/contacten/nieuw${query ? `?${query}` : ''}`;
}
