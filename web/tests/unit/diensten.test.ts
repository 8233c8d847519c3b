import { describe, expect, it } from 'vitest';
import { codeLabel } from '../../src/lib/code-labels';
import { dienstPath } from '../../src/lib/api/diensten';
import { aanbiederOpties, dienstStatusLabel, parseMaxPerKlant, validateDienst, type DienstVelden } from '../../src/lib/forms/dienst';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/translate';
import { matchRoute, routeAccess } from '../../src/lib/router/routes';
import { allows, menuFor } from '../../src/lib/session/roles';

const nl = (key: MessageKey, params?: MessageParams) => translate('nl', key, params);
const id = '0190b6f0-0000-7000-8000-00000000abcd';

const geldig: DienstVelden = {
  regioCode: 'AM13',
  naam: 'Omscholing zorg',
  type: 'scholing',
  omschrijving: '',
  aanbiederId: id,
  kosten: '2.500,00',
  status: 'open',
  maxPerKlant: '1',
};

describe('dienstencatalogus: routes and access', () => {
  it('maps the pages', () => {
    expect(matchRoute('/diensten')).toEqual({ name: 'diensten' });
    expect(matchRoute('/diensten/')).toEqual({ name: 'diensten' });
    expect(matchRoute('/diensten/nieuw')).toEqual({ name: 'dienstNieuw' });
    expect(matchRoute(`/diensten/${id.toUpperCase()}`)).toEqual({ name: 'dienst', id });
    expect(matchRoute('/diensten/geen-uuid').name).toBe('notFound');
    expect(dienstPath(id)).toBe(`/diensten/${id}`);
  });

  it('lets the four reading roles read and only the coordinator add', () => {
    expect(routeAccess({ name: 'diensten' })).toBe('dienstenLezen');
    expect(routeAccess({ name: 'dienst', id })).toBe('dienstenLezen');
    expect(routeAccess({ name: 'dienstNieuw' })).toBe('dienstenBeheren');
    for (const rol of ['frontoffice', 'adviseur', 'coordinator', 'kassier'] as const) {
      expect(allows(new Set([rol]), 'dienstenLezen')).toBe(true);
      expect(menuFor(new Set([rol])).map((m) => m.path)).toContain('/diensten');
    }
    for (const rol of ['beheerder', 'analist', 'privacy'] as const) {
      expect(allows(new Set([rol]), 'dienstenLezen')).toBe(false);
      expect(menuFor(new Set([rol])).map((m) => m.path)).not.toContain('/diensten');
    }
    expect(allows(new Set(['coordinator']), 'dienstenBeheren')).toBe(true);
    expect(allows(new Set(['frontoffice', 'adviseur', 'kassier', 'beheerder']), 'dienstenBeheren')).toBe(false);
  });
});

describe('dienst form', () => {
  it('accepts a complete dienst', () => {
    expect(validateDienst(geldig, nl, 'nl')).toEqual({});
    expect(validateDienst({ ...geldig, kosten: '0', maxPerKlant: '' }, nl, 'nl')).toEqual({});
  });

  it('gives one message per wrong field, keyed by field id', () => {
    const errors = validateDienst(
      { regioCode: '', naam: '  ', type: '', omschrijving: 'x'.repeat(4001), aanbiederId: '', kosten: '-5', status: 'weg', maxPerKlant: '0' },
      nl,
      'nl',
    );
    expect(errors).toEqual({
      'dienst-regio': 'Kies de regio van de dienst',
      'dienst-naam': 'Vul de naam van de dienst in',
      'dienst-type': 'Kies de soort dienst',
      'dienst-omschrijving': 'Gebruik hoogstens 4.000 tekens',
      'dienst-aanbieder': 'Kies de organisatie die de dienst levert',
      'dienst-kosten': 'De standaardkosten kunnen niet negatief zijn',
      'dienst-status': 'Kies de status van de dienst',
      'dienst-max': 'Vul een heel getal van 1 tot en met 1000 in, of laat het veld leeg',
    });
    expect(validateDienst({ ...geldig, kosten: '' }, nl, 'nl')['dienst-kosten']).toMatch(/^Vul de standaardkosten in/);
    expect(validateDienst({ ...geldig, kosten: '12,345' }, nl, 'nl')['dienst-kosten']).toMatch(/2 cijfers achter de komma/);
    expect(validateDienst({ ...geldig, naam: 'x'.repeat(201) }, nl, 'nl')['dienst-naam']).toBe('Gebruik hoogstens 200 tekens');
  });

  it('reads the maximum per klant', () => {
    expect(parseMaxPerKlant('')).toBeNull();
    expect(parseMaxPerKlant(' 1 ')).toBe(1);
    expect(parseMaxPerKlant('1000')).toBe(1000);
    expect(parseMaxPerKlant('0')).toBeUndefined();
    expect(parseMaxPerKlant('1001')).toBeUndefined();
    expect(parseMaxPerKlant('1,5')).toBeUndefined();
    expect(parseMaxPerKlant('-1')).toBeUndefined();
  });

  it('labels every status, and an unknown one as unknown', () => {
    expect(nl(dienstStatusLabel('open'))).toBe('Open');
    expect(nl(dienstStatusLabel('gepauzeerd'))).toBe('Gepauzeerd');
    expect(translate('en', dienstStatusLabel('gepauzeerd'))).toBe('Paused');
    expect(nl(dienstStatusLabel('gesloten'))).toBe('Gesloten');
    expect(nl(dienstStatusLabel('later'))).toBe('Onbekend');
  });

  it('offers active organisations of the regio, by name, and keeps the current one marked', () => {
    const orgs = [
      { id: 'a', naam: 'UWV Utrecht', regioCodes: ['AM13'], actief: true },
      { id: 'b', naam: 'Gemeente Utrecht', regioCodes: ['AM13', 'AM18'], actief: true },
      { id: 'c', naam: 'Oud Bureau', regioCodes: ['AM13'], actief: false },
      { id: 'd', naam: 'UWV Amsterdam', regioCodes: ['AM18'], actief: true },
    ];
    const label = (naam: string) => `${naam} (niet actief)`;
    expect(aanbiederOpties(orgs, 'AM13', null, label)).toEqual([
      { value: 'b', label: 'Gemeente Utrecht' },
      { value: 'a', label: 'UWV Utrecht' },
    ]);
    expect(aanbiederOpties(orgs, 'AM13', 'c', label).map((o) => o.label)).toEqual([
      'Gemeente Utrecht',
      'UWV Utrecht',
      'Oud Bureau (niet actief)',
    ]);
    expect(aanbiederOpties(orgs, '', null, label)).toEqual([]);
  });

  it('has English labels for the diensttype codes', () => {
    const codes = [{ code: 'scholing', omschrijving: 'Scholing' }, { code: 'nieuw_type', omschrijving: 'Nieuw type' }];
    expect(codeLabel('diensttype', 'scholing', codes, 'nl')).toBe('Scholing');
    expect(codeLabel('diensttype', 'scholing', codes, 'en')).toBe('Training');
    expect(codeLabel('diensttype', 'nieuw_type', codes, 'en')).toBe('Nieuw type');
  });
});
