import type { Translator } from '../api/problem';
import type {
  BetaalrondeInvoer,
  BudgetInvoer,
  BudgetregelInvoer,
  BudgetregelSoort,
  BudgetwijzigingInvoer,
  DeclaratieInvoer,
} from '../api/budget';
import { budgetregelSoorten } from '../api/budget';
import { maxBudgetCent, parseEuro, type EuroFout } from '../euro';
import type { Locale, MessageKey } from '../i18n/translate';
import { addDays, isDate, localDateString } from './dates';
import type { FieldErrors } from './errors';

// Checks in the browser for the forms of the ontschot budget, mirroring the API's rules so the
// user gets every message at once; the server checks again. Amounts are typed in euros and
// become whole cents with integer arithmetic (src/lib/euro.ts).

const euroFout: Record<EuroFout, MessageKey> = {
  empty: 'geld.bedrag.required',
  invalid: 'geld.bedrag.invalid',
  decimals: 'geld.bedrag.decimals',
  negative: 'geld.bedrag.negative',
  tooLarge: 'geld.bedrag.tooLarge',
};

/** An amount of 0 or more (empty: `leeg`), up to € 1 miljard; the cents, or a message key. */
export function leesBedrag(input: string, locale: Locale, leeg: number | null = null): { cent: number } | { fout: MessageKey } {
  if (input.trim() === '' && leeg !== null) return { cent: leeg };
  const r = parseEuro(input, locale, { max: maxBudgetCent });
  return r.ok ? { cent: r.cent } : { fout: euroFout[r.fout] };
}

/** A signed change ("-2.500", "+1.000,50", "1000"), not 0, at most € 1 miljard either way. */
export function leesMutatie(input: string, locale: Locale): { cent: number } | { fout: MessageKey } {
  const r = parseEuro(input, locale, { max: maxBudgetCent, signed: true });
  if (!r.ok) return { fout: euroFout[r.fout] };
  if (r.cent === 0) return { fout: 'geld.mutatie.nul' };
  return { cent: r.cent };
}

// ---- IBAN and BIC (the server checks the length per country as well) ----

/** Without spaces, in capitals: how the server stores it. */
export function normaliseerIban(iban: string): string {
  return iban.replace(/\s+/g, '').toUpperCase();
}

/** Structure and the ISO 13616 mod-97 check digits. */
export function ibanGeldig(input: string): boolean {
  const iban = normaliseerIban(input);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(iban) || iban.length < 15) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const c of rearranged) {
    const n = c >= 'A' && c <= 'Z' ? c.charCodeAt(0) - 55 : Number(c);
    rest = (n >= 10 ? rest * 100 + n : rest * 10 + n) % 97;
  }
  return rest === 1;
}

export function bicGeldig(input: string): boolean {
  return /^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$/.test(normaliseerIban(input));
}

// ---- Budget instellen ----

export interface RegelVelden {
  soort: string;
  naam: string;
  bedrag: string;
}

export interface BudgetVelden {
  regioCode: string;
  jaar: string;
  regeling: string;
  vierOgenVanaf: string;
  regels: RegelVelden[];
}

export const budgetVeldIds = {
  regioCode: 'bud-regio',
  jaar: 'bud-jaar',
  regeling: 'bud-regeling',
  vierOgenVanafCent: 'bud-vier-ogen',
  regels: 'bud-regels',
} as const;

/** The ids of a regel's fields in the budget form (row n, from 0). */
export function regelVeldIds(n: number): { soort: string; naam: string; bedragCent: string } {
  return { soort: `bud-regel-${n}-soort`, naam: `bud-regel-${n}-naam`, bedragCent: `bud-regel-${n}-bedrag` };
}

/** Maps the server's names (regioCode, regels[2].naam, regels[1]) to the form's field ids. */
export function budgetVeldVoor(name: string): string | null {
  const regel = /^regels\[(\d+)\](?:\.(soort|naam|bedragCent))?$/.exec(name);
  if (regel) {
    const ids = regelVeldIds(Number(regel[1]));
    return ids[(regel[2] ?? 'naam') as keyof typeof ids];
  }
  return (budgetVeldIds as Record<string, string>)[name] ?? null;
}

function isSoort(s: string): s is BudgetregelSoort {
  return (budgetregelSoorten as readonly string[]).includes(s);
}

