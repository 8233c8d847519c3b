import { describe, expect, it } from 'vitest';
import { duplicatesOf } from '../../src/lib/api/duplicates';
import { sortGemeenten } from '../../src/lib/api/codelijsten';
import { contactNieuwPath } from '../../src/lib/api/contacten';
import { isValidBsn, normaliseBsn } from '../../src/lib/bsn';
import { codeLabel } from '../../src/lib/code-labels';
import {
  isKvkNummer,
  isTelefoon,
  normaliseReferentie,
  validateAanmelding,
  validateKlant,
  validateUitkomst,
} from '../../src/lib/forms/aanmelding';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/translate';
import { matchRoute, routeAccess } from '../../src/lib/router/routes';
import { allows } from '../../src/lib/session/roles';
import { aanmeldingStatusLabel } from '../../src/lib/toegang-labels';
import { formatWachttijd, wachttijd } from '../../src/lib/wachttijd';

const nl = (key: MessageKey, params?: MessageParams) => translate('nl', key, params);
const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const id = '0190b6f0-0000-7000-8000-00000000abcd';

describe('wachttijd', () => {
  it('uses the largest whole unit, rounded down', () => {
    expect(wachttijd(0)).toEqual({ eenheid: 'minuut', aantal: 0 });
    expect(wachttijd(59)).toEqual({ eenheid: 'minuut', aantal: 59 });
    expect(wachttijd(60)).toEqual({ eenheid: 'uur', aantal: 1 });
    expect(wachttijd(5 * 60 + 59)).toEqual({ eenheid: 'uur', aantal: 5 });
    expect(wachttijd(24 * 60 - 1)).toEqual({ eenheid: 'uur', aantal: 23 });
    expect(wachttijd(24 * 60)).toEqual({ eenheid: 'dag', aantal: 1 });
    expect(wachttijd(3 * 24 * 60 + 600)).toEqual({ eenheid: 'dag', aantal: 3 });
  });

  it('treats negative and broken input as zero minutes', () => {
    expect(wachttijd(-5)).toEqual({ eenheid: 'minuut', aantal: 0 });
    expect(wachttijd(Number.NaN)).toEqual({ eenheid: 'minuut', aantal: 0 });
  });

  it('reads naturally in Dutch and English, singular and plural', () => {
    expect(formatWachttijd(3 * 24 * 60, nl)).toBe('3 dagen');
    expect(formatWachttijd(24 * 60, nl)).toBe('1 dag');
    expect(formatWachttijd(5 * 60, nl)).toBe('5 uur');
    expect(formatWachttijd(60, nl)).toBe('1 uur');
    expect(formatWachttijd(1, nl)).toBe('1 minuut');
    expect(formatWachttijd(12, nl)).toBe('12 minuten');
    expect(formatWachttijd(3 * 24 * 60, en)).toBe('3 days');
    expect(formatWachttijd(60, en)).toBe('1 hour');
    expect(formatWachttijd(5 * 60, en)).toBe('5 hours');
    expect(formatWachttijd(1, en)).toBe('1 minute');
    expect(formatWachttijd(400 * 24 * 60, nl)).toBe('400 dagen');
    expect(formatWachttijd(1500 * 24 * 60, nl)).toBe('1.500 dagen');
  });
});

describe('BSN elfproef', () => {
  it('accepts RvIG test numbers', () => {
    expect(isValidBsn('999990019')).toBe(true);
    expect(isValidBsn('999990020')).toBe(true);
    expect(isValidBsn(' 9999 900 19 ')).toBe(true);
  });

  it('rejects numbers that fail the test, have the wrong length or are all zeros', () => {
    expect(isValidBsn('999990018')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('1234567890')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('abcdefghi')).toBe(false);
    expect(isValidBsn('')).toBe(false);
  });

  it('gives 8-digit numbers a leading zero', () => {
    expect(normaliseBsn('12345678')).toBe('012345678');
    expect(normaliseBsn('999 990 019')).toBe('999990019');
  });
});

