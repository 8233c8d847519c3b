import type { Translator } from '../api/problem';
import type {
  Interventie,
  InterventieInvoer,
  InterventieNieuw,
  InterventieStatus,
  Regievoerder,
  Statuswijziging,
  Traject,
  TrajectInvoer,
  TrajectStatus,
} from '../api/trajecten';
import { formatEuro, parseEuro } from '../euro';
import type { Locale, MessageKey } from '../i18n/translate';
import { isDate } from './dates';
import { euroFoutKey } from './dienst';
import type { FieldErrors } from './errors';

// Browser-side rules of the traject forms, mirroring the API's (domain/traject.hpp,
// interventie.hpp) so the user gets every message at once; the server checks again.

/** The states of a traject, in the order of the work. */
export const trajectStatussen: readonly TrajectStatus[] = ['aangemeld', 'intake', 'actief', 'afgesloten'];

/** A step the user can take from a status: to intake, to actief, closing (with a resultaat), reopening (with a reden). */
export type TrajectActie = 'intake' | 'actief' | 'afsluiten' | 'heropenen';

/** The steps offered for a status (the status machine of domain/traject.cpp). */
export function statusActies(status: string): TrajectActie[] {
  switch (status) {
    case 'aangemeld':
      return ['intake', 'afsluiten'];
    case 'intake':
      return ['actief', 'afsluiten'];
    case 'actief':
      return ['afsluiten'];
    case 'afgesloten':
      return ['heropenen'];
    default:
      return [];
  }
}

/** Outcomes with work: contractvorm and uren belong to them. */
export function uitkomstMetWerk(uitkomst: string): boolean {
  return uitkomst === 'werk_gevonden' || uitkomst === 'van_werk_naar_werk' || uitkomst === 'werk_behouden';
}

/** Outcomes for which contractvorm and uren are required (werk behouden: optional). */
export function werkVerplicht(uitkomst: string): boolean {
  return uitkomst === 'werk_gevonden' || uitkomst === 'van_werk_naar_werk';
}

/** "" → null; a whole number of hours 1..60, or undefined when invalid. */
export function parseUren(value: string): number | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  if (!/^\d{1,2}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= 60 ? n : undefined;
}

/** Whether the user's organisation may see a gegevenscategorie: `zichtbaar` null means everything. */
export function magZien(zichtbaar: readonly string[] | null | undefined, categorie: string): boolean {
  return zichtbaar === null || zichtbaar === undefined || zichtbaar.includes(categorie);
}

// ---- A new traject ----

export interface TrajectVelden {
  soort: 'persoon' | 'werkgever';
  categorie: string;
  klantvraag: string;
  doelen: string;
  regievoerderId: string;
  startdatum: string;
  werkgeverTrajectId: string;
}

export const trajectVeldIds = {
  categorie: 'tr-categorie',
  klantvraag: 'tr-klantvraag',
  doelen: 'tr-doelen',
  regievoerderId: 'tr-regievoerder',
  startdatum: 'tr-startdatum',
  werkgeverTrajectId: 'tr-werkgevertraject',
} as const;

/** The API's limit for klantvraag and doelen (in UTF-8 bytes; characters is close enough here). */
export const maxKlantvraag = 4000;

export type TrajectVeldIds = Record<keyof typeof trajectVeldIds, string>;

/** `vijfJaarTerug`: the earliest startdatum the API accepts; `ids`: those of the form. */
export function validateTraject(
  v: TrajectVelden,
  vandaag: string,
  vijfJaarTerug: string,
  t: Translator,
  ids: TrajectVeldIds = trajectVeldIds,
): FieldErrors {
  const found: FieldErrors = {};
  if (v.categorie === '') found[ids.categorie] = t(v.soort === 'werkgever' ? 'traject.personeelsvraag.required' : 'traject.categorie.required');
  const vraag = v.klantvraag.trim();
  if (vraag === '') found[ids.klantvraag] = t('traject.klantvraag.required');
  else if (vraag.length > maxKlantvraag) found[ids.klantvraag] = t('form.tooLong', { max: maxKlantvraag });
  if (v.doelen.trim().length > maxKlantvraag) found[ids.doelen] = t('form.tooLong', { max: maxKlantvraag });
  if (v.regievoerderId === '') found[ids.regievoerderId] = t('traject.regievoerder.required');
  if (v.startdatum !== '') {
    if (!isDate(v.startdatum)) found[ids.startdatum] = t('form.date.invalid');
    else if (v.startdatum > vandaag || v.startdatum < vijfJaarTerug) found[ids.startdatum] = t('traject.startdatum.range');
  }
  return found;
}

