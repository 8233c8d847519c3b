import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  betaalbestandUrl,
  createBetaalronde,
  createDeclaratie,
  reviewVerplichting,
  verantwoordingUrl,
  type Budget,
  type Declaratie,
  type Mutatie,
  type Saldo,
} from '../../src/lib/api/budget';
import {
  formatBedragRond,
  grafiekRijen,
  grafiekSamenvatting,
  prognoseSoort,
  procent,
  regelVanWijziging,
  somPosten,
  somSaldo,
  sorteerBudgetten,
  voegMutatiesToe,
  wachtOpBetaalronde,
} from '../../src/lib/budget';
import { geldLabel } from '../../src/lib/budget-labels';
import { formatBedrag, formatMutatie, maxBudgetCent, parseEuro } from '../../src/lib/euro';
import {
  betaalrondeBody,
  bicGeldig,
  budgetBody,
  budgetVeldVoor,
  declaratieBody,
  declaratieTotaal,
  declaratieVeldVoor,
  ibanGeldig,
  leesBedrag,
  leesMutatie,
  validateBetaalronde,
  validateBudget,
  validateDeclaratie,
  validateNieuweRegel,
  validateReden,
  validateWijziging,
  wijzigingBody,
  type DeclaratieVelden,
} from '../../src/lib/forms/geld';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n/translate';
import { matchRoute, routeAccess } from '../../src/lib/router/routes';

const t = (key: MessageKey, params?: MessageParams) => translate('nl', key, params);

function saldo(toegekend: number, verplicht: number, betaald: number, extra: Partial<Saldo> = {}): Saldo {
  return {
    toegekendCent: toegekend,
    verplichtCent: verplicht,
    verplichtOpenCent: verplicht - betaald,
    gedeclareerdCent: betaald,
    betaaldCent: betaald,
    beschikbaarCent: toegekend - verplicht,
    overschrijdingCent: 0,
    ...extra,
  };
}

describe('euro amounts for the budget: signed, up to € 1 miljard, exact to the cent', () => {
  const cent = (input: string, locale: 'nl' | 'en' = 'nl') => {
    const r = parseEuro(input, locale, { signed: true, max: maxBudgetCent });
    return r.ok ? r.cent : r.fout;
  };

  it('reads "1.234,56" and "1234.56" as 123456 cents', () => {
    expect(cent('1.234,56')).toBe(123456);
    expect(cent('1234.56')).toBe(123456);
    expect(cent('1234,56')).toBe(123456);
    expect(cent('€ 1.234,56')).toBe(123456);
    expect(cent('1,234.56', 'en')).toBe(123456);
    expect(cent('1234.56', 'en')).toBe(123456);
  });

  it('keeps the sign of a change', () => {
    expect(cent('-2.500')).toBe(-250000);
    expect(cent('−0,01')).toBe(-1);
    expect(cent('+1.000,50')).toBe(100050);
    expect(cent('-1.000.000.000,00')).toBe(-maxBudgetCent);
    expect(cent('-0,00')).toBe(0);
  });

  it('never goes through floating point (0,29; 1,15; 4,35; 1.005,57)', () => {
    expect(cent('0,29')).toBe(29);
    expect(cent('-1,15')).toBe(-115);
    expect(cent('4,35')).toBe(435);
    expect(cent('1.005,57')).toBe(100557);
    expect(cent('999.999.999,99')).toBe(99999999999);
  });

  it('refuses more than € 1 miljard, more than two decimals and rubbish', () => {
    expect(cent('1.000.000.000,01')).toBe('tooLarge');
    expect(cent('-1.000.000.000,01')).toBe('tooLarge');
    expect(cent('12,345')).toBe('decimals');
    expect(cent('--5')).toBe('invalid');
    expect(cent('+-5')).toBe('invalid');
    expect(cent('1e5')).toBe('invalid');
  });

  it('still refuses a sign where none is allowed (the existing default)', () => {
    expect(parseEuro('-5')).toEqual({ ok: false, fout: 'negative' });
    expect(parseEuro('+5')).toEqual({ ok: false, fout: 'invalid' });
    expect(parseEuro('150.000.000,00')).toEqual({ ok: false, fout: 'tooLarge' });
  });

  it('formats negative amounts and changes with their sign', () => {
    expect(formatBedrag(-250000)).toBe('-€ 2.500,00');
    expect(formatBedrag(-150, 'en')).toBe('-€1.50');
    expect(formatMutatie(100050)).toBe('+€ 1.000,50');
    expect(formatMutatie(-25000)).toBe('-€ 250,00');
    expect(formatMutatie(0)).toBe('€ 0,00');
  });

  it('leesBedrag and leesMutatie give cents or a message key', () => {
    expect(leesBedrag('1.234,56', 'nl')).toEqual({ cent: 123456 });
    expect(leesBedrag('', 'nl', 0)).toEqual({ cent: 0 });
    expect(leesBedrag('', 'nl')).toEqual({ fout: 'geld.bedrag.required' });
    expect(leesBedrag('-5', 'nl')).toEqual({ fout: 'geld.bedrag.negative' });
    expect(leesMutatie('-2.500', 'nl')).toEqual({ cent: -250000 });
    expect(leesMutatie('0', 'nl')).toEqual({ fout: 'geld.mutatie.nul' });
    expect(leesMutatie('abc', 'nl')).toEqual({ fout: 'geld.bedrag.invalid' });
  });
});

