import type { Translator } from '../api/problem';
import type { Nameting, NametingInvoer } from '../api/nametingen';
import type { FieldErrors } from './errors';
import { parseUren } from './traject';

// The nameting form (domain/nameting.hpp): situatie; contractvorm (required) and uren per week
// (optional) only when the person works.

/** Open and its planned date reached: it can be recorded now. */
export function nametingTeDoen(n: Pick<Nameting, 'status' | 'geplandOp'>, vandaag: string): boolean {
  return n.status === 'open' && n.geplandOp <= vandaag;
}

export interface NametingVelden {
  situatie: string;
  contractvorm: string;
  uren: string;
  toelichting: string;
}

/** Field ids of the form for nameting `id`. */
export function nametingVeldIds(id: string) {
  return {
    situatie: `nm-${id}-situatie`,
    contractvorm: `nm-${id}-contractvorm`,
    urenPerWeek: `nm-${id}-uren`,
    toelichting: `nm-${id}-toelichting`,
  };
}

export function validateNameting(id: string, v: NametingVelden, t: Translator): FieldErrors {
  const ids = nametingVeldIds(id);
  const found: FieldErrors = {};
  if (v.situatie === '') found[ids.situatie] = t('nameting.situatie.required');
  if (v.situatie === 'werkend') {
    if (v.contractvorm === '') found[ids.contractvorm] = t('traject.contractvorm.required');
    if (parseUren(v.uren) === undefined) found[ids.urenPerWeek] = t('traject.uren.invalid');
  }
  if (v.toelichting.trim().length > 2000) found[ids.toelichting] = t('form.tooLong', { max: 2000 });
  return found;
}

export function nametingBody(v: NametingVelden): NametingInvoer {
  const werkend = v.situatie === 'werkend';
  const uren = werkend ? parseUren(v.uren) : null;
  const toelichting = v.toelichting.trim();
  return {
    situatie: v.situatie,
    ...(werkend && v.contractvorm !== '' ? { contractvorm: v.contractvorm } : {}),
    ...(typeof uren === 'number' ? { urenPerWeek: uren } : {}),
    ...(toelichting !== '' ? { toelichting } : {}),
  };
}