function valideerRegel(r: RegelVelden, ids: { soort: string; naam: string; bedragCent: string }, locale: Locale, t: Translator, found: FieldErrors): void {
  if (!isSoort(r.soort)) found[ids.soort] = t('budget.regel.soort.required');
  const naam = r.naam.trim();
  if (naam === '') found[ids.naam] = t('budget.regel.naam.required');
  else if (naam.length > 100) found[ids.naam] = t('form.tooLong', { max: 100 });
  const bedrag = leesBedrag(r.bedrag, locale, 0);
  if ('fout' in bedrag) found[ids.bedragCent] = t(bedrag.fout);
}

export function validateBudget(v: BudgetVelden, locale: Locale, t: Translator): FieldErrors {
  const ids = budgetVeldIds;
  const found: FieldErrors = {};
  if (!/^AM\d{2}$/.test(v.regioCode)) found[ids.regioCode] = t('budget.regio.required');
  const jaar = v.jaar.trim();
  if (!/^\d{4}$/.test(jaar) || Number(jaar) < 2020 || Number(jaar) > 2100) found[ids.jaar] = t('budget.jaar.invalid');
  const regeling = v.regeling.trim();
  if (regeling === '') found[ids.regeling] = t('budget.regeling.required');
  else if (regeling.length > 200) found[ids.regeling] = t('form.tooLong', { max: 200 });
  const grens = leesBedrag(v.vierOgenVanaf, locale);
  if ('fout' in grens) found[ids.vierOgenVanafCent] = t(grens.fout);
  const namen = new Set<string>();
  v.regels.forEach((r, n) => {
    const rids = regelVeldIds(n);
    valideerRegel(r, rids, locale, t, found);
    const naam = r.naam.trim();
    if (naam !== '' && namen.has(naam) && found[rids.naam] === undefined) found[rids.naam] = t('budget.regel.naam.uniek');
    namen.add(naam);
  });
  if (v.regels.length === 0 || v.regels.length > 20) found[ids.regels] = t('budget.regels.aantal');
  else if (!v.regels.some((r) => r.soort === 'interventies')) found[ids.regels] = t('budget.regels.interventies');
  return found;
}

export function budgetBody(v: BudgetVelden, locale: Locale): BudgetInvoer {
  const cent = (s: string, leeg: number | null = null) => {
    const r = leesBedrag(s, locale, leeg);
    return 'cent' in r ? r.cent : 0;
  };
  return {
    regioCode: v.regioCode,
    jaar: Number(v.jaar.trim()),
    regeling: v.regeling.trim(),
    vierOgenVanafCent: cent(v.vierOgenVanaf),
    regels: v.regels.map((r) => ({ soort: r.soort as BudgetregelSoort, naam: r.naam.trim(), bedragCent: cent(r.bedrag, 0) })),
  };
}

// ---- Regel toevoegen ----

export const nieuweRegelIds = { soort: 'nr-soort', naam: 'nr-naam', bedragCent: 'nr-bedrag' } as const;

export function validateNieuweRegel(v: RegelVelden, locale: Locale, t: Translator, bestaandeNamen: readonly string[]): FieldErrors {
  const found: FieldErrors = {};
  valideerRegel(v, nieuweRegelIds, locale, t, found);
  if (found[nieuweRegelIds.naam] === undefined && bestaandeNamen.includes(v.naam.trim())) found[nieuweRegelIds.naam] = t('budget.regel.naam.uniek');
  return found;
}

export function nieuweRegelBody(v: RegelVelden, locale: Locale): BudgetregelInvoer {
  const bedrag = leesBedrag(v.bedrag, locale, 0);
  return { soort: v.soort as BudgetregelSoort, naam: v.naam.trim(), bedragCent: 'cent' in bedrag ? bedrag.cent : 0 };
}

// ---- Wijziging voorstellen ----

export interface WijzigingVelden {
  regelId: string;
  soort: string;
  bedrag: string;
  toelichting: string;
}

export const wijzigingIds = { regelId: 'wz-regel', soort: 'wz-soort', bedragCent: 'wz-bedrag', toelichting: 'wz-toelichting' } as const;

export function validateWijziging(v: WijzigingVelden, locale: Locale, t: Translator): FieldErrors {
  const ids = wijzigingIds;
  const found: FieldErrors = {};
  if (v.regelId === '') found[ids.regelId] = t('budget.wijziging.regel.required');
  if (v.soort !== 'toekenning' && v.soort !== 'overschrijding') found[ids.soort] = t('budget.wijziging.soort.required');
  const bedrag = leesMutatie(v.bedrag, locale);
  if ('fout' in bedrag) found[ids.bedragCent] = t(bedrag.fout);
  const toelichting = v.toelichting.trim();
  if (toelichting === '') found[ids.toelichting] = t('budget.wijziging.toelichting.required');
  else if (toelichting.length > 2000) found[ids.toelichting] = t('form.tooLong', { max: 2000 });
  return found;
}