describe('IBAN and BIC', () => {
  it('checks the mod-97 digits, with spaces and small letters allowed', () => {
    expect(ibanGeldig('NL91ABNA0417164300')).toBe(true);
    expect(ibanGeldig('nl91 abna 0417 1643 00')).toBe(true);
    expect(ibanGeldig('NL20INGB0001234567')).toBe(true);
    expect(ibanGeldig('DE89370400440532013000')).toBe(true);
    expect(ibanGeldig('NL91ABNA0417164301')).toBe(false);
    expect(ibanGeldig('NL00 0000')).toBe(false);
    expect(ibanGeldig('')).toBe(false);
  });

  it('checks the shape of a BIC', () => {
    expect(bicGeldig('ABNANL2A')).toBe(true);
    expect(bicGeldig('abnanl2axxx')).toBe(true);
    expect(bicGeldig('ABNANL2')).toBe(false);
    expect(bicGeldig('ABNANL1A')).toBe(false);
  });
});

describe('the declaratie form', () => {
  const vandaag = new Date(2026, 10, 27);
  const velden = (extra: Partial<DeclaratieVelden> = {}): DeclaratieVelden => ({
    aanbiederId: 'org-1',
    factuurnummer: 'F-2026/001',
    factuurdatum: '2026-11-27',
    periodeVan: '2026-11-01',
    periodeTot: '2026-11-26',
    iban: 'nl91 abna 0417 1643 00',
    bic: '',
    bijlage: 'facturen/F-2026-001.pdf',
    toelichting: '',
    bovenVerplichting: false,
    regels: [{ interventieId: '01A21E11-5FA1-74D2-839D-05E14E57DC00', bedrag: '1.234,56' }],
    ...extra,
  });

  it('accepts a complete declaratie and sends whole cents, a normalised IBAN and lower-case ids', () => {
    expect(validateDeclaratie(velden(), 'nl', t, vandaag)).toEqual({});
    expect(declaratieBody(velden(), 'nl')).toEqual({
      aanbiederId: 'org-1',
      factuurnummer: 'F-2026/001',
      factuurdatum: '2026-11-27',
      periodeVan: '2026-11-01',
      periodeTot: '2026-11-26',
      iban: 'NL91ABNA0417164300',
      bijlage: 'facturen/F-2026-001.pdf',
      bovenVerplichting: false,
      regels: [{ interventieId: '01a21e11-5fa1-74d2-839d-05e14e57dc00', bedragCent: 123456 }],
    });
  });

  it('names every problem at its field', () => {
    const fouten = validateDeclaratie(
      velden({
        factuurnummer: 'F 1',
        factuurdatum: '2026-11-28',
        periodeTot: '2026-10-01',
        iban: 'NL91ABNA0417164301',
        bic: 'X',
        bijlage: '',
        regels: [
          { interventieId: 'abc', bedrag: '0' },
          { interventieId: '', bedrag: '1,234' },
        ],
      }),
      'nl',
      t,
      vandaag,
    );
    expect(fouten).toEqual({
      'decl-factuurnummer': 'Gebruik alleen letters, cijfers en - / . _ (hoogstens 35 tekens)',
      'decl-factuurdatum': 'De factuurdatum ligt niet in de toekomst',
      'decl-periode-tot': 'De periode eindigt niet voordat ze begint',
      'decl-iban': 'Dit is geen geldig IBAN: controleer de letters en cijfers',
      'decl-bic': 'Een BIC heeft 8 of 11 letters en cijfers, bijvoorbeeld ABNANL2A',
      'decl-bijlage': 'Verwijs naar de factuur zelf',
      'decl-regel-0-interventie': 'Een kenmerk heeft 36 tekens, bijvoorbeeld 0190f3a2-7c1e-7d4b-9a6e-3f2b1c0d9e8f',
      'decl-regel-0-bedrag': 'Het bedrag is minstens € 0,01',
      'decl-regel-1-interventie': 'Kies of vul de interventie in',
      'decl-regel-1-bedrag': 'Gebruik hoogstens twee cijfers achter de komma',
    });
  });

  it('refuses the same interventie twice', () => {
    const id = '01a21e11-5fa1-74d2-839d-05e14e57dc00';
    const fouten = validateDeclaratie(velden({ regels: [{ interventieId: id, bedrag: '1' }, { interventieId: id.toUpperCase(), bedrag: '2' }] }), 'nl', t, vandaag);
    expect(fouten['decl-regel-1-interventie']).toBe('Elke interventie staat één keer op de declaratie');
  });

  it('maps the server’s invalidParams to the fields', () => {
    expect(declaratieVeldVoor('regels[0].bedragCent')).toBe('decl-regel-0-bedrag');
    expect(declaratieVeldVoor('regels[12].interventieId')).toBe('decl-regel-12-interventie');
    expect(declaratieVeldVoor('regels[3]')).toBe('decl-regel-3-interventie');
    expect(declaratieVeldVoor('regels')).toBe('decl-regels');
    expect(declaratieVeldVoor('factuurnummer')).toBe('decl-factuurnummer');
    expect(declaratieVeldVoor('bovenVerplichting')).toBe('decl-boven');
    expect(declaratieVeldVoor('onbekend')).toBeNull();
  });

  it('adds up the amounts typed so far, exactly', () => {
    expect(declaratieTotaal([{ interventieId: '', bedrag: '0,10' }, { interventieId: '', bedrag: '0,20' }, { interventieId: '', bedrag: 'x' }], 'nl')).toBe(30);
  });
});