/** The POST body: the klant or werkgever, optionally the aanmelding it came from. */
export function trajectBody(
  v: TrajectVelden,
  voor: { klantId?: string | null; werkgeverId?: string | null; aanmeldingId?: string | null },
): TrajectInvoer {
  const doelen = v.doelen.trim();
  return {
    ...(voor.klantId ? { klantId: voor.klantId } : {}),
    ...(voor.werkgeverId ? { werkgeverId: voor.werkgeverId } : {}),
    ...(voor.aanmeldingId ? { aanmeldingId: voor.aanmeldingId } : {}),
    ...(v.werkgeverTrajectId && v.soort === 'persoon' ? { werkgeverTrajectId: v.werkgeverTrajectId } : {}),
    categorie: v.categorie,
    klantvraag: v.klantvraag.trim(),
    ...(doelen !== '' ? { doelen } : {}),
    regievoerderId: v.regievoerderId,
    ...(v.startdatum !== '' ? { startdatum: v.startdatum } : {}),
  };
}

/**
 * The regievoerders as choices, labelled with their organisation ("Ahmed Advies (Werkcentrum
 * Midden-Utrecht)") and sorted by organisation, then name.
 */
export function regievoerderOpties(
  regievoerders: readonly Regievoerder[],
  organisaties: readonly { id: string; naam: string }[],
): { value: string; label: string }[] {
  const orgNaam = (id: string) => organisaties.find((o) => o.id === id)?.naam ?? '';
  return [...regievoerders]
    .map((r) => ({ r, org: orgNaam(r.organisatieId) }))
    .sort((a, b) => a.org.localeCompare(b.org, 'nl') || a.r.naam.localeCompare(b.r.naam, 'nl'))
    .map(({ r, org }) => ({ value: r.id, label: org ? `${r.naam} (${org})` : r.naam }));
}

// ---- Changing a traject ----

export const trajectWijzigVeldIds: TrajectVeldIds = {
  categorie: 'tw-categorie',
  klantvraag: 'tw-klantvraag',
  doelen: 'tw-doelen',
  regievoerderId: 'tw-regievoerder',
  startdatum: 'tw-startdatum',
  werkgeverTrajectId: 'tw-werkgevertraject',
};

type Wijzigbaar = Pick<Traject, 'soort' | 'klantId' | 'werkgeverId' | 'werkgeverTrajectId' | 'categorie' | 'klantvraag' | 'doelen' | 'regievoerderId'>;

/** The change form filled with the traject as it is; the startdatum and the link stay. */
export function wijzigVelden(t: Wijzigbaar): TrajectVelden {
  return {
    soort: t.soort,
    categorie: t.categorie,
    klantvraag: t.klantvraag ?? '',
    doelen: t.doelen ?? '',
    regievoerderId: t.regievoerderId,
    startdatum: '',
    werkgeverTrajectId: t.werkgeverTrajectId ?? '',
  };
}

/** The PUT body: the klant or werkgever and the werkgeverstraject unchanged, no startdatum. */
export function wijzigBody(t: Wijzigbaar, v: TrajectVelden): TrajectInvoer {
  return trajectBody(
    { ...v, soort: t.soort, startdatum: '', werkgeverTrajectId: t.werkgeverTrajectId ?? '' },
    { klantId: t.klantId, werkgeverId: t.werkgeverId },
  );
}

// ---- Closing and reopening ----

export interface AfsluitVelden {
  uitkomst: string;
  datum: string;
  contractvorm: string;
  uren: string;
  toelichting: string;
}

export const afsluitVeldIds = {
  uitkomst: 'afs-uitkomst',
  datum: 'afs-datum',
  contractvorm: 'afs-contractvorm',
  urenPerWeek: 'afs-uren',
  toelichting: 'afs-toelichting',
} as const;

