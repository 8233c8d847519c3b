import { call, callVersioned, type Versioned } from './call';
import { api } from './client';
import type { ApiResult } from './result';
import type { components, operations } from './schema';

// The regional dienstencatalogus (tag `diensten`), typed from the generated schema.

type Schemas = components['schemas'];
export type Dienst = Schemas['Dienst'];
export type DienstInvoer = Schemas['DienstInvoer'];
export type DienstStatus = Dienst['status'];
export type DienstenCollectie = Schemas['DienstenCollectie'];

export interface DienstFilter {
  status?: string;
  type?: string;
}

export const dienstPageSize = 20;

export function dienstPath(id: string): string {
  return `/diensten/${encodeURIComponent(id)}`;
}

/** The diensten of the user's regio's by name, paused and closed ones included. */
export function listDiensten(filter: DienstFilter, page: number, signal?: AbortSignal): Promise<ApiResult<DienstenCollectie>> {
  const query: NonNullable<operations['listDiensten']['parameters']['query']> = { page, pageSize: dienstPageSize };
  if (filter.status) query.status = filter.status as DienstStatus;
  if (filter.type) query.type = filter.type;
  return call(() => api.GET('/diensten', { params: { query }, signal }));
}

export function loadDienst(id: string, signal?: AbortSignal): Promise<ApiResult<Versioned<Dienst>>> {
  return callVersioned(() => api.GET('/diensten/{id}', { params: { path: { id } }, signal }));
}

/** Coordinator of the regio only. */
export function createDienst(invoer: DienstInvoer): Promise<ApiResult<Dienst>> {
  return call(() => api.POST('/diensten', { body: invoer }));
}

/** PUT with If-Match; 412 means someone else changed it in the meantime. The regio stays. */
export function updateDienst(id: string, etag: string, invoer: DienstInvoer): Promise<ApiResult<Versioned<Dienst>>> {
  return callVersioned(() => api.PUT('/diensten/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: invoer }));
}