describe('the budget forms', () => {
  const regels = [
    { soort: 'personele_inzet', naam: 'Personele inzet', bedrag: '400.000' },
    { soort: 'interventies', naam: 'Interventies', bedrag: '750.000,00' },
  ];

  it('accepts a budget and sends cents; an empty amount is 0', () => {
    const velden = { regioCode: 'AM13', jaar: ' 2028 ', regeling: 'Regeling 2028', vierOgenVanaf: '5.000', regels: [...regels, { soort: 'overig', naam: 'Overig', bedrag: '' }] };
    expect(validateBudget(velden, 'nl', t)).toEqual({});
    expect(budgetBody(velden, 'nl')).toEqual({
      regioCode: 'AM13',
      jaar: 2028,
      regeling: 'Regeling 2028',
      vierOgenVanafCent: 500000,
      regels: [
        { soort: 'personele_inzet', naam: 'Personele inzet', bedragCent: 40000000 },
        { soort: 'interventies', naam: 'Interventies', bedragCent: 75000000 },
        { soort: 'overig', naam: 'Overig', bedragCent: 0 },
      ],
    });
  });

  it('asks for a line for interventies and unique names', () => {
    const fouten = validateBudget(
      { regioCode: '', jaar: '1999', regeling: '', vierOgenVanaf: '', regels: [{ soort: 'overig', naam: 'A', bedrag: '' }, { soort: 'overig', naam: 'A', bedrag: '-1' }] },
      'nl',
      t,
    );
    expect(fouten).toEqual({
      'bud-regio': 'Kies de regio',
      'bud-jaar': 'Vul een jaar in van 2020 tot en met 2100',
      'bud-regeling': 'Noem de regeling waaruit het budget komt',
      'bud-vier-ogen': 'Vul een bedrag in euro’s in',
      'bud-regel-1-naam': 'Het budget heeft al een regel met deze naam',
      'bud-regel-1-bedrag': 'Het bedrag kan niet negatief zijn',
      'bud-regels': 'Geef het budget een regel van de soort interventies',
    });
    expect(budgetVeldVoor('regels[1].naam')).toBe('bud-regel-1-naam');
    expect(budgetVeldVoor('regels[0]')).toBe('bud-regel-0-naam');
    expect(budgetVeldVoor('jaar')).toBe('bud-jaar');
  });

  it('checks a new regel against the names the budget has', () => {
    expect(validateNieuweRegel({ soort: 'overig', naam: 'Overig ', bedrag: '' }, 'nl', t, ['Overig'])).toEqual({ 'nr-naam': 'Het budget heeft al een regel met deze naam' });
  });

  it('turns a proposed decrease into negative cents', () => {
    const velden = { regelId: 'r1', soort: 'toekenning', bedrag: '-2.500,00', toelichting: ' Minder nodig ' };
    expect(validateWijziging(velden, 'nl', t)).toEqual({});
    expect(wijzigingBody(velden, 'nl')).toEqual({ regelId: 'r1', soort: 'toekenning', bedragCent: -250000, toelichting: 'Minder nodig' });
    expect(validateWijziging({ regelId: '', soort: 'x', bedrag: '0', toelichting: '' }, 'nl', t)).toEqual({
      'wz-regel': 'Kies de budgetregel',
      'wz-soort': 'Kies wat u wilt wijzigen',
      'wz-bedrag': 'Vul een verhoging of een verlaging in; 0 verandert niets',
      'wz-toelichting': 'Licht het voorstel toe',
    });
  });
});

