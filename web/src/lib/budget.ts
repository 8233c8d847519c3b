import type { Betaalpost, Budget, Declaratie, Mutatie, Prognose, Saldo } from './api/budget';
import { formatBedrag } from './euro';
import type { Locale } from './i18n/translate';

// Pure helpers for the budget pages: the figures of the chart and its table twin, the one
// sentence that says what the chart shows, the forecast, and the ledger's cursor paging.
// Money stays in whole cents; only the chart's bar lengths become (inexact) euros.

/** The three measures the chart compares per budgetregel, in this order. */
export const grafiekRubrieken = ['toegekend', 'verplicht', 'betaald'] as const;
export type GrafiekRubriek = (typeof grafiekRubrieken)[number];

/** A regel as the chart needs it: its name and its saldo. */
export interface GrafiekRegel {
  naam: string;
  saldo: Saldo;
}

/** One bar of the chart: a regel, a measure and its amount in cents. */
export interface GrafiekRij {
  regel: string;
  rubriek: GrafiekRubriek;
  cent: number;
}

export function rubriekCent(saldo: Saldo, rubriek: GrafiekRubriek): number {
  if (rubriek === 'toegekend') return saldo.toegekendCent;
  if (rubriek === 'verplicht') return saldo.verplichtCent;
  return saldo.betaaldCent;
}

/** The bars of the chart, regel by regel (in the budget's order), each with the three measures. */
export function grafiekRijen(regels: readonly GrafiekRegel[]): GrafiekRij[] {
  return regels.flatMap((r) => grafiekRubrieken.map((rubriek) => ({ regel: r.naam, rubriek, cent: rubriekCent(r.saldo, rubriek) })));
}

/** The sum of the saldi of the regels (the budget's `totaal` says the same; this is for parts). */
export function somSaldo(saldi: readonly Saldo[]): Saldo {
  const zero: Saldo = {
    toegekendCent: 0,
    verplichtCent: 0,
    verplichtOpenCent: 0,
    gedeclareerdCent: 0,
    betaaldCent: 0,
    beschikbaarCent: 0,
    overschrijdingCent: 0,
  };
  return saldi.reduce(
    (a, s) => ({
      toegekendCent: a.toegekendCent + s.toegekendCent,
      verplichtCent: a.verplichtCent + s.verplichtCent,
      verplichtOpenCent: a.verplichtOpenCent + s.verplichtOpenCent,
      gedeclareerdCent: a.gedeclareerdCent + s.gedeclareerdCent,
      betaaldCent: a.betaaldCent + s.betaaldCent,
      beschikbaarCent: a.beschikbaarCent + s.beschikbaarCent,
      overschrijdingCent: a.overschrijdingCent + s.overschrijdingCent,
    }),
    zero,
  );
}

/** A whole percentage of `deel` in `geheel` (0 when there is nothing), computed without floats drifting. */
export function procent(deel: number, geheel: number): number {
  if (geheel <= 0) return 0;
  return Math.round((deel * 100) / geheel);
}

/** The facts of the one-sentence summary of the chart. */
export interface GrafiekSamenvatting {
  toegekend: string;
  verplicht: string;
  betaald: string;
  procentVerplicht: number;
  procentBetaald: number;
  /** The regel with the least room left (beschikbaar), or null without regels. */
  krapsteRegel: string | null;
  krapsteBeschikbaar: string;
}

export function grafiekSamenvatting(regels: readonly GrafiekRegel[], totaal: Saldo, locale: Locale): GrafiekSamenvatting {
  let krapste: GrafiekRegel | null = null;
  for (const r of regels) {
    if (krapste === null || r.saldo.beschikbaarCent < krapste.saldo.beschikbaarCent) krapste = r;
  }
  return {
    toegekend: formatBedrag(totaal.toegekendCent, locale),
    verplicht: formatBedrag(totaal.verplichtCent, locale),
    betaald: formatBedrag(totaal.betaaldCent, locale),
    procentVerplicht: procent(totaal.verplichtCent, totaal.toegekendCent),
    procentBetaald: procent(totaal.betaaldCent, totaal.toegekendCent),
    krapsteRegel: krapste?.naam ?? null,
    krapsteBeschikbaar: krapste ? formatBedrag(krapste.saldo.beschikbaarCent, locale) : '',
  };
}

/** A short amount for a bar label: whole euros, rounded half up ("€ 750.000", "€1,235"). */
export function formatBedragRond(cent: number, locale: Locale = 'nl'): string {
  const sign = cent < 0 ? '-' : '';
  const euros = Math.floor((Math.abs(cent) + 50) / 100);
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'en' ? ',' : '.');
  return locale === 'en' ? `${sign}€${grouped}` : `${sign}€ ${grouped}`;
}

/** Whether the saldo goes below zero (into the permitted overschrijding). */
export function inOverschrijding(saldo: Saldo): boolean {
  return saldo.beschikbaarCent < 0;
}

/** How the forecast reads: no pace yet, runs out before the year's end, or lasts the year. */
export type PrognoseSoort = 'geenTempo' | 'voorJaareinde' | 'naJaareinde';

export function prognoseSoort(prognose: Prognose, jaar: number): PrognoseSoort {
  if (!prognose.uitgeputOp) return 'geenTempo';
  return prognose.uitgeputOp <= `${jaar}-12-31` ? 'voorJaareinde' : 'naJaareinde';
}

// ---- The ledger, cursor by cursor ----

export const mutatiesPerPagina = 50;

/** Adds a page of the ledger to what is shown, each volgnummer once, in order. */
export function voegMutatiesToe(bestaand: readonly Mutatie[], nieuw: readonly Mutatie[]): Mutatie[] {
  const gezien = new Set(bestaand.map((m) => m.volgnummer));
  return [...bestaand, ...nieuw.filter((m) => !gezien.has(m.volgnummer))].sort((a, b) => a.volgnummer - b.volgnummer);
}

// ---- The kassier's queues ----

/** Approved declaraties that are in no betaalronde yet: the next run takes them. */
export function wachtOpBetaalronde(declaraties: readonly Declaratie[]): Declaratie[] {
  return declaraties.filter((d) => d.status === 'goedgekeurd' && !d.betaalrondeId);
}

export function somPosten(posten: readonly Betaalpost[]): number {
  return posten.reduce((a, p) => a + p.bedragCent, 0);
}

/** Budgets by year, newest first, then by regio. */
export function sorteerBudgetten<T extends Pick<Budget, 'jaar' | 'regioCode'>>(budgetten: readonly T[]): T[] {
  return [...budgetten].sort((a, b) => b.jaar - a.jaar || a.regioCode.localeCompare(b.regioCode));
}

/** "regel (jaar regio)" for a proposal in the kassier's queue, from the budgets the user can read. */
export function regelVanWijziging(
  budgetten: readonly Budget[],
  budgetId: string,
  regelId: string,
): { budget: Budget; regelNaam: string } | null {
  const budget = budgetten.find((b) => b.id === budgetId);
  if (!budget) return null;
  const regel = budget.regels.find((r) => r.id === regelId);
  return { budget, regelNaam: regel?.naam ?? '–' };
}