export function wijzigingBody(v: WijzigingVelden, locale: Locale): BudgetwijzigingInvoer {
  const bedrag = leesMutatie(v.bedrag, locale);
  return {
    regelId: v.regelId,
    soort: v.soort as BudgetwijzigingInvoer['soort'],
    bedragCent: 'cent' in bedrag ? bedrag.cent : 0,
    toelichting: v.toelichting.trim(),
  };
}

// ---- Declaratie ----

export interface DeclaratieRegelVelden {
  interventieId: string;
  bedrag: string;
}

export interface DeclaratieVelden {
  aanbiederId: string;
  factuurnummer: string;
  factuurdatum: string;
  periodeVan: string;
  periodeTot: string;
  iban: string;
  bic: string;
  bijlage: string;
  toelichting: string;
  bovenVerplichting: boolean;
  regels: DeclaratieRegelVelden[];
}

export const declaratieVeldIds = {
  aanbiederId: 'decl-aanbieder',
  factuurnummer: 'decl-factuurnummer',
  factuurdatum: 'decl-factuurdatum',
  periodeVan: 'decl-periode-van',
  periodeTot: 'decl-periode-tot',
  iban: 'decl-iban',
  bic: 'decl-bic',
  bijlage: 'decl-bijlage',
  toelichting: 'decl-toelichting',
  regels: 'decl-regels',
  bovenVerplichting: 'decl-boven',
} as const;

export function declaratieRegelIds(n: number): { interventieId: string; bedragCent: string } {
  return { interventieId: `decl-regel-${n}-interventie`, bedragCent: `decl-regel-${n}-bedrag` };
}