describe('the betaalronde form and reasons', () => {
  const vandaag = new Date(2026, 10, 27);
  it('wants a date from today up to a year ahead and a valid IBAN', () => {
    const goed = { regioCode: 'AM13', uitvoeringsdatum: '2026-11-28', debiteurNaam: 'Werkcentrum', debiteurIban: 'NL20 INGB 0001 2345 67', debiteurBic: '' };
    expect(validateBetaalronde(goed, t, vandaag)).toEqual({});
    expect(betaalrondeBody(goed)).toEqual({ regioCode: 'AM13', uitvoeringsdatum: '2026-11-28', debiteurNaam: 'Werkcentrum', debiteurIban: 'NL20INGB0001234567' });
    expect(validateBetaalronde({ ...goed, uitvoeringsdatum: '2026-11-26' }, t, vandaag)).toEqual({ 'br-datum': 'Kies een datum van vandaag tot een jaar vooruit' });
    expect(validateBetaalronde({ ...goed, uitvoeringsdatum: '2027-11-29' }, t, vandaag)).toEqual({ 'br-datum': 'Kies een datum van vandaag tot een jaar vooruit' });
    expect(validateBetaalronde({ ...goed, debiteurIban: 'NL00' }, t, vandaag)).toEqual({ 'br-iban': 'Dit is geen geldig IBAN: controleer de letters en cijfers' });
  });

  it('asks a reason where one is required', () => {
    expect(validateReden('  ', true, t)).toBe('Vul de reden in');
    expect(validateReden('', false, t)).toBe('');
    expect(validateReden('x'.repeat(2001), false, t)).toBe('Gebruik hoogstens 2.000 tekens');
  });
});

