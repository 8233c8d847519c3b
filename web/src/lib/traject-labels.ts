import { lijst, type Codelijsten } from './api/codelijsten';
import { codeLabel, codeOptions } from './code-labels';
import type { Locale, MessageKey } from './i18n/translate';

// Status words of trajecten, interventies, doorverwijzingen, toestemmingen and nametingen; a
// status this UI does not know yet shows as "Onbekend".

const trajectStatus: Record<string, MessageKey> = {
  aangemeld: 'traject.status.aangemeld',
  intake: 'traject.status.intake',
  actief: 'traject.status.actief',
  afgesloten: 'traject.status.afgesloten',
};

const interventieStatus: Record<string, MessageKey> = {
  gepland: 'interventie.status.gepland',
  gestart: 'interventie.status.gestart',
  afgerond: 'interventie.status.afgerond',
  afgebroken: 'interventie.status.afgebroken',
};

const doorverwijzingStatus: Record<string, MessageKey> = {
  verstuurd: 'doorverwijzing.status.verstuurd',
  geaccepteerd: 'doorverwijzing.status.geaccepteerd',
  afgewezen: 'doorverwijzing.status.afgewezen',
  afgerond: 'doorverwijzing.status.afgerond',
  ingetrokken: 'doorverwijzing.status.ingetrokken',
};

const toestemmingStaat: Record<string, MessageKey> = {
  geldig: 'toestemming.staat.geldig',
  ingetrokken: 'toestemming.staat.ingetrokken',
  verlopen: 'toestemming.staat.verlopen',
};

// Where an interventie's verplichting stands, in the adviser's words.
const verplichtingStand: Record<string, MessageKey> = {
  aangevraagd: 'interventie.verplichting.aangevraagd',
  eerste_akkoord: 'interventie.verplichting.eerste_akkoord',
  goedgekeurd: 'interventie.verplichting.goedgekeurd',
  afgewezen: 'interventie.verplichting.afgewezen',
  vervallen: 'interventie.verplichting.vervallen',
};

const nametingStatus: Record<string, MessageKey> = {
  open: 'nameting.status.open',
  vastgelegd: 'nameting.status.vastgelegd',
};

const vastgelegdVia: Record<string, MessageKey> = {
  mondeling: 'toestemming.via.mondeling',
  schriftelijk: 'toestemming.via.schriftelijk',
  digitaal: 'toestemming.via.digitaal',
};

export const trajectStatusLabel = (s: string): MessageKey => trajectStatus[s] ?? 'traject.status.onbekend';
export const interventieStatusLabel = (s: string): MessageKey => interventieStatus[s] ?? 'traject.status.onbekend';
export const doorverwijzingStatusLabel = (s: string): MessageKey => doorverwijzingStatus[s] ?? 'traject.status.onbekend';
export const toestemmingStaatLabel = (s: string): MessageKey => toestemmingStaat[s] ?? 'traject.status.onbekend';
export const verplichtingStandLabel = (s: string): MessageKey => verplichtingStand[s] ?? 'traject.status.onbekend';
export const nametingStatusLabel = (s: string): MessageKey => nametingStatus[s] ?? 'traject.status.onbekend';
export const vastgelegdViaLabel = (s: string): MessageKey => vastgelegdVia[s] ?? 'traject.status.onbekend';

/** The categorie of a traject in words: from the personeelsvraag list for a werkgever. */
export function categorieLabel(
  t: { soort: string; categorie: string },
  codelijsten: Codelijsten | null,
  locale: Locale,
): string {
  const naam = t.soort === 'werkgever' ? 'personeelsvraag' : 'categorie';
  return codeLabel(naam, t.categorie, lijst(codelijsten, naam), locale);
}

/** The choices of categorie: the personeelsvraag list for a werkgever, otherwise the categories but "personeelsvraag". */
export function categorieOpties(soort: string, codelijsten: Codelijsten | null, locale: Locale): { value: string; label: string }[] {
  return soort === 'werkgever'
    ? codeOptions('personeelsvraag', lijst(codelijsten, 'personeelsvraag'), locale)
    : codeOptions('categorie', lijst(codelijsten, 'categorie'), locale).filter((o) => o.value !== 'personeelsvraag');
}