/** The server's names (iban, regels[0].bedragCent) as the form's field ids. */
export function declaratieVeldVoor(name: string): string | null {
  const regel = /^regels\[(\d+)\](?:\.(interventieId|bedragCent))?$/.exec(name);
  if (regel) {
    const ids = declaratieRegelIds(Number(regel[1]));
    return ids[(regel[2] ?? 'interventieId') as keyof typeof ids];
  }
  return (declaratieVeldIds as Record<string, string>)[name] ?? null;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateDeclaratie(v: DeclaratieVelden, locale: Locale, t: Translator, vandaag: Date = new Date()): FieldErrors {
  const ids = declaratieVeldIds;
  const found: FieldErrors = {};
  const today = localDateString(vandaag);
  if (v.aanbiederId === '') found[ids.aanbiederId] = t('declaratie.aanbieder.required');
  const nummer = v.factuurnummer.trim();
  if (nummer === '') found[ids.factuurnummer] = t('declaratie.factuurnummer.required');
  else if (!/^[A-Za-z0-9./_-]{1,35}$/.test(nummer)) found[ids.factuurnummer] = t('declaratie.factuurnummer.invalid');
  if (!isDate(v.factuurdatum)) found[ids.factuurdatum] = t('declaratie.factuurdatum.required');
  else if (v.factuurdatum > today) found[ids.factuurdatum] = t('declaratie.factuurdatum.toekomst');
  if (!isDate(v.periodeVan)) found[ids.periodeVan] = t('declaratie.periodeVan.required');
  if (!isDate(v.periodeTot)) found[ids.periodeTot] = t('declaratie.periodeTot.required');
  else if (isDate(v.periodeVan) && v.periodeTot < v.periodeVan) found[ids.periodeTot] = t('declaratie.periodeTot.order');
  if (v.iban.trim() === '') found[ids.iban] = t('geld.iban.required');
  else if (!ibanGeldig(v.iban)) found[ids.iban] = t('geld.iban.invalid');
  if (v.bic.trim() !== '' && !bicGeldig(v.bic)) found[ids.bic] = t('geld.bic.invalid');
  const bijlage = v.bijlage.trim();
  if (bijlage === '') found[ids.bijlage] = t('declaratie.bijlage.required');
  else if (bijlage.length > 500) found[ids.bijlage] = t('form.tooLong', { max: 500 });
  if (v.toelichting.trim().length > 2000) found[ids.toelichting] = t('form.tooLong', { max: 2000 });
  const gezien = new Set<string>();
  v.regels.forEach((r, n) => {
    const rids = declaratieRegelIds(n);
    const id = r.interventieId.trim().toLowerCase();
    if (id === '') found[rids.interventieId] = t('declaratie.regel.interventie.required');
    else if (!uuidPattern.test(id)) found[rids.interventieId] = t('declaratie.regel.interventie.invalid');
    else if (gezien.has(id)) found[rids.interventieId] = t('declaratie.regel.interventie.uniek');
    gezien.add(id);
    const bedrag = leesBedrag(r.bedrag, locale);
    if ('fout' in bedrag) found[rids.bedragCent] = t(bedrag.fout);
    else if (bedrag.cent === 0) found[rids.bedragCent] = t('declaratie.regel.bedrag.nul');
  });
  if (v.regels.length === 0 || v.regels.length > 100) found[ids.regels] = t('declaratie.regels.aantal');
  return found;
}

export function declaratieBody(v: DeclaratieVelden, locale: Locale): DeclaratieInvoer {
  const toelichting = v.toelichting.trim();
  const bic = normaliseerIban(v.bic);
  return {
    aanbiederId: v.aanbiederId,
    factuurnummer: v.factuurnummer.trim(),
    factuurdatum: v.factuurdatum,
    periodeVan: v.periodeVan,
    periodeTot: v.periodeTot,
    iban: normaliseerIban(v.iban),
    ...(bic !== '' ? { bic } : {}),
    bijlage: v.bijlage.trim(),
    bovenVerplichting: v.bovenVerplichting,
    ...(toelichting !== '' ? { toelichting } : {}),
    regels: v.regels.map((r) => {
      const bedrag = leesBedrag(r.bedrag, locale);
      return { interventieId: r.interventieId.trim().toLowerCase(), bedragCent: 'cent' in bedrag ? bedrag.cent : 0 };
    }),
  };
}

/** The sum of the amounts typed so far (rows that do not read yet count as 0). */
export function declaratieTotaal(regels: readonly DeclaratieRegelVelden[], locale: Locale): number {
  return regels.reduce((a, r) => {
    const bedrag = leesBedrag(r.bedrag, locale);
    return a + ('cent' in bedrag ? bedrag.cent : 0);
  }, 0);
}

// ---- Betaalronde ----

export interface BetaalrondeVelden {
  regioCode: string;
  uitvoeringsdatum: string;
  debiteurNaam: string;
  debiteurIban: string;
  debiteurBic: string;
}

export const betaalrondeVeldIds = {
  regioCode: 'br-regio',
  uitvoeringsdatum: 'br-datum',
  debiteurNaam: 'br-naam',
  debiteurIban: 'br-iban',
  debiteurBic: 'br-bic',
} as const;

export function validateBetaalronde(v: BetaalrondeVelden, t: Translator, vandaag: Date = new Date()): FieldErrors {
  const ids = betaalrondeVeldIds;
  const found: FieldErrors = {};
  const today = localDateString(vandaag);
  const laatste = addDays(today, 366) ?? today;
  if (!/^AM\d{2}$/.test(v.regioCode)) found[ids.regioCode] = t('betaalronde.regio.required');
  if (!isDate(v.uitvoeringsdatum)) found[ids.uitvoeringsdatum] = t('betaalronde.datum.required');
  else if (v.uitvoeringsdatum < today || v.uitvoeringsdatum > laatste) found[ids.uitvoeringsdatum] = t('betaalronde.datum.range');
  const naam = v.debiteurNaam.trim();
  if (naam === '') found[ids.debiteurNaam] = t('betaalronde.naam.required');
  else if (naam.length > 70) found[ids.debiteurNaam] = t('form.tooLong', { max: 70 });
  if (v.debiteurIban.trim() === '') found[ids.debiteurIban] = t('geld.iban.required');
  else if (!ibanGeldig(v.debiteurIban)) found[ids.debiteurIban] = t('geld.iban.invalid');
  if (v.debiteurBic.trim() !== '' && !bicGeldig(v.debiteurBic)) found[ids.debiteurBic] = t('geld.bic.invalid');
  return found;
}

export function betaalrondeBody(v: BetaalrondeVelden): BetaalrondeInvoer {
  const bic = normaliseerIban(v.debiteurBic);
  return {
    regioCode: v.regioCode,
    uitvoeringsdatum: v.uitvoeringsdatum,
    debiteurNaam: v.debiteurNaam.trim(),
    debiteurIban: normaliseerIban(v.debiteurIban),
    ...(bic !== '' ? { debiteurBic: bic } : {}),
  };
}

// ---- Reasons (afwijzen, correctie) ----

export function validateReden(reden: string, verplicht: boolean, t: Translator): string {
  const r = reden.trim();
  if (verplicht && r === '') return t('geld.reden.required');
  if (r.length > 2000) return t('form.tooLong', { max: 2000 });
  return '';
}
