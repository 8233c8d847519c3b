import type { Translator } from '../api/problem';
import type { Doorverwijzing, DoorverwijzingStatus, Toestemming, ToestemmingInvoer } from '../api/doorverwijzingen';
import { isDate } from './dates';
import type { FieldErrors } from './errors';

// Browser-side rules of toestemmingen and doorverwijzingen (domain/doorverwijzing.hpp); the
// server checks again.

/** How the klant's consent was recorded, in the order of the API. */
export const vastgelegdViaOpties = ['mondeling', 'schriftelijk', 'digitaal'] as const;

export interface ToestemmingVelden {
  organisatieId: string;
  scope: string[];
  geldigTot: string;
  vastgelegdVia: string;
  toelichting: string;
}

export const toestemmingVeldIds = {
  organisatieId: 'toe-organisatie',
  scope: 'toe-scope',
  geldigTot: 'toe-geldig',
  vastgelegdVia: 'toe-via',
  toelichting: 'toe-toelichting',
} as const;

/** `uiterlijk`: two years from today, the longest a toestemming may hold. */
export function validateToestemming(v: ToestemmingVelden, vandaag: string, uiterlijk: string, t: Translator): FieldErrors {
  const ids = toestemmingVeldIds;
  const found: FieldErrors = {};
  if (v.organisatieId === '') found[ids.organisatieId] = t('toestemming.organisatie.required');
  if (v.scope.length === 0) found[ids.scope] = t('toestemming.scope.required');
  if (v.geldigTot === '') found[ids.geldigTot] = t('toestemming.geldigTot.required');
  else if (!isDate(v.geldigTot)) found[ids.geldigTot] = t('form.date.invalid');
  else if (v.geldigTot < vandaag || v.geldigTot > uiterlijk) found[ids.geldigTot] = t('toestemming.geldigTot.range');
  if (!(vastgelegdViaOpties as readonly string[]).includes(v.vastgelegdVia)) found[ids.vastgelegdVia] = t('toestemming.via.required');
  if (v.toelichting.trim().length > 2000) found[ids.toelichting] = t('form.tooLong', { max: 2000 });
  return found;
}

/** The POST body; the scope in the order of the code list, each category once. */
export function toestemmingBody(v: ToestemmingVelden, volgorde: readonly string[]): ToestemmingInvoer {
  const toelichting = v.toelichting.trim();
  const scope = [...new Set(v.scope)].sort((a, b) => volgorde.indexOf(a) - volgorde.indexOf(b));
  return {
    organisatieId: v.organisatieId,
    scope,
    geldigTot: v.geldigTot,
    vastgelegdVia: v.vastgelegdVia as ToestemmingInvoer['vastgelegdVia'],
    ...(toelichting !== '' ? { toelichting } : {}),
  };
}

/** The state of a toestemming in words: geldig, ingetrokken or verlopen. */
export function toestemmingStaat(t: Pick<Toestemming, 'geldig' | 'ingetrokkenOp'>): 'geldig' | 'ingetrokken' | 'verlopen' {
  if (t.ingetrokkenOp) return 'ingetrokken';
  return t.geldig ? 'geldig' : 'verlopen';
}

/** Valid toestemmingen per organisation: where a referral can go. */
export function geldigeToestemmingen(toestemmingen: readonly Toestemming[], organisatieId?: string): Toestemming[] {
  return toestemmingen.filter((t) => t.geldig && !t.ingetrokkenOp && (organisatieId === undefined || t.organisatieId === organisatieId));
}

export interface VerwijsVelden {
  naarOrganisatieId: string;
  toestemmingId: string;
  vraag: string;
}

export const verwijsVeldIds = {
  naarOrganisatieId: 'dv-organisatie',
  toestemmingId: 'dv-toestemming',
  vraag: 'dv-vraag',
} as const;

export function validateVerwijzing(v: VerwijsVelden, t: Translator): FieldErrors {
  const ids = verwijsVeldIds;
  const found: FieldErrors = {};
  if (v.naarOrganisatieId === '') found[ids.naarOrganisatieId] = t('doorverwijzing.organisatie.required');
  if (v.toestemmingId === '') found[ids.toestemmingId] = t('doorverwijzing.toestemming.required');
  const vraag = v.vraag.trim();
  if (vraag === '') found[ids.vraag] = t('doorverwijzing.vraag.required');
  else if (vraag.length > 4000) found[ids.vraag] = t('form.tooLong', { max: 4000 });
  return found;
}

/** Which side of a referral the user's organisation is on. */
export function partij(d: Pick<Doorverwijzing, 'naarOrganisatieId' | 'vanOrganisatieId'>, organisatieId: string | null | undefined): 'ontvanger' | 'afzender' | null {
  if (!organisatieId) return null;
  if (d.naarOrganisatieId === organisatieId) return 'ontvanger';
  if (d.vanOrganisatieId === organisatieId) return 'afzender';
  return null;
}

/** The steps a side may take (domain/doorverwijzing.cpp): the receiver answers and finishes, the sender withdraws. */
export function doorverwijzingStappen(status: string, kant: 'ontvanger' | 'afzender' | null): DoorverwijzingStatus[] {
  if (kant === 'ontvanger') {
    if (status === 'verstuurd') return ['geaccepteerd', 'afgewezen'];
    if (status === 'geaccepteerd') return ['afgerond'];
  }
  if (kant === 'afzender' && (status === 'verstuurd' || status === 'geaccepteerd')) return ['ingetrokken'];
  return [];
}

/** Whether the traject can be opened from the referral: the sender always, the receiver once accepted. */
export function trajectBereikbaar(status: string, kant: 'ontvanger' | 'afzender' | null): boolean {
  if (kant === 'afzender') return true;
  return kant === 'ontvanger' && (status === 'geaccepteerd' || status === 'afgerond');
}
