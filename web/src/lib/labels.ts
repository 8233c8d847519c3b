import type { MessageKey } from './i18n/translate';
import type { Auditregel, MedewerkerStatus, OrganisatieType, Verwerking } from './api/types';

/** Organisation types in the order of the API, with their label keys. */
export const organisatieTypes: readonly OrganisatieType[] = [
  'uwv',
  'gemeente',
  'werkgeversorganisatie',
  'werknemersorganisatie',
  'onderwijs',
  'sbb',
  'leerwerkloket',
  'aanbieder',
  'werkcentrum',
];

export const organisatieTypeLabel: Record<OrganisatieType, MessageKey> = {
  uwv: 'orgType.uwv',
  gemeente: 'orgType.gemeente',
  werkgeversorganisatie: 'orgType.werkgeversorganisatie',
  werknemersorganisatie: 'orgType.werknemersorganisatie',
  onderwijs: 'orgType.onderwijs',
  sbb: 'orgType.sbb',
  leerwerkloket: 'orgType.leerwerkloket',
  aanbieder: 'orgType.aanbieder',
  werkcentrum: 'orgType.werkcentrum',
};

export const medewerkerStatusLabel: Record<MedewerkerStatus, MessageKey> = {
  actief: 'status.actief',
  geblokkeerd: 'status.geblokkeerd',
};

export const resultaatLabel: Record<Auditregel['resultaat'], MessageKey> = {
  gelukt: 'resultaat.gelukt',
  mislukt: 'resultaat.mislukt',
  geweigerd: 'resultaat.geweigerd',
};

export const verwerkingStatusLabel: Record<Verwerking['status'], MessageKey> = {
  gelukt: 'resultaat.gelukt',
  mislukt: 'resultaat.mislukt',
};