/** `startdatum`: the resultaat is not dated before the traject began. */
export function validateAfsluiten(v: AfsluitVelden, vandaag: string, startdatum: string, t: Translator): FieldErrors {
  const ids = afsluitVeldIds;
  const found: FieldErrors = {};
  if (v.uitkomst === '') found[ids.uitkomst] = t('traject.uitkomst.required');
  if (v.datum === '') found[ids.datum] = t('traject.resultaatdatum.required');
  else if (!isDate(v.datum)) found[ids.datum] = t('form.date.invalid');
  else if (v.datum > vandaag) found[ids.datum] = t('traject.resultaatdatum.future');
  else if (startdatum !== '' && v.datum < startdatum) found[ids.datum] = t('traject.resultaatdatum.voorStart');
  if (werkVerplicht(v.uitkomst) && v.contractvorm === '') found[ids.contractvorm] = t('traject.contractvorm.required');
  if (uitkomstMetWerk(v.uitkomst)) {
    const uren = parseUren(v.uren);
    if (uren === undefined) found[ids.urenPerWeek] = t('traject.uren.invalid');
    else if (uren === null && werkVerplicht(v.uitkomst)) found[ids.urenPerWeek] = t('traject.uren.required');
  }
  if (v.toelichting.trim().length > 2000) found[ids.toelichting] = t('form.tooLong', { max: 2000 });
  return found;
}

/** The status change that closes a traject; contractvorm and uren only for an outcome with work. */
export function afsluitBody(v: AfsluitVelden): Statuswijziging {
  const werk = uitkomstMetWerk(v.uitkomst);
  const uren = werk ? parseUren(v.uren) : null;
  const toelichting = v.toelichting.trim();
  return {
    status: 'afgesloten',
    resultaat: {
      uitkomst: v.uitkomst,
      datum: v.datum,
      ...(werk && v.contractvorm !== '' ? { contractvorm: v.contractvorm } : {}),
      ...(typeof uren === 'number' ? { urenPerWeek: uren } : {}),
      ...(toelichting !== '' ? { toelichting } : {}),
    },
  };
}

export function validateHeropenen(reden: string, t: Translator): FieldErrors {
  const tekst = reden.trim();
  if (tekst === '') return { 'her-reden': t('traject.heropenen.reden.required') };
  if (tekst.length > 2000) return { 'her-reden': t('form.tooLong', { max: 2000 }) };
  return {};
}

// ---- Notes ----

export function validateNotitie(tekst: string, t: Translator): FieldErrors {
  const s = tekst.trim();
  if (s === '') return { 'not-tekst': t('notitie.tekst.required') };
  if (s.length > 4000) return { 'not-tekst': t('form.tooLong', { max: 4000 }) };
  return {};
}

// ---- Interventies ----

/** The steps offered for an interventie (domain/interventie.cpp): a finished one has none. */
export function interventieStappen(status: string): InterventieStatus[] {
  if (status === 'gepland') return ['gestart', 'afgebroken'];
  if (status === 'gestart') return ['afgerond', 'afgebroken'];
  return [];
}

export interface PlanVelden {
  dienstId: string;
  geplandBegin: string;
  geplandEinde: string;
  /** Empty: the dienst's standard cost. */
  kosten: string;
}

export const planVeldIds = {
  dienstId: 'int-dienst',
  geplandBegin: 'int-begin',
  geplandEinde: 'int-einde',
  kostenCent: 'int-kosten',
} as const;

export function validatePlanning(v: PlanVelden, locale: Locale, t: Translator): FieldErrors {
  const found = validateDatumsEnKosten(v, locale, t, planVeldIds);
  if (v.dienstId === '') found[planVeldIds.dienstId] = t('interventie.dienst.required');
  return found;
}

