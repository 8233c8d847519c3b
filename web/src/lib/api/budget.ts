import { call, callVersioned, type Versioned } from './call';
import { api } from './client';
import type { ApiResult } from './result';
import type { components } from './schema';

// The ontschot budget (tags budgetten, verplichtingen, declaraties, betaalrondes), typed from
// the generated schema. Amounts are whole euro cents everywhere.

type Schemas = components['schemas'];
export type Saldo = Schemas['Saldo'];
export type Budget = Schemas['Budget'];
export type BudgetBeeld = Schemas['BudgetBeeld'];
export type BudgetregelBeeld = BudgetBeeld['regels'][number];
export type Budgetregel = Schemas['Budgetregel'];
export type BudgetregelSoort = Budgetregel['soort'];
export type BudgetInvoer = Schemas['BudgetInvoer'];
export type BudgetregelInvoer = Schemas['BudgetregelInvoer'];
export type Prognose = Schemas['Prognose'];
export type Budgetwijziging = Schemas['Budgetwijziging'];
export type BudgetwijzigingInvoer = Schemas['BudgetwijzigingInvoer'];
export type BudgetwijzigingSoort = Budgetwijziging['soort'];
export type Beoordeling = Schemas['Beoordeling'];
export type Uitgaven = Schemas['Uitgaven'];
export type UitgavenPer = Uitgaven['per'];
export type Uitgavenregel = Schemas['Uitgavenregel'];
export type Mutatie = Schemas['Mutatie'];
export type MutatiesPagina = Schemas['MutatiesPagina'];

export const budgetregelSoorten: readonly BudgetregelSoort[] = ['personele_inzet', 'interventies', 'overig'];
export const uitgavenPer: readonly UitgavenPer[] = ['dienst', 'diensttype', 'aanbieder', 'doelgroep', 'maand'];

export function budgetPath(id: string): string {
  return `/budget/${encodeURIComponent(id)}`;
}

/** The year-end export (a download link: the browser sends the session cookie along). */
export function verantwoordingUrl(id: string, formaat: 'csv' | 'xlsx'): string {
  return `/api/v1/budgetten/${encodeURIComponent(id)}/verantwoording?formaat=${formaat}`;
}

/** The budgets of the user's regio's, newest year first, all on one page. */
export function listBudgetten(signal?: AbortSignal): Promise<ApiResult<Budget[]>> {
  return call(() => api.GET('/budgetten', { signal })).then((r) => (r.ok ? { ok: true as const, data: r.data._embedded.budgetten } : r));
}

export function loadBudget(id: string, signal?: AbortSignal): Promise<ApiResult<BudgetBeeld>> {
  return call(() => api.GET('/budgetten/{id}', { params: { path: { id } }, signal }));
}

/** Coordinator: every amount becomes a proposal that a kassier approves. 409: that year has a budget. */
export function createBudget(invoer: BudgetInvoer): Promise<ApiResult<BudgetBeeld>> {
  return call(() => api.POST('/budgetten', { body: invoer }));
}

export function addBudgetregel(id: string, invoer: BudgetregelInvoer): Promise<ApiResult<BudgetBeeld>> {
  return call(() => api.POST('/budgetten/{id}/regels', { params: { path: { id } }, body: invoer }));
}

export function proposeBudgetwijziging(id: string, invoer: BudgetwijzigingInvoer): Promise<ApiResult<Budgetwijziging>> {
  return call(() => api.POST('/budgetten/{id}/wijzigingen', { params: { path: { id } }, body: invoer }));
}

/** The open proposals of the user's regio's, oldest first. */
export function listOpenBudgetwijzigingen(signal?: AbortSignal): Promise<ApiResult<Budgetwijziging[]>> {
  return call(() => api.GET('/budgetwijzigingen', { signal })).then((r) =>
    r.ok ? { ok: true as const, data: r.data._embedded.budgetwijzigingen } : r,
  );
}

/** Kassier, not the proposer (403). 409: already assessed, or a decrease below what is spent. */
export function reviewBudgetwijziging(id: string, beoordeling: Beoordeling): Promise<ApiResult<Budgetwijziging>> {
  return call(() => api.POST('/budgetwijzigingen/{id}/beoordeling', { params: { path: { id } }, body: beoordeling }));
}

export function loadUitgaven(id: string, per: UitgavenPer, signal?: AbortSignal): Promise<ApiResult<Uitgaven>> {
  return call(() => api.GET('/budgetten/{id}/uitgaven', { params: { path: { id }, query: { per } }, signal }));
}

/** One page of the ledger after volgnummer `na` (cursor paging: `volgende` is the next `na`). */
export function loadMutaties(id: string, na: number, limit: number, signal?: AbortSignal): Promise<ApiResult<MutatiesPagina>> {
  return call(() => api.GET('/budgetten/{id}/mutaties', { params: { path: { id }, query: { na, limit } }, signal }));
}

// ---- Verplichtingen ----

export type Verplichting = Schemas['Verplichting'];
export type VerplichtingStatus = Verplichting['status'];
export type VerplichtingBeoordeling = Schemas['VerplichtingBeoordeling'];
export type VerplichtingenCollectie = Schemas['VerplichtingenCollectie'];