describe('duplicate warnings (409)', () => {
  const failure = (status: number, invalidParams: unknown) => ({ kind: 'http' as const, status, body: { status, invalidParams } });

  it('finds the existing ids as the server sends them (code "duplicate", id in the reason)', () => {
    const found = duplicatesOf(
      failure(409, [
        { name: 'bsn', code: 'duplicate', reason: `Er is al een klant met dit BSN: ${id}` },
        { name: 'naam', code: 'duplicate', reason: `Er is al een klant met deze naam en geboortedatum: ${id.toUpperCase()}` },
        { name: 'naam', code: 'duplicate', reason: 'Er is al een klant: 0190b6f0-0000-7000-8000-000000000002' },
      ]),
    );
    expect(found.map((d) => d.id)).toEqual([id, '0190b6f0-0000-7000-8000-000000000002']);
    expect(found[0]).toMatchObject({ field: 'bsn', message: `Er is al een klant met dit BSN: ${id}` });
  });

  it('also reads the contract form (reason "duplicate", id in detail)', () => {
    expect(duplicatesOf(failure(409, [{ name: 'kvkNummer', reason: 'duplicate', detail: `bestaat: ${id}` }]))).toEqual([
      { field: 'kvkNummer', id, message: `bestaat: ${id}` },
    ]);
  });

  it('ignores other failures and other problems', () => {
    expect(duplicatesOf(failure(400, [{ name: 'bsn', code: 'duplicate', reason: id }]))).toEqual([]);
    expect(duplicatesOf(failure(409, [{ name: 'naam', code: 'required', reason: id }]))).toEqual([]);
    expect(duplicatesOf(failure(409, 'x'))).toEqual([]);
    expect(duplicatesOf({ kind: 'network' })).toEqual([]);
  });
});

describe('form checks of centrale toegang', () => {
  const leeg = {
    soort: '',
    naam: '',
    email: '',
    telefoon: '',
    bedrijfsnaam: '',
    kvkNummer: '',
    gemeenteCode: '',
    categorie: '',
    vraag: '',
    toestemming: false,
  };

  it('an empty aanmeld form gets a message for every required field', () => {
    expect(Object.keys(validateAanmelding(leeg, nl))).toEqual([
      'aanm-soort',
      'aanm-naam',
      'aanm-email',
      'aanm-gemeente',
      'aanm-categorie',
      'aanm-vraag',
      'aanm-toestemming',
    ]);
  });

  it('a werkgever needs a company name and an 8-digit KvK-nummer', () => {
    const errors = validateAanmelding(
      { ...leeg, soort: 'werkgever', naam: 'Test', telefoon: '030-1234567', kvkNummer: '1234', gemeenteCode: 'GM0344', categorie: 'personeelsvraag', vraag: 'x', toestemming: true },
      nl,
    );
    expect(errors).toEqual({
      'aanm-bedrijfsnaam': 'Vul de naam van het bedrijf in',
      'aanm-kvk': 'Een KvK-nummer bestaat uit 8 cijfers, bijvoorbeeld 12345678',
    });
  });

  it('a complete person form passes', () => {
    expect(
      validateAanmelding(
        { ...leeg, soort: 'persoon', naam: 'Test Persoon', email: 'test@voorbeeld.nl', gemeenteCode: 'GM0344', categorie: 'werk_vinden', vraag: 'Ik zoek werk', toestemming: true },
        nl,
      ),
    ).toEqual({});
  });

  it('checks phone numbers, KvK-nummers and reference numbers as people type them', () => {
    expect(isTelefoon('030 123 45 67')).toBe(true);
    expect(isTelefoon('+31 6-12345678')).toBe(true);
    expect(isTelefoon('12345')).toBe(false);
    expect(isKvkNummer('1234 5678')).toBe(true);
    expect(isKvkNummer('1234567')).toBe(false);
    expect(normaliseReferentie(' rmt-ab12-cd34 ')).toBe('RMT-AB12-CD34');
  });

  it('a klant needs a date of birth that is not in the future and a valid BSN if one is given', () => {
    const base = { naam: 'A', geboortedatum: '1990-01-01', email: '', telefoon: '', woongemeenteCode: 'GM0344', bsn: '' };
    expect(validateKlant(base, 'kl', '2026-11-27', nl)).toEqual({});
    expect(Object.keys(validateKlant({ ...base, geboortedatum: '' }, 'kl', '2026-11-27', nl))).toEqual(['kl-geboortedatum']);
    expect(Object.keys(validateKlant({ ...base, geboortedatum: '2027-01-01' }, 'kl', '2026-11-27', nl))).toEqual(['kl-geboortedatum']);
    expect(Object.keys(validateKlant({ ...base, bsn: '123456789' }, 'kl', '2026-11-27', nl))).toEqual(['kl-bsn']);
    expect(validateKlant({ ...base, bsn: '999990019' }, 'kl', '2026-11-27', nl)).toEqual({});
  });

  it('doorverwezen needs to whom', () => {
    expect(Object.keys(validateUitkomst({ uitkomst: '', doorverwezenNaar: '', toelichting: '' }, 'afs', nl))).toEqual(['afs-uitkomst']);
    expect(Object.keys(validateUitkomst({ uitkomst: 'doorverwezen', doorverwezenNaar: ' ', toelichting: '' }, 'afs', nl))).toEqual([
      'afs-doorverwezen',
    ]);
    expect(validateUitkomst({ uitkomst: 'informatie_gegeven', doorverwezenNaar: '', toelichting: '' }, 'afs', nl)).toEqual({});
  });
});

