import { call, callVersioned, type Versioned } from './call';
import { api } from './client';
import type { ApiResult } from './result';
import type { components, operations } from './schema';

// Samenwerking in a traject: the klant's toestemmingen and the doorverwijzingen resting on them,
// with the inbox and outbox of the user's organisation (tag doorverwijzingen), typed from the
// generated schema.

type Schemas = components['schemas'];
export type Toestemming = Schemas['Toestemming'];
export type ToestemmingInvoer = Schemas['ToestemmingInvoer'];
export type Doorverwijzing = Schemas['Doorverwijzing'];
export type DoorverwijzingInvoer = Schemas['DoorverwijzingInvoer'];
export type DoorverwijzingStatus = Doorverwijzing['status'];
export type DoorverwijzingenCollectie = Schemas['DoorverwijzingenCollectie'];
export type DoorverwijzingStatuswijziging = Schemas['DoorverwijzingStatuswijziging'];
export type Map = 'inbox' | 'outbox';

export const doorverwijzingPageSize = 20;

/** Recorded by the organisation holding the regie. */
export function createToestemming(trajectId: string, invoer: ToestemmingInvoer): Promise<ApiResult<Toestemming>> {
  return call(() => api.POST('/trajecten/{id}/toestemmingen', { params: { path: { id: trajectId } }, body: invoer }));
}

/** The klant withdraws consent: the referrals resting on it end, and with them the partner's access. */
export function trekToestemmingIn(id: string): Promise<ApiResult<Toestemming>> {
  return call(() => api.POST('/toestemmingen/{id}/intrekking', { params: { path: { id } } }));
}

export function createDoorverwijzing(trajectId: string, invoer: DoorverwijzingInvoer): Promise<ApiResult<Versioned<Doorverwijzing>>> {
  return callVersioned(() => api.POST('/trajecten/{id}/doorverwijzingen', { params: { path: { id: trajectId } }, body: invoer }));
}

/** Received (inbox) or sent (outbox) by the user's organisation, newest first. */
export function listDoorverwijzingen(
  map: Map,
  status: string,
  page: number,
  signal?: AbortSignal,
): Promise<ApiResult<DoorverwijzingenCollectie>> {
  const query: NonNullable<operations['listDoorverwijzingen']['parameters']['query']> = {
    page,
    pageSize: doorverwijzingPageSize,
    map,
  };
  if (status) query.status = status as DoorverwijzingStatus;
  return call(() => api.GET('/doorverwijzingen', { params: { query }, signal }));
}

/** The receiver accepts, rejects (reden) or finishes; the sender withdraws. If-Match with the version shown. */
export function wijzigDoorverwijzing(
  id: string,
  etag: string,
  wijziging: DoorverwijzingStatuswijziging,
): Promise<ApiResult<Versioned<Doorverwijzing>>> {
  return callVersioned(() =>
    api.POST('/doorverwijzingen/{id}/statuswijzigingen', { params: { path: { id }, header: { 'If-Match': etag } }, body: wijziging }),
  );
}
