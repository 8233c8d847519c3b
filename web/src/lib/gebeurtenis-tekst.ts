import type { Gebeurtenis } from './api/trajecten';
import type { CodelijstNaam } from './api/codelijsten';
import type { MessageKey, MessageParams } from './i18n/translate';
import { doorverwijzingStatusLabel, trajectStatusLabel } from './traject-labels';

/** What the timeline needs to put an entry into the UI's language. */
export interface GebeurtenisWoorden {
  t: (key: MessageKey, params?: MessageParams) => string;
  /** A code from one of the server's code lists, in words. */
  code: (lijst: CodelijstNaam, code: string) => string;
  /** A calendar day (YYYY-MM-DD), in words. */
  dag: (value: string) => string;
}

// Codes whose sentence has no parameters: the key is the code.
const zonderParameters = new Set([
  'werkgeverstraject.aangemaakt',
  'traject.bijgewerkt',
  'traject.heropend',
  'notitie.betrokkenen',
  'notitie.organisatie',
  'toestemming.ingetrokken',
  'doorverwijzing.ingetrokken_met_toestemming',
]);
const interventieStappen = new Set(['gepland', 'gewijzigd', 'gestart', 'afgerond', 'afgebroken']);
const doorverwijzingStappen = new Set(['geaccepteerd', 'afgewezen', 'afgerond', 'ingetrokken']);

/**
 * A timeline entry in the UI's language, from its code and parameters. An entry without a code
 * (written before the codes existed) or with a code this UI does not know keeps the server's
 * Dutch sentence.
 */
export function gebeurtenisTekst(g: Pick<Gebeurtenis, 'code' | 'parameters' | 'omschrijving'>, w: GebeurtenisWoorden): string {
  const p = g.parameters ?? {};
  const code = g.code ?? '';
  const [onderwerp = '', stap = ''] = code.split('.');
  if (zonderParameters.has(code)) return w.t(`gebeurtenis.${code}` as MessageKey);
  switch (code) {
    case 'aanmelding.ontvangen':
      return w.t('gebeurtenis.aanmelding.ontvangen', { referentienummer: p.referentienummer ?? '' });
    case 'intake.gehouden':
      return w.t('gebeurtenis.intake.gehouden', { datum: p.datum ? w.dag(p.datum) : '' });
    case 'traject.aangemaakt':
      return p.regievoerder
        ? w.t('gebeurtenis.traject.aangemaakt.regie', { regievoerder: p.regievoerder })
        : w.t('gebeurtenis.traject.aangemaakt');
    case 'traject.regie_overgedragen':
      return w.t('gebeurtenis.traject.regie_overgedragen', { regievoerder: p.regievoerder ?? '' });
    case 'traject.status':
      return w.t('gebeurtenis.traject.status', {
        van: w.t(trajectStatusLabel(p.van ?? '')),
        naar: w.t(trajectStatusLabel(p.naar ?? '')),
      });
    case 'traject.afgesloten':
      return p.uitkomst
        ? w.t('gebeurtenis.traject.afgesloten.uitkomst', { uitkomst: w.code('trajectuitkomst', p.uitkomst) })
        : w.t('gebeurtenis.traject.afgesloten');
    case 'toestemming.vastgelegd':
      return w.t('gebeurtenis.toestemming.vastgelegd', {
        organisatie: p.organisatie ?? '',
        geldigTot: p.geldigTot ? w.dag(p.geldigTot) : '',
      });
    case 'doorverwijzing.verstuurd': {
      const tekst = p.organisatie
        ? w.t('gebeurtenis.doorverwijzing.verstuurd.naar', { organisatie: p.organisatie })
        : w.t('gebeurtenis.doorverwijzing.verstuurd');
      return p.status ? `${tekst} (${w.t(doorverwijzingStatusLabel(p.status))})` : tekst;
    }
    case 'nameting.vastgelegd':
      return w.t('gebeurtenis.nameting.vastgelegd', {
        maanden: Number(p.maanden ?? 0),
        situatie: w.code('nametingsituatie', p.situatie ?? ''),
      });
  }
  if (onderwerp === 'interventie' && interventieStappen.has(stap)) {
    const tekst = w.t(`gebeurtenis.interventie.${stap}` as MessageKey, { dienst: p.dienst ?? '' });
    if (!p.resultaat) return tekst;
    return `${tekst} (${w.t('gebeurtenis.interventie.resultaat', { resultaat: w.code('interventieresultaat', p.resultaat) })})`;
  }
  if (onderwerp === 'doorverwijzing' && doorverwijzingStappen.has(stap)) {
    const status = w.t(doorverwijzingStatusLabel(stap));
    return p.organisatie
      ? w.t('gebeurtenis.doorverwijzing.stap.naar', { organisatie: p.organisatie, status })
      : w.t('gebeurtenis.doorverwijzing.stap', { status });
  }
  return g.omschrijving;
}
