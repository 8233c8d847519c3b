import { describe, expect, it } from 'vitest';
import { codeLabel } from '../../src/lib/code-labels';
import { formatDay } from '../../src/lib/forms/dates';
import { gebeurtenisTekst, type GebeurtenisWoorden } from '../../src/lib/gebeurtenis-tekst';
import { translate, type Locale } from '../../src/lib/i18n/translate';

const codes = {
  trajectuitkomst: [{ code: 'werk_gevonden', omschrijving: 'Werk gevonden' }],
  nametingsituatie: [{ code: 'niet_werkend', omschrijving: 'Niet werkend' }],
  interventieresultaat: [{ code: 'diploma', omschrijving: 'Diploma behaald' }],
} as Record<string, { code: string; omschrijving: string }[]>;

function woorden(locale: Locale): GebeurtenisWoorden {
  return {
    t: (key, params) => translate(locale, key, params),
    code: (lijst, code) => codeLabel(lijst, code, codes[lijst] ?? [], locale),
    dag: (value) => formatDay(value, locale),
  };
}

const tekst = (code: string | null, parameters: Record<string, string>, locale: Locale = 'nl') =>
  gebeurtenisTekst({ code, parameters, omschrijving: 'De zin van de server' }, woorden(locale));

describe('gebeurtenisTekst', () => {
  it('says the server’s entries in Dutch as the server did, codes in words', () => {
    expect(tekst('traject.aangemaakt', { regievoerder: 'Ahmed Advies' })).toBe('Traject aangemaakt; regie bij Ahmed Advies');
    expect(tekst('traject.aangemaakt', {})).toBe('Traject aangemaakt');
    expect(tekst('interventie.afgerond', { dienst: 'Loopbaanadvies', resultaat: 'diploma' })).toBe(
      'Interventie afgerond: Loopbaanadvies (resultaat: Diploma behaald)',
    );
    expect(tekst('traject.status', { van: 'intake', naar: 'actief' })).toBe('Status van Intake naar Actief');
    expect(tekst('traject.afgesloten', { van: 'actief', naar: 'afgesloten', uitkomst: 'werk_gevonden' })).toBe(
      'Traject afgesloten: Werk gevonden',
    );
    expect(tekst('nameting.vastgelegd', { maanden: '3', situatie: 'niet_werkend' })).toBe('Nameting na 3 maanden: Niet werkend');
    expect(tekst('doorverwijzing.geaccepteerd', { organisatie: 'UWV Utrecht' })).toBe('Doorverwijzing naar UWV Utrecht: Geaccepteerd');
    expect(tekst('doorverwijzing.verstuurd', { status: 'afgewezen' })).toBe('Doorverwezen (Afgewezen)');
    expect(tekst('toestemming.vastgelegd', { organisatie: 'UWV Utrecht', geldigTot: '2027-03-01' })).toBe(
      'Toestemming vastgelegd voor UWV Utrecht tot 1 maart 2027',
    );
  });

  it('says every code in English in the English UI', () => {
    expect(tekst('interventie.gepland', { dienst: 'Loopbaanadvies' }, 'en')).toBe('Intervention planned: Loopbaanadvies');
    expect(tekst('traject.status', { van: 'aangemeld', naar: 'intake' }, 'en')).toBe('Status changed from Registered to Intake');
    expect(tekst('nameting.vastgelegd', { maanden: '12', situatie: 'niet_werkend' }, 'en')).toBe('Follow-up after 12 months: Not working');
    expect(tekst('traject.afgesloten', { uitkomst: 'werk_gevonden' }, 'en')).toBe('Case closed: Found work');
    expect(tekst('aanmelding.ontvangen', { referentienummer: 'RMT-2026-000001' }, 'en')).toBe('Application RMT-2026-000001 received');
    expect(tekst('intake.gehouden', { datum: '2026-11-02' }, 'en')).toBe('Intake on 2 November 2026');
    const alle = [
      'werkgeverstraject.aangemaakt', 'traject.bijgewerkt', 'traject.regie_overgedragen', 'traject.heropend',
      'notitie.betrokkenen', 'notitie.organisatie', 'interventie.gewijzigd', 'interventie.gestart',
      'interventie.afgebroken', 'toestemming.ingetrokken', 'doorverwijzing.afgewezen', 'doorverwijzing.afgerond',
      'doorverwijzing.ingetrokken', 'doorverwijzing.ingetrokken_met_toestemming',
    ];
    for (const code of alle) {
      const engels = tekst(code, { regievoerder: 'X', dienst: 'Y' }, 'en');
      expect(engels, code).not.toBe('De zin van de server');
      expect(engels, code).not.toBe(tekst(code, { regievoerder: 'X', dienst: 'Y' }, 'nl'));
      expect(engels, code).not.toMatch(/\{\w+\}/);
    }
  });

  it('keeps the server’s sentence without a code or with one it does not know', () => {
    expect(tekst(null, {})).toBe('De zin van de server');
    expect(tekst('interventie.verplaatst', { dienst: 'Y' })).toBe('De zin van de server');
    expect(tekst('doorverwijzing.onbekend', {})).toBe('De zin van de server');
    expect(tekst('iets.nieuws', {}, 'en')).toBe('De zin van de server');
  });
});