/** The planned dates (both required, in order) and an optional amount: planning, and changing it. */
function validateDatumsEnKosten(
  v: Omit<PlanVelden, 'dienstId'>,
  locale: Locale,
  t: Translator,
  ids: { geplandBegin: string; geplandEinde: string; kostenCent: string },
): FieldErrors {
  const found: FieldErrors = {};
  if (v.geplandBegin === '') found[ids.geplandBegin] = t('interventie.begin.required');
  else if (!isDate(v.geplandBegin)) found[ids.geplandBegin] = t('form.date.invalid');
  if (v.geplandEinde === '') found[ids.geplandEinde] = t('interventie.einde.required');
  else if (!isDate(v.geplandEinde)) found[ids.geplandEinde] = t('form.date.invalid');
  else if (isDate(v.geplandBegin) && v.geplandEinde < v.geplandBegin) found[ids.geplandEinde] = t('interventie.einde.order');
  if (v.kosten.trim() !== '') {
    const bedrag = parseEuro(v.kosten, locale);
    if (!bedrag.ok) found[ids.kostenCent] = t(euroFoutKey[bedrag.fout]);
  }
  return found;
}

export function planningBody(v: PlanVelden, locale: Locale): InterventieNieuw {
  const bedrag = v.kosten.trim() === '' ? null : parseEuro(v.kosten, locale);
  return {
    dienstId: v.dienstId,
    geplandBegin: v.geplandBegin,
    geplandEinde: v.geplandEinde,
    ...(bedrag?.ok ? { kostenCent: bedrag.cent } : {}),
  };
}

/**
 * The diensten as choices for planning: open ones selectable, with their cost and any maximum per
 * klant; paused and closed ones shown but disabled with their state, so nobody wonders where a
 * known service went.
 */
export function dienstOpties(
  diensten: readonly { id: string; naam: string; status: string; standaardkostenCent: number; maxPerKlant?: number | null }[],
  locale: Locale,
  statusTekst: (status: string) => string,
  maxTekst: (max: number) => string,
): { value: string; label: string; disabled?: boolean }[] {
  return [...diensten]
    .sort((a, b) => Number(a.status !== 'open') - Number(b.status !== 'open') || a.naam.localeCompare(b.naam, 'nl'))
    .map((d) =>
      d.status === 'open'
        ? {
            value: d.id,
            label: `${d.naam} (€ ${formatEuro(d.standaardkostenCent, locale)}${d.maxPerKlant ? `; ${maxTekst(d.maxPerKlant)}` : ''})`,
          }
        : { value: d.id, label: `${d.naam} (${statusTekst(d.status)})`, disabled: true },
    );
}

/** What the step form offers: a next status, or changing the planning (dates and cost). */
export type Stap = InterventieStatus | 'planning';

/**
 * Why a planned interventie cannot start yet, or null: one with a cost starts only once the
 * coordinator approved its verplichting (the server refuses the start before that).
 */
export function startBlokkade(i: Interventie): { key: MessageKey; reden: string } | null {
  if (i.status !== 'gepland' || i.kostenCent <= 0 || i.verplichting?.status === 'goedgekeurd') return null;
  if (i.verplichting?.status === 'afgewezen') return { key: 'interventie.start.afgewezen', reden: i.verplichting.reden ?? '' };
  return { key: 'interventie.start.wacht', reden: '' };
}

/** A planned or running interventie's planning (dates and agreed cost) can still change. */
export function interventieStapOpties(status: string): Stap[] {
  const stappen: Stap[] = interventieStappen(status);
  return stappen.length > 0 ? [...stappen, 'planning'] : [];
}

export interface StapVelden {
  datum: string;
  resultaat: string;
  reden: string;
  toelichting: string;
  /** For 'planning': the new planned dates and cost (empty: the cost stays). */
  geplandBegin: string;
  geplandEinde: string;
  kosten: string;
}

/** The step form's fields as they start: the planning as it is. */
export function stapVelden(i: Interventie, vandaag: string, locale: Locale): StapVelden {
  return {
    datum: vandaag,
    resultaat: '',
    reden: '',
    toelichting: '',
    geplandBegin: i.geplandBegin,
    geplandEinde: i.geplandEinde,
    kosten: i.kostenCent === null || i.kostenCent === undefined ? '' : formatEuro(i.kostenCent, locale),
  };
}

