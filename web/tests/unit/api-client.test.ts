import { describe, expect, it, vi } from 'vitest';
import { callNoContent, callVersioned, call } from '../../src/lib/api/call';
import { createApiClient, isUnsafeMethod, type ApiHooks } from '../../src/lib/api/client';
import { parseRetryAfter } from '../../src/lib/api/result';

const sessie = {
  stap: 'voltooid',
  csrfToken: 'csrf-123',
  verlooptOp: '2026-11-27T09:30:00Z',
  absoluutVerlooptOp: '2026-11-27T21:00:00Z',
};

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const problem = status >= 400;
  return new Response(body === null ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': problem ? 'application/problem+json' : 'application/json', ...headers },
  });
}

function setup(token: string | null = 'csrf-123', respond: (request: Request) => Response = () => json(200, sessie)) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    requests.push(request);
    return respond(request);
  });
  const hooks: ApiHooks = {
    csrfToken: () => token,
    onSuccess: vi.fn(),
    onUnauthorized: vi.fn(),
    onServerTime: vi.fn(),
  };
  return { client: createApiClient(hooks, fetch), hooks, requests };
}

describe('API client: CSRF token and credentials', () => {
  it('sends X-CSRF-Token on POST, PUT and DELETE', async () => {
    const { client, requests } = setup('csrf-123', (r) => (r.method === 'DELETE' ? new Response(null, { status: 204 }) : json(200, sessie)));
    await client.POST('/sessie/verlenging');
    await client.PUT('/sessie/wachtwoord', { body: { huidigWachtwoord: 'a', nieuwWachtwoord: 'bbbbbbbbbbbb' } });
    await client.DELETE('/sessie');
    expect(requests.map((r) => [r.method, r.headers.get('X-CSRF-Token')])).toEqual([
      ['POST', 'csrf-123'],
      ['PUT', 'csrf-123'],
      ['DELETE', 'csrf-123'],
    ]);
  });

  it('does not send the token on GET', async () => {
    const { client, requests } = setup();
    await client.GET('/sessie');
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.headers.has('X-CSRF-Token')).toBe(false);
  });

  it('sends no header when there is no session yet (the login POST)', async () => {
    const { client, requests } = setup(null, () => json(201, sessie));
    await client.POST('/sessie', { body: { email: 'a@b.nl', wachtwoord: 'x' } });
    expect(requests[0]?.headers.has('X-CSRF-Token')).toBe(false);
  });

  it('reads the current token at request time (after login it changes)', async () => {
    let token: string | null = null;
    const requests: Request[] = [];
    const client = createApiClient({ csrfToken: () => token }, async (r) => {
      requests.push(r);
      return json(200, sessie);
    });
    await client.POST('/sessie/verlenging');
    token = 'nieuw';
    await client.POST('/sessie/verlenging');
    expect(requests.map((r) => r.headers.get('X-CSRF-Token'))).toEqual([null, 'nieuw']);
  });

  it('sends cookies to the own origin only and asks for JSON or problem+json', async () => {
    const { client, requests } = setup();
    await client.GET('/sessie');
    expect(requests[0]?.credentials).toBe('same-origin');
    expect(requests[0]?.headers.get('Accept')).toBe('application/json, application/problem+json');
    expect(new URL(requests[0]?.url ?? '').pathname).toBe('/api/v1/sessie');
  });

  it('classifies methods', () => {
    expect(['POST', 'put', 'PATCH', 'delete'].every(isUnsafeMethod)).toBe(true);
    expect(['GET', 'HEAD', 'OPTIONS'].some(isUnsafeMethod)).toBe(false);
  });
});

describe('API client: session hooks', () => {
  it('reports every 2xx answer (it extends the session) and the server clock', async () => {
    const { client, hooks } = setup('t', () => json(200, sessie, { Date: new Date(Date.now() + 5_000).toUTCString() }));
    await client.GET('/sessie');
    expect(hooks.onSuccess).toHaveBeenCalledWith('/sessie');
    expect(hooks.onUnauthorized).not.toHaveBeenCalled();
    const offset = vi.mocked(hooks.onServerTime!).mock.calls[0]?.[0] ?? 0;
    expect(offset).toBeGreaterThan(3_000);
    expect(offset).toBeLessThan(6_000);
  });

  it('reports a 401 outside /sessie as the end of the session', async () => {
    const { client, hooks } = setup('t', () => json(401, { title: 'Niet ingelogd', status: 401 }));
    await client.GET('/organisaties');
    expect(hooks.onUnauthorized).toHaveBeenCalledWith('/organisaties');
    expect(hooks.onSuccess).not.toHaveBeenCalled();
  });

  it('does not treat a failed login step (401 on /sessie…) as an expired session', async () => {
    const { client, hooks } = setup(null, () => json(401, { title: 'Onjuist', status: 401 }));
    await client.POST('/sessie', { body: { email: 'a@b.nl', wachtwoord: 'x' } });
    await client.POST('/sessie/totp', { body: { code: '123456' } });
    expect(hooks.onUnauthorized).not.toHaveBeenCalled();
  });
});

describe('call helpers', () => {
  it('keeps Retry-After of a 429 in the failure', async () => {
    const { client } = setup(null, () => json(429, { title: 'Te veel pogingen', status: 429 }, { 'Retry-After': '120' }));
    const result = await call(() => client.POST('/sessie', { body: { email: 'a@b.nl', wachtwoord: 'x' } }));
    expect(result).toEqual({
      ok: false,
      failure: { kind: 'http', status: 429, body: { title: 'Te veel pogingen', status: 429 }, retryAfter: 120 },
    });
  });

  it('keeps the ETag for a later If-Match', async () => {
    const org = { id: 'x', naam: 'A', type: 'uwv', regioCodes: ['AM13'], versie: 3, _links: { self: { href: '/x' } } };
    const { client } = setup(null, () => json(200, org, { ETag: '"3"' }));
    const result = await callVersioned(() => client.GET('/organisaties/{id}', { params: { path: { id: 'x' } } }));
    expect(result).toEqual({ ok: true, data: { data: org, etag: '"3"' } });
  });

  it('sends If-Match on PUT', async () => {
    const { client, requests } = setup('t', () => json(200, {}, { ETag: '"4"' }));
    await client.PUT('/organisaties/{id}', {
      params: { path: { id: 'x' }, header: { 'If-Match': '"3"' } },
      body: { naam: 'A', type: 'uwv', regioCodes: ['AM13'], actief: true },
    });
    expect(requests[0]?.headers.get('If-Match')).toBe('"3"');
    expect(requests[0]?.headers.get('X-CSRF-Token')).toBe('t');
  });

  it('accepts 204 without a body', async () => {
    const { client } = setup('t', () => new Response(null, { status: 204 }));
    expect(await callNoContent(() => client.DELETE('/sessie'))).toEqual({ ok: true, data: null });
  });

  it('turns a network error into a network failure', async () => {
    const client = createApiClient({ csrfToken: () => null }, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await call(() => client.GET('/sessie'))).toEqual({ ok: false, failure: { kind: 'network' } });
  });

  it('parses Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
    const now = Date.parse('2026-11-27T09:00:00Z');
    expect(parseRetryAfter('Fri, 27 Nov 2026 09:01:00 GMT', now)).toBe(60);
  });
});