describe('the chart’s data and its summary', () => {
  const regels = [
    { naam: 'Personele inzet', saldo: saldo(40000000, 0, 0) },
    { naam: 'Interventies', saldo: saldo(75000000, 30000000, 12345600) },
  ];

  it('has three bars per regel, in the budget’s order: toegekend, verplicht, betaald', () => {
    expect(grafiekRijen(regels)).toEqual([
      { regel: 'Personele inzet', rubriek: 'toegekend', cent: 40000000 },
      { regel: 'Personele inzet', rubriek: 'verplicht', cent: 0 },
      { regel: 'Personele inzet', rubriek: 'betaald', cent: 0 },
      { regel: 'Interventies', rubriek: 'toegekend', cent: 75000000 },
      { regel: 'Interventies', rubriek: 'verplicht', cent: 30000000 },
      { regel: 'Interventies', rubriek: 'betaald', cent: 12345600 },
    ]);
  });

  it('says in one sentence what the chart shows, from the same numbers', () => {
    const totaal = somSaldo(regels.map((r) => r.saldo));
    expect(totaal.toegekendCent).toBe(115000000);
    const s = grafiekSamenvatting(regels, totaal, 'nl');
    expect(s).toEqual({
      toegekend: '€ 1.150.000,00',
      verplicht: '€ 300.000,00',
      betaald: '€ 123.456,00',
      procentVerplicht: 26,
      procentBetaald: 11,
      krapsteRegel: 'Personele inzet',
      krapsteBeschikbaar: '€ 400.000,00',
    });
    const { krapsteRegel: _k, ...params } = s;
    expect(t('budget.samenvatting', params)).toBe(
      'Van de € 1.150.000,00 die is toegekend, is € 300.000,00 verplicht (26%) en € 123.456,00 betaald (11%).',
    );
    expect(grafiekSamenvatting([], somSaldo([]), 'nl').krapsteRegel).toBeNull();
    expect(procent(5, 0)).toBe(0);
  });

  it('labels bars in whole euros', () => {
    expect(formatBedragRond(75000000)).toBe('€ 750.000');
    expect(formatBedragRond(123456)).toBe('€ 1.235');
    expect(formatBedragRond(123449, 'en')).toBe('€1,234');
    expect(formatBedragRond(-50)).toBe('-€ 1');
  });

  it('reads the forecast against the budget year', () => {
    expect(prognoseSoort({ tempoCentPerDag: 0, uitgeputOp: null }, 2026)).toBe('geenTempo');
    expect(prognoseSoort({ tempoCentPerDag: 100, uitgeputOp: '2026-12-31' }, 2026)).toBe('voorJaareinde');
    expect(prognoseSoort({ tempoCentPerDag: 100, uitgeputOp: '2027-01-01' }, 2026)).toBe('naJaareinde');
  });
});

describe('ledger, queues and labels', () => {
  const mutatie = (volgnummer: number) => ({ volgnummer }) as Mutatie;

  it('adds a page of the ledger once, in order', () => {
    expect(voegMutatiesToe([mutatie(1), mutatie(2)], [mutatie(2), mutatie(4), mutatie(3)]).map((m) => m.volgnummer)).toEqual([1, 2, 3, 4]);
  });

  it('finds approved declaraties that are in no betaalronde', () => {
    const d = (id: string, status: string, betaalrondeId: string | null) => ({ id, status, betaalrondeId }) as Declaratie;
    expect(wachtOpBetaalronde([d('a', 'goedgekeurd', null), d('b', 'goedgekeurd', 'r1'), d('c', 'ingediend', null)]).map((x) => x.id)).toEqual(['a']);
    expect(somPosten([{ bedragCent: 10 }, { bedragCent: 20 }] as never)).toBe(30);
  });

  it('sorts budgets newest year first and finds the regel of a proposal', () => {
    const b = (id: string, jaar: number, regioCode: string) => ({ id, jaar, regioCode, regels: [{ id: `${id}-r`, naam: 'Interventies' }] }) as unknown as Budget;
    const budgetten = [b('x', 2026, 'AM13'), b('y', 2027, 'AM18'), b('z', 2027, 'AM13')];
    expect(sorteerBudgetten(budgetten).map((x) => x.id)).toEqual(['z', 'y', 'x']);
    expect(regelVanWijziging(budgetten, 'y', 'y-r')?.regelNaam).toBe('Interventies');
    expect(regelVanWijziging(budgetten, 'y', 'weg')?.regelNaam).toBe('–');
    expect(regelVanWijziging(budgetten, 'q', 'y-r')).toBeNull();
  });

  it('has words for every code, and "Onbekend" for a new one', () => {
    expect(t(geldLabel('verplichtingStatus', 'eerste_akkoord'))).toBe('Eerste akkoord');
    expect(t(geldLabel('mutatieSoort', 'declaratie_goedgekeurd'))).toBe('Declaratie goedgekeurd');
    expect(translate('en', geldLabel('declaratieStatus', 'betaald'))).toBe('Paid');
    expect(t(geldLabel('betaalrondeStatus', 'geannuleerd'))).toBe('Onbekend');
    expect(t(geldLabel('uitgavenPer', 'diensttype'))).toBe('Soort dienst');
  });
});