describe('routes and labels of centrale toegang', () => {
  it('maps the public and staff paths', () => {
    expect(matchRoute('/aanmelden')).toEqual({ name: 'aanmelden' });
    expect(matchRoute('/aanmelding-status')).toEqual({ name: 'aanmeldingStatus' });
    expect(matchRoute('/aanmeldingen')).toEqual({ name: 'aanmeldingen' });
    expect(matchRoute(`/aanmeldingen/${id.toUpperCase()}`)).toEqual({ name: 'aanmelding', id });
    expect(matchRoute('/klanten')).toEqual({ name: 'klanten' });
    expect(matchRoute('/klanten/nieuw')).toEqual({ name: 'klantNieuw' });
    expect(matchRoute(`/klanten/${id}`)).toEqual({ name: 'klant', id });
    expect(matchRoute('/werkgevers/nieuw')).toEqual({ name: 'werkgeverNieuw' });
    expect(matchRoute(`/werkgevers/${id}`)).toEqual({ name: 'werkgever', id });
    expect(matchRoute('/contacten/nieuw')).toEqual({ name: 'contactNieuw' });
    expect(matchRoute('/klanten/999990019').name).toBe('notFound');
  });

  it('public pages need no login; triage is for frontoffice and coordinator; klanten also for adviseur', () => {
    expect(routeAccess({ name: 'aanmelden' })).toBeNull();
    expect(routeAccess({ name: 'aanmeldingStatus' })).toBeNull();
    expect(routeAccess({ name: 'aanmelding', id })).toBe('aanmeldingenTriage');
    expect(routeAccess({ name: 'contactNieuw' })).toBe('klantenWerken');
    expect(allows(new Set(['frontoffice']), 'aanmeldingenTriage')).toBe(true);
    expect(allows(new Set(['adviseur']), 'aanmeldingenTriage')).toBe(false);
    expect(allows(new Set(['adviseur']), 'klantenWerken')).toBe(true);
    expect(allows(new Set(['kassier']), 'klantenWerken')).toBe(false);
  });

  it('puts only ids in the contact link', () => {
    expect(contactNieuwPath()).toBe('/contacten/nieuw');
    expect(contactNieuwPath({ klantId: id })).toBe(`/contacten/nieuw?klantId=${id}`);
  });

  it('labels codes in the locale, falling back to the server’s Dutch text', () => {
    const codes = [{ code: 'werk_vinden', omschrijving: 'Werk vinden' }, { code: 'nieuw_ding', omschrijving: 'Nieuw ding' }];
    expect(codeLabel('categorie', 'werk_vinden', codes, 'nl')).toBe('Werk vinden');
    expect(codeLabel('categorie', 'werk_vinden', codes, 'en')).toBe('Finding work');
    expect(codeLabel('categorie', 'nieuw_ding', codes, 'en')).toBe('Nieuw ding');
    expect(codeLabel('categorie', 'onbekend', codes, 'nl')).toBe('onbekend');
    expect(aanmeldingStatusLabel('nieuw')).toBe('aanmelding.status.nieuw');
    expect(aanmeldingStatusLabel('iets')).toBe('aanmelding.status.onbekend');
  });

  it('sorts gemeenten by name the Dutch way', () => {
    const g = (code: string, naam: string) => ({ code, naam, regioCode: 'AM13', jaar: 2024 });
    expect(sortGemeenten([g('GM0355', 'Zeist'), g('GM0344', 'Utrecht'), g('GM0307', "'s-Hertogenbosch"), g('GM0363', 'Amsterdam')]).map((x) => x.naam)).toEqual([
      "'s-Hertogenbosch",
      'Amsterdam',
      'Utrecht',
      'Zeist',
    ]);
  });
});
