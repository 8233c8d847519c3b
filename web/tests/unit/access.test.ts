import { describe, expect, it } from 'vitest';
import { loginPath, matchRoute, routeAccess, safeReturnPath } from '../../src/lib/router/routes';
import { allows, menuFor, regionsWithRole, rolesOf } from '../../src/lib/session/roles';
import type { Rol } from '../../src/lib/api/types';

const id = '0190b6f0-0000-7000-8000-00000000abcd';

describe('routes of the identity pages', () => {
  it('maps login, beheer and privacy paths', () => {
    expect(matchRoute('/inloggen')).toEqual({ name: 'inloggen' });
    expect(matchRoute('/beheer/organisaties')).toEqual({ name: 'organisaties' });
    expect(matchRoute('/beheer/organisaties/nieuw')).toEqual({ name: 'organisatieNieuw' });
    expect(matchRoute(`/beheer/organisaties/${id}`)).toEqual({ name: 'organisatie', id });
    expect(matchRoute(`/beheer/medewerkers/${id.toUpperCase()}`)).toEqual({ name: 'medewerker', id });
    expect(matchRoute('/beheer/medewerkers/nieuw')).toEqual({ name: 'medewerkerNieuw' });
    expect(matchRoute('/beheer/api-tokens')).toEqual({ name: 'apiTokens' });
    expect(matchRoute('/privacy/auditlog')).toEqual({ name: 'auditlog' });
    expect(matchRoute('/privacy/verwerkingen/')).toEqual({ name: 'verwerkingen' });
    expect(matchRoute('/beheer/organisaties/geen-uuid').name).toBe('notFound');
  });

  it('knows which pages need which access', () => {
    expect(routeAccess({ name: 'home' })).toBeNull();
    expect(routeAccess({ name: 'inloggen' })).toBeNull();
    expect(routeAccess({ name: 'regios' })).toBeNull();
    expect(routeAccess({ name: 'organisaties' })).toBe('organisatiesLezen');
    expect(routeAccess({ name: 'organisatie', id })).toBe('organisatiesBeheren');
    expect(routeAccess({ name: 'medewerkers' })).toBe('medewerkersLezen');
    expect(routeAccess({ name: 'medewerkerNieuw' })).toBe('medewerkersBeheren');
    expect(routeAccess({ name: 'apiTokens' })).toBe('apiTokensBeheren');
    expect(routeAccess({ name: 'auditlog' })).toBe('auditlogLezen');
    expect(routeAccess({ name: 'verwerkingen' })).toBe('verwerkingenLezen');
  });

  it('returns after login only to a path inside the app', () => {
    expect(safeReturnPath('/beheer/medewerkers')).toBe('/beheer/medewerkers');
    expect(safeReturnPath('/privacy/auditlog?x=1#y')).toBe('/privacy/auditlog?x=1#y');
    expect(safeReturnPath(null)).toBe('/');
    expect(safeReturnPath('')).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('//evil.example/')).toBe('/');
    expect(safeReturnPath('/\\evil.example')).toBe('/');
    expect(safeReturnPath('javascript:alert(1)')).toBe('/');
    expect(safeReturnPath('/api/v1/sessie')).toBe('/');
    expect(safeReturnPath('/inloggen')).toBe('/');
  });

  it('builds the login link with the way back', () => {
    expect(loginPath('/beheer/medewerkers')).toBe('/inloggen?terug=%2Fbeheer%2Fmedewerkers');
    expect(loginPath('/')).toBe('/inloggen');
    expect(loginPath('/inloggen')).toBe('/inloggen');
  });
});

describe('menu per role', () => {
  const labels = (...roles: Rol[]) => menuFor(new Set(roles)).map((item) => item.label);

  it('everyone sees the regions', () => {
    expect(labels()).toEqual(['nav.regios']);
    expect(labels('analist')).toEqual(['nav.regios']);
  });

  it('beheerder: organisations, staff and API tokens', () => {
    expect(labels('beheerder')).toEqual(['nav.regios', 'nav.organisaties', 'nav.medewerkers', 'nav.apiTokens']);
  });

  const toegang = ['nav.aanmeldingen', 'nav.klanten', 'nav.werkgevers', 'nav.contactNieuw'];
  const casus = ['nav.trajecten', 'nav.doorverwijzingen', 'nav.nametingen'];

  it('coordinator: triage, klanten, the budget and its verplichtingen, organisations and staff', () => {
    expect(labels('coordinator')).toEqual([
      'nav.regios',
      ...toegang,
      ...casus,
      'nav.diensten',
      'nav.budget',
      'nav.verplichtingen',
      'nav.declaraties',
      'nav.organisaties',
      'nav.medewerkers',
    ]);
  });

  it('frontoffice: triage queue, klanten, werkgevers, contacts, declaraties and organisations', () => {
    expect(labels('frontoffice')).toEqual(['nav.regios', ...toegang, ...casus, 'nav.diensten', 'nav.declaraties', 'nav.organisaties']);
  });

  it('adviseur: klanten, werkgevers and contacts but not the triage queue nor the budget', () => {
    expect(labels('adviseur')).toEqual([
      'nav.regios',
      'nav.klanten',
      'nav.werkgevers',
      'nav.contactNieuw',
      ...casus,
      'nav.diensten',
      'nav.declaraties',
      'nav.organisaties',
    ]);
    expect(labels('adviseur')).not.toContain('nav.budget');
  });

  it('kassier: the budget, the work queue, declaraties and betaalrondes, no trajecten', () => {
    expect(labels('kassier')).toEqual([
      'nav.regios',
      'nav.diensten',
      'nav.budget',
      'nav.kassier',
      'nav.declaraties',
      'nav.betaalrondes',
      'nav.organisaties',
    ]);
    expect(labels('kassier')).not.toContain('nav.trajecten');
  });

  it('privacy: audit log and processing', () => {
    expect(labels('privacy')).toEqual(['nav.regios', 'nav.auditlog', 'nav.verwerkingen']);
  });

  it('combines roles', () => {
    expect(labels('privacy', 'coordinator')).toEqual([
      'nav.regios',
      ...toegang,
      ...casus,
      'nav.diensten',
      'nav.budget',
      'nav.verplichtingen',
      'nav.declaraties',
      'nav.organisaties',
      'nav.medewerkers',
      'nav.auditlog',
      'nav.verwerkingen',
    ]);
  });

  it('reads roles and regions from the session', () => {
    const toekenningen = [
      { rol: 'beheerder', regioCode: 'AM18' },
      { rol: 'adviseur', regioCode: 'AM13' },
      { rol: 'beheerder', regioCode: 'AM13' },
      { rol: 'beheerder', regioCode: 'AM13' },
    ] as const;
    expect([...rolesOf([...toekenningen])].sort()).toEqual(['adviseur', 'beheerder']);
    expect(regionsWithRole([...toekenningen], 'beheerder')).toEqual(['AM13', 'AM18']);
    expect(regionsWithRole(undefined, 'beheerder')).toEqual([]);
    expect(allows(new Set(['kassier']), 'organisatiesLezen')).toBe(true);
    expect(allows(new Set(['kassier']), 'organisatiesBeheren')).toBe(false);
    expect(allows(new Set(['kassier']), 'betalen')).toBe(true);
    expect(allows(new Set(['coordinator']), 'betalen')).toBe(false);
    expect(allows(new Set(['coordinator']), 'verplichtingenGoedkeuren')).toBe(true);
    expect(allows(new Set(['kassier']), 'verplichtingenGoedkeuren')).toBe(false);
    expect(allows(new Set(['adviseur']), 'budgetLezen')).toBe(false);
  });
});