export const verplichtingPageSize = 20;

export function listVerplichtingen(status: string, page: number, signal?: AbortSignal, pageSize = verplichtingPageSize): Promise<ApiResult<VerplichtingenCollectie>> {
  const query: { page: number; pageSize: number; status?: VerplichtingStatus } = { page, pageSize };
  if (status) query.status = status as VerplichtingStatus;
  return call(() => api.GET('/verplichtingen', { params: { query }, signal }));
}

/** With If-Match from `versie`: 412 when someone else was first, 409 when not open or no room. */
export function reviewVerplichting(id: string, etag: string, beoordeling: VerplichtingBeoordeling): Promise<ApiResult<Versioned<Verplichting>>> {
  return callVersioned(() =>
    api.POST('/verplichtingen/{id}/beoordeling', { params: { path: { id }, header: { 'If-Match': etag } }, body: beoordeling }),
  );
}

// ---- Declaraties ----

export type Declaratie = Schemas['Declaratie'];
export type DeclaratieStatus = Declaratie['status'];
export type DeclaratieInvoer = Schemas['DeclaratieInvoer'];
export type DeclaratieBeoordeling = Schemas['DeclaratieBeoordeling'];
export type DeclaratiesCollectie = Schemas['DeclaratiesCollectie'];

export const declaratieStatussen: readonly DeclaratieStatus[] = ['ingediend', 'goedgekeurd', 'afgewezen', 'betaald'];
export const declaratiePageSize = 20;

export function declaratiePath(id: string): string {
  return `/declaraties/${encodeURIComponent(id)}`;
}

/** Newest first; coordinator and kassier see their regio's, other staff their own organisation's. */
export function listDeclaraties(status: string, page: number, signal?: AbortSignal, pageSize = declaratiePageSize): Promise<ApiResult<DeclaratiesCollectie>> {
  const query: { page: number; pageSize: number; status?: DeclaratieStatus } = { page, pageSize };
  if (status) query.status = status as DeclaratieStatus;
  return call(() => api.GET('/declaraties', { params: { query }, signal }));
}

export function loadDeclaratie(id: string, signal?: AbortSignal): Promise<ApiResult<Versioned<Declaratie>>> {
  return callVersioned(() => api.GET('/declaraties/{id}', { params: { path: { id } }, signal }));
}

/**
 * 400 above the open verplichting unless bovenVerplichting; 409 for a factuurnummer used before.
 * One Idempotency-Key per form: a repeated submit (after a lost answer) gets the first result.
 */
export function createDeclaratie(invoer: DeclaratieInvoer, idempotencyKey: string): Promise<ApiResult<Versioned<Declaratie>>> {
  return callVersioned(() => api.POST('/declaraties', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: invoer }));
}

export function reviewDeclaratie(id: string, etag: string, beoordeling: DeclaratieBeoordeling): Promise<ApiResult<Versioned<Declaratie>>> {
  return callVersioned(() =>
    api.POST('/declaraties/{id}/beoordeling', { params: { path: { id }, header: { 'If-Match': etag } }, body: beoordeling }),
  );
}

/** Reverses an approval of a declaratie that is in no betaalronde yet; it is ingediend again. */
export function correctDeclaratie(id: string, etag: string, reden: string): Promise<ApiResult<Versioned<Declaratie>>> {
  return callVersioned(() =>
    api.POST('/declaraties/{id}/correctie', { params: { path: { id }, header: { 'If-Match': etag } }, body: { reden } }),
  );
}

// ---- Betaalrondes ----

export type Betaalronde = Schemas['Betaalronde'];
export type BetaalrondeInvoer = Schemas['BetaalrondeInvoer'];
export type Betaalpost = Schemas['Betaalpost'];

export function betaalrondePath(id: string): string {
  return `/betaalrondes/${encodeURIComponent(id)}`;
}

export function betaalbestandUrl(id: string, soort: 'pain001' | 'csv'): string {
  return `/api/v1/betaalrondes/${encodeURIComponent(id)}/${soort}`;
}

/** The 200 newest runs of the regio's where the user is kassier (without their posts). */
export function listBetaalrondes(signal?: AbortSignal): Promise<ApiResult<Betaalronde[]>> {
  return call(() => api.GET('/betaalrondes', { signal })).then((r) => (r.ok ? { ok: true as const, data: r.data._embedded.betaalrondes } : r));
}

export function loadBetaalronde(id: string, signal?: AbortSignal): Promise<ApiResult<Betaalronde>> {
  return call(() => api.GET('/betaalrondes/{id}', { params: { path: { id } }, signal }));
}

/** 409 when there is nothing to pay. One Idempotency-Key per form, as for declaraties. */
export function createBetaalronde(invoer: BetaalrondeInvoer, idempotencyKey: string): Promise<ApiResult<Betaalronde>> {
  return call(() => api.POST('/betaalrondes', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: invoer }));
}

/** After the bank carried out the file; 409 when it was marked before. */
export function payBetaalronde(id: string): Promise<ApiResult<Betaalronde>> {
  return call(() => api.POST('/betaalrondes/{id}/betaling', { params: { path: { id } } }));
}
