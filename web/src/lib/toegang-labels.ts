import type { AanmeldingSoort, AanmeldingStatus } from './api/aanmeldingen';
import type { MessageKey } from './i18n/translate';

/** The triage states of an aanmelding, in the order of the work. */
export const aanmeldingStatussen: readonly AanmeldingStatus[] = ['nieuw', 'toegewezen', 'klant', 'afgesloten'];

const statusKeys: Record<AanmeldingStatus, MessageKey> = {
  nieuw: 'aanmelding.status.nieuw',
  toegewezen: 'aanmelding.status.toegewezen',
  klant: 'aanmelding.status.klant',
  afgesloten: 'aanmelding.status.afgesloten',
};

/** The label key of a status; a status this UI does not know yet shows as "Onbekend". */
export function aanmeldingStatusLabel(status: string): MessageKey {
  return statusKeys[status as AanmeldingStatus] ?? 'aanmelding.status.onbekend';
}

export function soortLabel(soort: AanmeldingSoort | string): MessageKey {
  return soort === 'werkgever' ? 'aanmelden.soort.werkgever' : 'aanmelden.soort.persoon';
}
