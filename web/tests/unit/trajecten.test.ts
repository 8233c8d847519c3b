import { describe, expect, it } from 'vitest';
import type { Toestemming } from '../../src/lib/api/doorverwijzingen';
import type { Interventie } from '../../src/lib/api/trajecten';
import { trajectNieuwPath, trajectPath } from '../../src/lib/api/trajecten';
import { nametingenVanPath } from '../../src/lib/api/nametingen';
import { codeLabel } from '../../src/lib/code-labels';
import { addDays, formatDay } from '../../src/lib/forms/dates';
import { nametingBody, nametingTeDoen, validateNameting } from '../../src/lib/forms/nameting';
import {
  doorverwijzingStappen,
  geldigeToestemmingen,
  partij,
  toestemmingBody,
  toestemmingStaat,
  trajectBereikbaar,
  validateToestemming,
  validateVerwijzing,
} from '../../src/lib/forms/samenwerking';
import {
  afsluitBody,
  dienstOpties,
  interventieStapOpties,
  interventieStappen,
  magZien,
  parseUren,
  planningBody,
  regievoerderOpties,
  startBlokkade,
  stapBody,
  stapVelden,
  stapVeldIds,
  stapDatumVeld,
  statusActies,
  trajectBody,
  validateAfsluiten,
  validatePlanning,
  validateStap,
  validateTraject,
  trajectWijzigVeldIds,
  wijzigBody,
  wijzigVelden,
  type AfsluitVelden,
  type TrajectVelden,
} from '../../src/lib/forms/traject';
import { placeholderMismatches, translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/translate';
import { matchRoute, routeAccess } from '../../src/lib/router/routes';
import { allows, menuFor } from '../../src/lib/session/roles';
import { categorieOpties, doorverwijzingStatusLabel, interventieStatusLabel, trajectStatusLabel, verplichtingStandLabel } from '../../src/lib/traject-labels';

const nl = (key: MessageKey, params?: MessageParams) => translate('nl', key, params);
const id = '0190b6f0-0000-7000-8000-00000000abcd';
const org = (n: number) => `0190b6f0-0000-7000-8000-00000000000${n}`;

describe('trajecten: routes, access and menu', () => {
  it('maps the pages', () => {
    expect(matchRoute('/trajecten')).toEqual({ name: 'trajecten' });
    expect(matchRoute('/trajecten/nieuw')).toEqual({ name: 'trajectNieuw' });
    expect(matchRoute(`/trajecten/${id.toUpperCase()}`)).toEqual({ name: 'traject', id });
    expect(matchRoute('/trajecten/geen-uuid').name).toBe('notFound');
    expect(matchRoute('/doorverwijzingen')).toEqual({ name: 'doorverwijzingen' });
    expect(matchRoute('/nametingen/')).toEqual({ name: 'nametingen' });
    expect(matchRoute(`/nametingen/medewerkers/${id.toUpperCase()}`)).toEqual({ name: 'nametingenVan', id });
    expect(matchRoute('/nametingen/medewerkers/geen-uuid').name).toBe('notFound');
    expect(nametingenVanPath(id)).toBe(`/nametingen/medewerkers/${id}`);
    expect(trajectPath(id)).toBe(`/trajecten/${id}`);
  });

  it('builds the start link with ids only', () => {
    expect(trajectNieuwPath({ klantId: id })).toBe(`/trajecten/nieuw?klantId=${id}`);
    expect(trajectNieuwPath({ werkgeverId: id, aanmeldingId: org(1) })).toBe(`/trajecten/nieuw?werkgeverId=${id}&aanmeldingId=${org(1)}`);
    expect(trajectNieuwPath({})).toBe('/trajecten/nieuw');
  });

  it('is for the case roles: frontoffice, adviseur and coordinator', () => {
    for (const name of ['trajecten', 'trajectNieuw', 'doorverwijzingen', 'nametingen'] as const) {
      expect(routeAccess({ name })).toBe('trajectenWerken');
    }
    expect(routeAccess({ name: 'traject', id })).toBe('trajectenWerken');
    expect(routeAccess({ name: 'nametingenVan', id })).toBe('casusOverzien');
    for (const rol of ['frontoffice', 'adviseur', 'kassier'] as const) expect(allows(new Set([rol]), 'casusOverzien')).toBe(false);
    expect(allows(new Set(['coordinator'] as const), 'casusOverzien')).toBe(true);
    for (const rol of ['frontoffice', 'adviseur', 'coordinator'] as const) {
      expect(allows(new Set([rol]), 'trajectenWerken')).toBe(true);
      expect(menuFor(new Set([rol])).map((m) => m.path)).toEqual(expect.arrayContaining(['/trajecten', '/doorverwijzingen', '/nametingen']));
    }
    for (const rol of ['kassier', 'beheerder', 'analist', 'privacy'] as const) {
      expect(allows(new Set([rol]), 'trajectenWerken')).toBe(false);
      expect(menuFor(new Set([rol])).map((m) => m.path)).not.toContain('/trajecten');
    }
  });

  it('has every new message in both languages with the same placeholders', () => {
    expect(placeholderMismatches()).toEqual([]);
    expect(translate('en', 'traject.heading.naam', { naam: 'Ria' })).toBe('Case of Ria');
  });
});

describe('traject status steps', () => {
  it('offers the steps of the status machine', () => {
    expect(statusActies('aangemeld')).toEqual(['intake', 'afsluiten']);
    expect(statusActies('intake')).toEqual(['actief', 'afsluiten']);
    expect(statusActies('actief')).toEqual(['afsluiten']);
    expect(statusActies('afgesloten')).toEqual(['heropenen']);
    expect(statusActies('onbekend')).toEqual([]);
  });

  it('labels statuses, unknown ones as unknown', () => {
    expect(nl(trajectStatusLabel('actief'))).toBe('Actief');
    expect(nl(trajectStatusLabel('raar'))).toBe('Onbekend');
    expect(nl(interventieStatusLabel('afgebroken'))).toBe('Afgebroken');
    expect(nl(doorverwijzingStatusLabel('geaccepteerd'))).toBe('Geaccepteerd');
  });
});

describe('a new traject', () => {
  const velden: TrajectVelden = {
    soort: 'persoon',
    categorie: 'van_werk_naar_werk',
    klantvraag: '  Ik wil de zorg in.  ',
    doelen: '',
    regievoerderId: id,
    startdatum: '',
    werkgeverTrajectId: '',
  };

  it('accepts a complete one and builds the body with the ids', () => {
    expect(validateTraject(velden, '2026-11-27', '2021-11-27', nl)).toEqual({});
    expect(trajectBody(velden, { klantId: org(1), aanmeldingId: org(2) })).toEqual({
      klantId: org(1),
      aanmeldingId: org(2),
      categorie: 'van_werk_naar_werk',
      klantvraag: 'Ik wil de zorg in.',
      regievoerderId: id,
    });
    expect(trajectBody({ ...velden, startdatum: '2025-11-27', doelen: ' Werk ', werkgeverTrajectId: org(3) }, { klantId: org(1) })).toMatchObject({
      startdatum: '2025-11-27',
      doelen: 'Werk',
      werkgeverTrajectId: org(3),
    });
    // An employer's own traject links to no other.
    expect(trajectBody({ ...velden, soort: 'werkgever', werkgeverTrajectId: org(3) }, { werkgeverId: org(1) })).not.toHaveProperty('werkgeverTrajectId');
  });

  it('names every missing or wrong field', () => {
    const errors = validateTraject(
      { ...velden, categorie: '', klantvraag: ' ', regievoerderId: '', startdatum: '2027-01-01' },
      '2026-11-27',
      '2021-11-27',
      nl,
    );
    expect(errors).toEqual({
      'tr-categorie': 'Kies de categorie van de vraag',
      'tr-klantvraag': 'Beschrijf de vraag in de woorden van de klant',
      'tr-regievoerder': 'Kies de regievoerder',
      'tr-startdatum': 'De startdatum ligt niet in de toekomst en hoogstens vijf jaar terug',
    });
    expect(validateTraject({ ...velden, soort: 'werkgever', categorie: '' }, '2026-11-27', '2021-11-27', nl)['tr-categorie']).toBe(
      'Kies de personeelsvraag van de werkgever',
    );
    expect(validateTraject({ ...velden, startdatum: '2020-01-01' }, '2026-11-27', '2021-11-27', nl)).toHaveProperty('tr-startdatum');
  });

  it('labels regievoerders with their organisation, sorted by organisation', () => {
    const opties = regievoerderOpties(
      [
        { id: '1', naam: 'Umar Uitvoering', organisatieId: 'u' },
        { id: '2', naam: 'Ahmed Advies', organisatieId: 'w' },
        { id: '3', naam: 'Fenna Front', organisatieId: 'w' },
      ],
      [
        { id: 'u', naam: 'UWV Utrecht' },
        { id: 'w', naam: 'Werkcentrum Midden-Utrecht' },
      ],
    );
    expect(opties.map((o) => o.label)).toEqual([
      'Umar Uitvoering (UWV Utrecht)',
      'Ahmed Advies (Werkcentrum Midden-Utrecht)',
      'Fenna Front (Werkcentrum Midden-Utrecht)',
    ]);
  });
});

describe('changing a traject', () => {
  const traject = {
    soort: 'persoon' as const,
    klantId: org(1),
    werkgeverId: null,
    werkgeverTrajectId: org(3),
    categorie: 'van_werk_naar_werk',
    klantvraag: 'Ik wil de zorg in.',
    doelen: null,
    regievoerderId: id,
  };

  it('opens with the traject as it is and keeps the klant and the link to the employer', () => {
    const velden = wijzigVelden(traject);
    expect(velden).toMatchObject({ categorie: 'van_werk_naar_werk', klantvraag: 'Ik wil de zorg in.', doelen: '', regievoerderId: id });
    expect(wijzigBody(traject, { ...velden, klantvraag: ' Ouderenzorg. ', doelen: 'Werk', regievoerderId: org(4), startdatum: '2020-01-01' })).toEqual({
      klantId: org(1),
      werkgeverTrajectId: org(3),
      categorie: 'van_werk_naar_werk',
      klantvraag: 'Ouderenzorg.',
      doelen: 'Werk',
      regievoerderId: org(4),
    });
    const werkgever = { ...traject, soort: 'werkgever' as const, klantId: null, werkgeverId: org(2), werkgeverTrajectId: null, categorie: 'boventalligheid' };
    expect(wijzigBody(werkgever, wijzigVelden(werkgever))).toEqual({
      werkgeverId: org(2),
      categorie: 'boventalligheid',
      klantvraag: 'Ik wil de zorg in.',
      regievoerderId: id,
    });
  });

  it('offers the personeelsvraag list for an employer, the categories otherwise', () => {
    const lijsten = {
      versie: '1',
      lijsten: {
        categorie: [
          { code: 'van_werk_naar_werk', omschrijving: 'Van werk naar werk' },
          { code: 'personeelsvraag', omschrijving: 'Personeelsvraag' },
        ],
        personeelsvraag: [{ code: 'boventalligheid', omschrijving: 'Boventalligheid' }],
      },
    };
    expect(categorieOpties('persoon', lijsten, 'nl').map((o) => o.value)).toEqual(['van_werk_naar_werk']);
    expect(categorieOpties('werkgever', lijsten, 'nl').map((o) => o.value)).toEqual(['boventalligheid']);
  });

  it('reports errors on the fields of the change form', () => {
    expect(validateTraject({ ...wijzigVelden(traject), klantvraag: '', regievoerderId: '' }, '', '', nl, trajectWijzigVeldIds)).toEqual({
      'tw-klantvraag': 'Beschrijf de vraag in de woorden van de klant',
      'tw-regievoerder': 'Kies de regievoerder',
    });
  });
});

describe('closing a traject', () => {
  const werk: AfsluitVelden = { uitkomst: 'werk_gevonden', datum: '2026-06-01', contractvorm: 'vast', uren: '32', toelichting: '' };

  it('asks contractvorm and uren for work found, not for other outcomes', () => {
    expect(validateAfsluiten(werk, '2026-11-27', '2025-11-27', nl)).toEqual({});
    expect(afsluitBody(werk)).toEqual({
      status: 'afgesloten',
      resultaat: { uitkomst: 'werk_gevonden', datum: '2026-06-01', contractvorm: 'vast', urenPerWeek: 32 },
    });
    expect(validateAfsluiten({ ...werk, contractvorm: '', uren: '' }, '2026-11-27', '2025-11-27', nl)).toEqual({
      'afs-contractvorm': 'Kies de contractvorm van het werk',
      'afs-uren': 'Vul het aantal uren per week in',
    });
    // werk behouden: both optional; uitgevallen: none sent even when filled in before.
    expect(validateAfsluiten({ ...werk, uitkomst: 'werk_behouden', contractvorm: '', uren: '' }, '2026-11-27', '2025-11-27', nl)).toEqual({});
    expect(afsluitBody({ ...werk, uitkomst: 'uitgevallen', toelichting: ' Verhuisd ' })).toEqual({
      status: 'afgesloten',
      resultaat: { uitkomst: 'uitgevallen', datum: '2026-06-01', toelichting: 'Verhuisd' },
    });
  });

  it('keeps the date between the start and today', () => {
    expect(validateAfsluiten({ ...werk, datum: '2026-12-01' }, '2026-11-27', '2025-11-27', nl)).toEqual({
      'afs-datum': 'De datum van het resultaat ligt niet in de toekomst',
    });
    expect(validateAfsluiten({ ...werk, datum: '2025-01-01' }, '2026-11-27', '2025-11-27', nl)).toEqual({
      'afs-datum': 'De datum van het resultaat ligt niet voor de start van het traject',
    });
    expect(validateAfsluiten({ ...werk, uitkomst: '', uren: '61' }, '2026-11-27', '2025-11-27', nl)).toEqual({
      'afs-uitkomst': 'Kies de uitkomst van het traject',
    });
    expect(validateAfsluiten({ ...werk, uren: '61' }, '2026-11-27', '2025-11-27', nl)).toEqual({ 'afs-uren': 'Vul een heel getal van 1 tot en met 60 in' });
  });

  it('reads hours as a whole number 1..60', () => {
    expect(parseUren('')).toBeNull();
    expect(parseUren(' 32 ')).toBe(32);
    expect(parseUren('0')).toBeUndefined();
    expect(parseUren('61')).toBeUndefined();
    expect(parseUren('3,5')).toBeUndefined();
  });
});

describe('consent scope', () => {
  it('shows everything without a scope and only the categories of the scope otherwise', () => {
    expect(magZien(null, 'doelgroep')).toBe(true);
    expect(magZien(['klantvraag', 'interventies'], 'interventies')).toBe(true);
    expect(magZien(['klantvraag', 'interventies'], 'contactgegevens')).toBe(false);
    expect(magZien([], 'klantvraag')).toBe(false);
  });
});

describe('interventies', () => {
  const gepland: Interventie = {
    id,
    trajectId: org(1),
    dienstId: org(2),
    dienstNaam: 'Omscholing zorg',
    aanbiederId: org(3),
    geplandBegin: '2026-12-01',
    geplandEinde: '2027-06-30',
    werkelijkBegin: null,
    werkelijkEinde: null,
    kostenCent: 250000,
    status: 'gepland',
    reden: null,
    resultaat: null,
    toelichting: null,
    verplichting: { status: 'aangevraagd', reden: null },
    versie: 1,
  };
  const gestart: Interventie = {
    ...gepland,
    status: 'gestart',
    werkelijkBegin: '2026-11-20',
    verplichting: { status: 'goedgekeurd', reden: null },
    versie: 2,
  };
  const leeg = { datum: '2026-11-27', resultaat: '', reden: '', toelichting: '', geplandBegin: '2026-12-01', geplandEinde: '2027-06-30', kosten: '' };

  it('offers the next steps only', () => {
    expect(interventieStappen('gepland')).toEqual(['gestart', 'afgebroken']);
    expect(interventieStappen('gestart')).toEqual(['afgerond', 'afgebroken']);
    expect(interventieStappen('afgerond')).toEqual([]);
    expect(interventieStappen('afgebroken')).toEqual([]);
    expect(stapDatumVeld('gepland', 'gestart')).toBe('werkelijkBegin');
    expect(stapDatumVeld('gepland', 'afgebroken')).toBeNull();
    expect(stapDatumVeld('gestart', 'afgebroken')).toBe('werkelijkEinde');
  });

  it('sends the whole interventie with the new status and what it needs', () => {
    expect(stapBody(gepland, 'gestart', leeg, 'nl')).toEqual({
      geplandBegin: '2026-12-01',
      geplandEinde: '2027-06-30',
      kostenCent: 250000,
      status: 'gestart',
      werkelijkBegin: '2026-11-27',
    });
    expect(stapBody(gestart, 'afgerond', { ...leeg, resultaat: 'diploma', toelichting: ' Geslaagd ' }, 'nl')).toEqual({
      geplandBegin: '2026-12-01',
      geplandEinde: '2027-06-30',
      kostenCent: 250000,
      status: 'afgerond',
      werkelijkBegin: '2026-11-20',
      werkelijkEinde: '2026-11-27',
      resultaat: 'diploma',
      toelichting: 'Geslaagd',
    });
    expect(stapBody(gepland, 'afgebroken', { ...leeg, reden: ' Ziek ' }, 'nl')).toEqual({
      geplandBegin: '2026-12-01',
      geplandEinde: '2027-06-30',
      kostenCent: 250000,
      status: 'afgebroken',
      reden: 'Ziek',
    });
  });

  it('checks a step before sending it', () => {
    const ids = (s: string) => `stap-${id}-${s}`;
    expect(new Set(Object.values(stapVeldIds(id))).size).toBe(Object.keys(stapVeldIds(id)).length); // one error per field in the summary
    expect(validateStap(gepland, '', leeg, '2026-11-27', 'nl', nl)).toEqual({ [ids('actie')]: 'Kies wat er gebeurd is' });
    expect(validateStap(gepland, 'afgerond', leeg, '2026-11-27', 'nl', nl)).toEqual({ [ids('actie')]: 'Kies wat er gebeurd is' });
    expect(validateStap(gepland, 'gestart', { ...leeg, datum: '2026-12-01' }, '2026-11-27', 'nl', nl)).toEqual({
      [ids('begin')]: 'Een werkelijke datum ligt niet in de toekomst',
    });
    expect(validateStap(gestart, 'afgerond', { ...leeg, datum: '2026-11-01' }, '2026-11-27', 'nl', nl)).toEqual({
      [ids('einde')]: 'De einddatum ligt niet voor de start',
      [ids('resultaat')]: 'Kies het resultaat van de interventie',
    });
    expect(validateStap(gestart, 'afgebroken', leeg, '2026-11-27', 'nl', nl)).toEqual({
      [ids('reden')]: 'Geef aan waarom de interventie is afgebroken',
    });
    expect(validateStap(gestart, 'afgerond', { ...leeg, resultaat: 'diploma' }, '2026-11-27', 'nl', nl)).toEqual({});
  });

  it('says why a planned interventie with a cost cannot start yet', () => {
    expect(startBlokkade(gepland)).toEqual({ key: 'interventie.start.wacht', reden: '' });
    expect(startBlokkade({ ...gepland, verplichting: { status: 'eerste_akkoord', reden: null } })?.key).toBe('interventie.start.wacht');
    expect(startBlokkade({ ...gepland, verplichting: { status: 'afgewezen', reden: 'Te duur.' } })).toEqual({
      key: 'interventie.start.afgewezen',
      reden: 'Te duur.',
    });
    expect(startBlokkade({ ...gepland, verplichting: { status: 'goedgekeurd', reden: null } })).toBeNull();
    expect(startBlokkade({ ...gepland, kostenCent: 0, verplichting: null })).toBeNull();
    expect(startBlokkade(gestart)).toBeNull();
    expect(verplichtingStandLabel('afgewezen')).toBe('interventie.verplichting.afgewezen');
    expect(verplichtingStandLabel('iets')).toBe('traject.status.onbekend');
  });

  it('changes the planning of a planned or running interventie, and keeps the rest', () => {
    const ids = (s: string) => `stap-${id}-${s}`;
    expect(interventieStapOpties('gepland')).toEqual(['gestart', 'afgebroken', 'planning']);
    expect(interventieStapOpties('afgerond')).toEqual([]);
    const start = stapVelden(gestart, '2026-11-27', 'nl');
    expect(start).toMatchObject({ geplandBegin: '2026-12-01', geplandEinde: '2027-06-30', kosten: '2.500,00' });
    expect(stapBody(gestart, 'planning', { ...start, geplandEinde: '2027-03-31', kosten: '2.000' }, 'nl')).toEqual({
      geplandBegin: '2026-12-01',
      geplandEinde: '2027-03-31',
      kostenCent: 200000,
      status: 'gestart',
      werkelijkBegin: '2026-11-20',
    });
    expect(stapBody(gepland, 'planning', { ...start, kosten: '' }, 'nl')).toMatchObject({ status: 'gepland', kostenCent: 250000 });
    expect(validateStap(gepland, 'planning', start, '2026-11-27', 'nl', nl)).toEqual({});
    expect(validateStap(gepland, 'planning', { ...start, geplandEinde: '2026-11-01', kosten: 'veel' }, '2026-11-27', 'nl', nl)).toEqual({
      [ids('gepland-einde')]: 'De geplande einddatum ligt niet voor de begindatum',
      [ids('kosten')]: expect.any(String),
    });
    expect(validateStap(gestart, 'planning', { ...start, geplandBegin: '' }, '2026-11-27', 'nl', nl)).toEqual({
      [ids('gepland-begin')]: 'Vul de geplande begindatum in',
    });
  });

  it('plans with the standard cost unless an amount is given', () => {
    const v = { dienstId: org(2), geplandBegin: '2026-12-01', geplandEinde: '2027-01-31', kosten: '' };
    expect(validatePlanning(v, 'nl', nl)).toEqual({});
    expect(planningBody(v, 'nl')).toEqual({ dienstId: org(2), geplandBegin: '2026-12-01', geplandEinde: '2027-01-31' });
    expect(planningBody({ ...v, kosten: '1.250,50' }, 'nl')).toMatchObject({ kostenCent: 125050 });
    expect(validatePlanning({ dienstId: '', geplandBegin: '2027-02-01', geplandEinde: '2027-01-01', kosten: '-5' }, 'nl', nl)).toEqual({
      'int-dienst': 'Kies een dienst uit de catalogus',
      'int-einde': 'De geplande einddatum ligt niet voor de begindatum',
      'int-kosten': 'De standaardkosten kunnen niet negatief zijn',
    });
  });

  it('lists open diensten first and the others disabled with their state', () => {
    const opties = dienstOpties(
      [
        { id: 'a', naam: 'Coaching', status: 'gepauzeerd', standaardkostenCent: 90000 },
        { id: 'b', naam: 'Omscholing zorg', status: 'open', standaardkostenCent: 250000, maxPerKlant: 1 },
        { id: 'c', naam: 'Basisvaardigheden', status: 'open', standaardkostenCent: 0, maxPerKlant: null },
      ],
      'nl',
      (s) => s,
      (max) => `hoogstens ${max} keer per klant`,
    );
    expect(opties).toEqual([
      { value: 'c', label: 'Basisvaardigheden (€ 0,00)' },
      { value: 'b', label: 'Omscholing zorg (€ 2.500,00; hoogstens 1 keer per klant)' },
      { value: 'a', label: 'Coaching (gepauzeerd)', disabled: true },
    ]);
  });
});

describe('toestemmingen and doorverwijzingen', () => {
  const toestemming = (over: Partial<Toestemming>): Toestemming => ({
    id: org(5),
    trajectId: id,
    organisatieId: org(1),
    scope: ['klantvraag'],
    geldigTot: '2027-11-27',
    vastgelegdVia: 'mondeling',
    toelichting: null,
    gegevenOp: '2026-11-27T10:00:00Z',
    ingetrokkenOp: null,
    geldig: true,
    ...over,
  });

  it('checks a toestemming and sends its scope in the order of the code list', () => {
    const v = { organisatieId: org(1), scope: ['interventies', 'klantvraag'], geldigTot: '2027-11-27', vastgelegdVia: 'mondeling', toelichting: '' };
    expect(validateToestemming(v, '2026-11-27', '2028-11-26', nl)).toEqual({});
    expect(toestemmingBody(v, ['contactgegevens', 'klantvraag', 'doelgroep', 'interventies', 'notities'])).toEqual({
      organisatieId: org(1),
      scope: ['klantvraag', 'interventies'],
      geldigTot: '2027-11-27',
      vastgelegdVia: 'mondeling',
    });
    expect(validateToestemming({ ...v, organisatieId: '', scope: [], geldigTot: '2029-01-01', vastgelegdVia: '' }, '2026-11-27', '2028-11-26', nl)).toEqual({
      'toe-organisatie': 'Kies de organisatie waarvoor de toestemming geldt',
      'toe-scope': 'Kies welke gegevens gedeeld mogen worden',
      'toe-geldig': 'De toestemming geldt vanaf vandaag en hoogstens twee jaar',
      'toe-via': 'Kies hoe de klant toestemming gaf',
    });
  });

  it('tells valid, withdrawn and expired apart and offers only valid ones for a referral', () => {
    const geldig = toestemming({});
    const ingetrokken = toestemming({ id: org(6), ingetrokkenOp: '2026-11-28T10:00:00Z', geldig: false });
    const verlopen = toestemming({ id: org(7), organisatieId: org(2), geldig: false });
    expect([geldig, ingetrokken, verlopen].map(toestemmingStaat)).toEqual(['geldig', 'ingetrokken', 'verlopen']);
    expect(geldigeToestemmingen([geldig, ingetrokken, verlopen]).map((t) => t.id)).toEqual([org(5)]);
    expect(geldigeToestemmingen([geldig, verlopen], org(2))).toEqual([]);
  });

  it('gives the receiver accept/reject/finish and the sender withdraw', () => {
    const d = { vanOrganisatieId: org(1), naarOrganisatieId: org(2) };
    expect(partij(d, org(2))).toBe('ontvanger');
    expect(partij(d, org(1))).toBe('afzender');
    expect(partij(d, org(3))).toBeNull();
    expect(doorverwijzingStappen('verstuurd', 'ontvanger')).toEqual(['geaccepteerd', 'afgewezen']);
    expect(doorverwijzingStappen('geaccepteerd', 'ontvanger')).toEqual(['afgerond']);
    expect(doorverwijzingStappen('afgewezen', 'ontvanger')).toEqual([]);
    expect(doorverwijzingStappen('verstuurd', 'afzender')).toEqual(['ingetrokken']);
    expect(doorverwijzingStappen('geaccepteerd', 'afzender')).toEqual(['ingetrokken']);
    expect(doorverwijzingStappen('afgerond', 'afzender')).toEqual([]);
    expect(trajectBereikbaar('verstuurd', 'ontvanger')).toBe(false);
    expect(trajectBereikbaar('geaccepteerd', 'ontvanger')).toBe(true);
    expect(trajectBereikbaar('verstuurd', 'afzender')).toBe(true);
  });

  it('needs organisation, toestemming and question for a referral', () => {
    expect(validateVerwijzing({ naarOrganisatieId: '', toestemmingId: '', vraag: ' ' }, nl)).toEqual({
      'dv-organisatie': 'Kies de organisatie',
      'dv-toestemming': 'Kies de toestemming waarop de doorverwijzing rust',
      'dv-vraag': 'Beschrijf wat u van de partner vraagt',
    });
  });
});

describe('nametingen', () => {
  it('is due from its planned date while open', () => {
    expect(nametingTeDoen({ status: 'open', geplandOp: '2026-11-27' }, '2026-11-27')).toBe(true);
    expect(nametingTeDoen({ status: 'open', geplandOp: '2026-11-28' }, '2026-11-27')).toBe(false);
    expect(nametingTeDoen({ status: 'vastgelegd', geplandOp: '2026-01-01' }, '2026-11-27')).toBe(false);
  });

  it('asks contract and hours only of someone working', () => {
    expect(validateNameting(id, { situatie: 'werkend', contractvorm: '', uren: '99', toelichting: '' }, nl)).toEqual({
      [`nm-${id}-contractvorm`]: 'Kies de contractvorm van het werk',
      [`nm-${id}-uren`]: 'Vul een heel getal van 1 tot en met 60 in',
    });
    expect(validateNameting(id, { situatie: '', contractvorm: '', uren: '', toelichting: '' }, nl)).toEqual({
      [`nm-${id}-situatie`]: 'Kies de situatie van de klant',
    });
    expect(nametingBody({ situatie: 'werkend', contractvorm: 'tijdelijk', uren: '24', toelichting: '' })).toEqual({
      situatie: 'werkend',
      contractvorm: 'tijdelijk',
      urenPerWeek: 24,
    });
    expect(nametingBody({ situatie: 'in_opleiding', contractvorm: 'vast', uren: '24', toelichting: ' Mbo 3 ' })).toEqual({
      situatie: 'in_opleiding',
      toelichting: 'Mbo 3',
    });
  });
});

describe('days and code labels', () => {
  it('formats and shifts calendar days without a time zone', () => {
    expect(formatDay('2026-11-27', 'nl')).toBe('27 november 2026');
    expect(formatDay('geen', 'nl')).toBe('geen');
    expect(addDays('2026-11-27', -200)).toBe('2026-05-11');
    expect(addDays('2026-02-30', 1)).toBeNull();
  });

  it('has English labels for the new code lists', () => {
    expect(codeLabel('trajectuitkomst', 'werk_gevonden', [{ code: 'werk_gevonden', omschrijving: 'Werk gevonden' }], 'en')).toBe('Found work');
    expect(codeLabel('trajectuitkomst', 'werk_gevonden', [{ code: 'werk_gevonden', omschrijving: 'Werk gevonden' }], 'nl')).toBe('Werk gevonden');
  });
});
