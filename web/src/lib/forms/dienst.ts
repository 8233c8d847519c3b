import type { Translator } from '../api/problem';
import type { DienstStatus } from '../api/diensten';
import { parseEuro, type EuroFout } from '../euro';
import type { Locale, MessageKey } from '../i18n/translate';
import type { FieldErrors } from './errors';

// Checks in the browser for the dienst form, mirroring the API's rules (DienstInvoer), so the
// coordinator gets every message at once. The server checks again.

/** The states of a dienst, in the order of the API. */
export const dienstStatussen: readonly DienstStatus[] = ['open', 'gepauzeerd', 'gesloten'];

const statusKeys: Record<DienstStatus, MessageKey> = {
  open: 'dienst.status.open',
  gepauzeerd: 'dienst.status.gepauzeerd',
  gesloten: 'dienst.status.gesloten',
};

/** The label key of a status; a status this UI does not know yet shows as "Onbekend". */
export function dienstStatusLabel(status: string): MessageKey {
  return statusKeys[status as DienstStatus] ?? 'dienst.status.onbekend';
}

export const euroFoutKey: Record<EuroFout, MessageKey> = {
  empty: 'dienst.kosten.required',
  invalid: 'dienst.kosten.invalid',
  decimals: 'dienst.kosten.decimals',
  negative: 'dienst.kosten.negative',
  tooLarge: 'dienst.kosten.tooLarge',
};

/** "" → null (no maximum); otherwise a whole number 1..1000, or undefined when invalid. */
export function parseMaxPerKlant(value: string): number | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  if (!/^\d{1,4}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= 1000 ? n : undefined;
}

export interface DienstVelden {
  regioCode: string;
  naam: string;
  type: string;
  omschrijving: string;
  aanbiederId: string;
  kosten: string;
  status: string;
  maxPerKlant: string;
}

/** The ids of the form's fields, in page order (the error summary follows it). */
export const dienstVeldIds = {
  regioCode: 'dienst-regio',
  naam: 'dienst-naam',
  type: 'dienst-type',
  omschrijving: 'dienst-omschrijving',
  aanbiederId: 'dienst-aanbieder',
  standaardkostenCent: 'dienst-kosten',
  status: 'dienst-status',
  maxPerKlant: 'dienst-max',
} as const;

/** Errors of the dienst form, keyed by field id (dienst-…). */
export function validateDienst(v: DienstVelden, t: Translator, locale: Locale): FieldErrors {
  const found: FieldErrors = {};
  const ids = dienstVeldIds;
  if (!/^AM\d{2}$/.test(v.regioCode)) found[ids.regioCode] = t('dienst.regio.required');
  const naam = v.naam.trim();
  if (naam === '') found[ids.naam] = t('dienst.naam.required');
  else if (naam.length > 200) found[ids.naam] = t('form.tooLong', { max: 200 });
  if (v.type === '') found[ids.type] = t('dienst.type.required');
  if (v.omschrijving.trim().length > 4000) found[ids.omschrijving] = t('form.tooLong', { max: 4000 });
  if (v.aanbiederId === '') found[ids.aanbiederId] = t('dienst.aanbieder.required');
  const kosten = parseEuro(v.kosten, locale);
  if (!kosten.ok) found[ids.standaardkostenCent] = t(euroFoutKey[kosten.fout]);
  if (!(dienstStatussen as readonly string[]).includes(v.status)) found[ids.status] = t('dienst.status.required');
  if (parseMaxPerKlant(v.maxPerKlant) === undefined) found[ids.maxPerKlant] = t('dienst.max.invalid');
  return found;
}

/** The organisations a dienst of this regio can have as aanbieder, by name: active and working there. */
export function aanbiederOpties(
  organisaties: readonly { id: string; naam: string; regioCodes: readonly string[]; actief?: boolean }[],
  regioCode: string,
  huidigId: string | null,
  inactiefLabel: (naam: string) => string,
): { value: string; label: string }[] {
  const passend = organisaties
    .filter((o) => o.actief !== false && o.regioCodes.includes(regioCode))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
    .map((o) => ({ value: o.id, label: o.naam }));
  // The current aanbieder stays visible (marked) when it stopped being active or left the regio.
  if (huidigId !== null && !passend.some((o) => o.value === huidigId)) {
    const huidig = organisaties.find((o) => o.id === huidigId);
    if (huidig) passend.push({ value: huidig.id, label: inactiefLabel(huidig.naam) });
  }
  return passend;
}