describe('routes of the budget pages', () => {
  const id = '01a21e05-857f-709f-a93e-1a1cfb4924b4';

  it('maps the paths and the role each needs', () => {
    expect(matchRoute('/budget')).toEqual({ name: 'budgetten' });
    expect(matchRoute('/budget/nieuw')).toEqual({ name: 'budgetNieuw' });
    expect(matchRoute(`/budget/${id.toUpperCase()}`)).toEqual({ name: 'budget', id });
    expect(matchRoute('/kassier')).toEqual({ name: 'kassier' });
    expect(matchRoute('/verplichtingen')).toEqual({ name: 'verplichtingen' });
    expect(matchRoute('/declaraties/nieuw')).toEqual({ name: 'declaratieNieuw' });
    expect(matchRoute(`/declaraties/${id}`)).toEqual({ name: 'declaratie', id });
    expect(matchRoute(`/betaalrondes/${id}`)).toEqual({ name: 'betaalronde', id });
    expect(matchRoute('/betaalrondes/geen-id')).toEqual({ name: 'notFound', path: '/betaalrondes/geen-id' });
    expect(routeAccess({ name: 'budget', id })).toBe('budgetLezen');
    expect(routeAccess({ name: 'budgetNieuw' })).toBe('budgetVoorstellen');
    expect(routeAccess({ name: 'kassier' })).toBe('declaratiesBeoordelen');
    expect(routeAccess({ name: 'verplichtingen' })).toBe('verplichtingenGoedkeuren');
    expect(routeAccess({ name: 'declaratie', id })).toBe('declaratiesIndienen');
    expect(routeAccess({ name: 'betaalronde', id })).toBe('betalen');
  });
});

describe('the budget API calls', () => {
  let requests: Request[];

  beforeEach(() => {
    requests = [];
    vi.stubGlobal('fetch', async (request: Request) => {
      requests.push(request);
      const body = request.url.includes('/betaalrondes') ? { id: 'r1', aantal: 1, totaalCent: 5 } : { id: 'd1', versie: 1 };
      return new Response(JSON.stringify(body), { status: 201, headers: { 'Content-Type': 'application/json', ETag: '"1"' } });
    });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends the form’s Idempotency-Key with a new declaratie and betaalronde, and If-Match with a decision', async () => {
    const declaratie = await createDeclaratie({} as never, 'sleutel-1');
    expect(declaratie.ok && declaratie.data.etag).toBe('"1"');
    await createBetaalronde({} as never, 'sleutel-2');
    await reviewVerplichting('v1', '"3"', { besluit: 'goedgekeurd' });
    expect(requests.map((r) => [r.method, new URL(r.url).pathname, r.headers.get('Idempotency-Key'), r.headers.get('If-Match')])).toEqual([
      ['POST', '/api/v1/declaraties', 'sleutel-1', null],
      ['POST', '/api/v1/betaalrondes', 'sleutel-2', null],
      ['POST', '/api/v1/verplichtingen/v1/beoordeling', null, '"3"'],
    ]);
    expect(verantwoordingUrl('b 1', 'csv')).toBe('/api/v1/budgetten/b%201/verantwoording?formaat=csv');
    expect(betaalbestandUrl('r1', 'pain001')).toBe('/api/v1/betaalrondes/r1/pain001');
  });
});
