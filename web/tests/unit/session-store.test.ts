import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiHooks } from '../../src/lib/api/client';
import { listOrganisaties } from '../../src/lib/api/toegang';
import type { RolToekenning, Sessie, SessieStap } from '../../src/lib/api/types';
import { SessionStore } from '../../src/lib/session/session.svelte';

const minute = 60_000;

function sessie(stap: SessieStap = 'voltooid', rollen: RolToekenning[] = [{ rol: 'beheerder', regioCode: 'AM13' }]): Sessie {
  return {
    stap,
    csrfToken: 'csrf-abc',
    verlooptOp: new Date(Date.now() + 30 * minute).toISOString(),
    absoluutVerlooptOp: new Date(Date.now() + 12 * 60 * minute).toISOString(),
    medewerker: {
      id: '0190b6f0-0000-7000-8000-000000000001',
      naam: 'Bea Beheerder',
      email: 'beheerder@demo.example',
      organisatieId: '0190b6f0-0000-7000-8000-000000000002',
      status: 'actief',
      rollen,
      totpIngesteld: true,
      versie: 1,
      _links: { self: { href: '/api/v1/medewerkers/1' } },
    },
  };
}

function reply(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

describe('SessionStore', () => {
  let requests: Request[];
  let answers: ((request: Request) => Response)[];

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-11-27T09:00:00Z'));
    requests = [];
    answers = [];
    vi.stubGlobal('fetch', async (request: Request) => {
      requests.push(request);
      const answer = answers.shift();
      if (!answer) throw new Error(`unexpected request ${request.method} ${request.url}`);
      return answer(request);
    });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('is anonymous when GET /sessie answers 401', async () => {
    const store = new SessionStore(apiHooks);
    answers.push(() => reply(401, { title: 'Niet ingelogd', status: 401 }));
    await store.load();
    expect(store.status).toBe('anonymous');
    expect(store.isLoggedIn).toBe(false);
    expect(apiHooks.csrfToken()).toBeNull();
  });

  it('keeps the CSRF token in memory only and the client sends it', async () => {
    const store = new SessionStore(apiHooks);
    answers.push(() => reply(200, sessie()));
    await store.load();
    expect(store.status).toBe('active');
    expect(store.medewerker?.naam).toBe('Bea Beheerder');
    expect(store.roles.has('beheerder')).toBe(true);
    expect(store.may('medewerkersBeheren')).toBe(true);
    expect(store.may('auditlogLezen')).toBe(false);
    expect(apiHooks.csrfToken()).toBe('csrf-abc');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);

    answers.push(() => reply(200, sessie()));
    await store.extend();
    expect(requests.at(-1)?.method).toBe('POST');
    expect(requests.at(-1)?.headers.get('X-CSRF-Token')).toBe('csrf-abc');
  });

  it('a pending login step carries no roles', () => {
    const store = new SessionStore(apiHooks);
    store.set(sessie('totp'));
    expect(store.status).toBe('pending');
    expect(store.roles.size).toBe(0);
    expect(store.medewerker).toBeNull();
    expect(store.may('organisatiesLezen')).toBe(false);
  });

  it('warns two minutes before the end; a successful API call postpones it', async () => {
    const store = new SessionStore(apiHooks);
    store.set(sessie());
    vi.advanceTimersByTime(28 * minute);
    expect(store.phase).toBe('warning');
    expect(store.remainingMs).toBe(2 * minute);
    expect(store.canExtend).toBe(true);

    answers.push(() =>
      reply(200, { _links: { self: { href: '/' } }, paginering: { page: 1, pageSize: 20, total: 0, totalPages: 0 }, _embedded: { organisaties: [] } }),
    );
    await listOrganisaties(1);
    expect(store.phase).toBe('active');
    vi.advanceTimersByTime(27 * minute);
    expect(store.phase).toBe('active');
  });

  it('copes with a server clock that is off: the warning still comes 28 minutes after the last request', () => {
    const store = new SessionStore(apiHooks);
    const skew = 7 * minute; // the server's clock runs 7 minutes ahead
    store.set({
      ...sessie(),
      verlooptOp: new Date(Date.now() + skew + 30 * minute).toISOString(),
      absoluutVerlooptOp: new Date(Date.now() + skew + 12 * 60 * minute).toISOString(),
    });
    expect(store.remainingMs).toBe(30 * minute);
    vi.advanceTimersByTime(28 * minute - 1);
    expect(store.phase).toBe('active');
    vi.advanceTimersByTime(1);
    expect(store.phase).toBe('warning');
  });

  it('Sessie verlengen takes the new end from the server', async () => {
    const store = new SessionStore(apiHooks);
    store.set(sessie());
    vi.advanceTimersByTime(29 * minute);
    expect(store.phase).toBe('warning');
    answers.push(() => reply(200, sessie()));
    await store.extend();
    expect(store.phase).toBe('active');
    expect(requests.at(-1)?.url).toMatch(/\/api\/v1\/sessie\/verlenging$/);
  });

  it('forgets the session when it expires, and says so', () => {
    const store = new SessionStore(apiHooks);
    store.set(sessie());
    vi.advanceTimersByTime(30 * minute);
    expect(store.phase).toBe('expired');
    expect(store.status).toBe('anonymous');
    expect(apiHooks.csrfToken()).toBeNull();
    store.dismissExpired();
    expect(store.phase).toBe('inactive');
  });

  it('a 401 from another endpoint ends the session at once', async () => {
    const store = new SessionStore(apiHooks);
    store.set(sessie());
    answers.push(() => reply(401, { title: 'Sessie verlopen', status: 401 }));
    await listOrganisaties(1);
    expect(store.phase).toBe('expired');
    expect(store.status).toBe('anonymous');
  });

  it('logout deletes the session on the server with the CSRF token and forgets it', async () => {
    const store = new SessionStore(apiHooks);
    store.set(sessie());
    answers.push(() => new Response(null, { status: 204 }));
    await store.logout();
    expect(requests.at(-1)?.method).toBe('DELETE');
    expect(requests.at(-1)?.headers.get('X-CSRF-Token')).toBe('csrf-abc');
    expect(store.status).toBe('anonymous');
    expect(store.phase).toBe('inactive');
    expect(store.loggedOut).toBe(true);
    vi.advanceTimersByTime(60 * minute);
    expect(store.phase).toBe('inactive');
  });
});