/** Field ids of the step form of interventie `id` (unique on the page). */
export function stapVeldIds(id: string) {
  return {
    status: `stap-${id}-actie`,
    werkelijkBegin: `stap-${id}-begin`,
    werkelijkEinde: `stap-${id}-einde`,
    resultaat: `stap-${id}-resultaat`,
    reden: `stap-${id}-reden`,
    toelichting: `stap-${id}-toelichting`,
    geplandBegin: `stap-${id}-gepland-begin`,
    geplandEinde: `stap-${id}-gepland-einde`,
    kostenCent: `stap-${id}-kosten`,
  };
}

/** Which date the step asks: the start for gestart, the end for afgerond and afgebroken-after-start. */
export function stapDatumVeld(huidig: string, stap: string): 'werkelijkBegin' | 'werkelijkEinde' | null {
  if (stap === 'gestart') return 'werkelijkBegin';
  if (stap === 'afgerond') return 'werkelijkEinde';
  if (stap === 'afgebroken' && huidig === 'gestart') return 'werkelijkEinde';
  return null;
}

export function validateStap(
  i: Interventie,
  stap: string,
  v: StapVelden,
  vandaag: string,
  locale: Locale,
  t: Translator,
): FieldErrors {
  const ids = stapVeldIds(i.id);
  const found: FieldErrors = {};
  if (!interventieStapOpties(i.status).includes(stap as Stap)) {
    found[ids.status] = t('interventie.stap.required');
    return found;
  }
  if (stap === 'planning') {
    Object.assign(found, validateDatumsEnKosten(v, locale, t, ids));
  }
  const veld = stapDatumVeld(i.status, stap);
  if (veld !== null) {
    const id = ids[veld];
    if (v.datum === '') found[id] = t('interventie.datum.required');
    else if (!isDate(v.datum)) found[id] = t('form.date.invalid');
    else if (v.datum > vandaag) found[id] = t('interventie.datum.future');
    else if (veld === 'werkelijkEinde' && i.werkelijkBegin && v.datum < i.werkelijkBegin) found[id] = t('interventie.datum.voorBegin');
  }
  if (stap === 'afgerond' && v.resultaat === '') found[ids.resultaat] = t('interventie.resultaat.required');
  if (stap === 'afgebroken') {
    if (v.reden.trim() === '') found[ids.reden] = t('interventie.reden.required');
    else if (v.reden.trim().length > 2000) found[ids.reden] = t('form.tooLong', { max: 2000 });
  }
  if (v.toelichting.trim().length > 4000) found[ids.toelichting] = t('form.tooLong', { max: 4000 });
  return found;
}

/**
 * The PUT body of a step: the interventie as it is, with the new status and what that status
 * needs; for 'planning' the same status with the new dates and cost.
 */
export function stapBody(i: Interventie, stap: Stap, v: StapVelden, locale: Locale): InterventieInvoer {
  const toelichting = v.toelichting.trim() || i.toelichting || '';
  if (stap === 'planning') {
    const bedrag = v.kosten.trim() === '' ? null : parseEuro(v.kosten, locale);
    return {
      geplandBegin: v.geplandBegin,
      geplandEinde: v.geplandEinde,
      kostenCent: bedrag?.ok ? bedrag.cent : i.kostenCent,
      status: i.status,
      ...(i.werkelijkBegin ? { werkelijkBegin: i.werkelijkBegin } : {}),
      ...(toelichting !== '' ? { toelichting } : {}),
    };
  }
  const veld = stapDatumVeld(i.status, stap);
  const begin = veld === 'werkelijkBegin' ? v.datum : (i.werkelijkBegin ?? null);
  const einde = veld === 'werkelijkEinde' ? v.datum : null;
  return {
    geplandBegin: i.geplandBegin,
    geplandEinde: i.geplandEinde,
    kostenCent: i.kostenCent,
    status: stap,
    ...(begin ? { werkelijkBegin: begin } : {}),
    ...(einde ? { werkelijkEinde: einde } : {}),
    ...(stap === 'afgerond' ? { resultaat: v.resultaat } : {}),
    ...(stap === 'afgebroken' ? { reden: v.reden.trim() } : {}),
    ...(toelichting !== '' ? { toelichting } : {}),
  };
}
