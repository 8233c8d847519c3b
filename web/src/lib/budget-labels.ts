import type { MessageKey } from './i18n/translate';

// Words for the codes of the ontschot budget (statuses, kinds of regels, ledger entries); a code
// this UI does not know yet shows as "Onbekend".

const labels = {
  regelSoort: {
    personele_inzet: 'budget.regelSoort.personele_inzet',
    interventies: 'budget.regelSoort.interventies',
    overig: 'budget.regelSoort.overig',
  },
  wijzigingSoort: {
    toekenning: 'budget.wijzigingSoort.toekenning',
    overschrijding: 'budget.wijzigingSoort.overschrijding',
  },
  wijzigingStatus: {
    voorgesteld: 'budget.wijzigingStatus.voorgesteld',
    goedgekeurd: 'budget.wijzigingStatus.goedgekeurd',
    afgewezen: 'budget.wijzigingStatus.afgewezen',
  },
  mutatieSoort: {
    toekenning: 'mutatie.soort.toekenning',
    verplichting: 'mutatie.soort.verplichting',
    vrijval: 'mutatie.soort.vrijval',
    declaratie_goedgekeurd: 'mutatie.soort.declaratie_goedgekeurd',
    betaling: 'mutatie.soort.betaling',
    correctie: 'mutatie.soort.correctie',
  },
  rubriek: {
    toegekend: 'budget.saldo.toegekend',
    verplicht: 'budget.saldo.verplicht',
    gedeclareerd: 'budget.saldo.gedeclareerd',
    betaald: 'budget.saldo.betaald',
  },
  verplichtingStatus: {
    aangevraagd: 'verplichting.status.aangevraagd',
    eerste_akkoord: 'verplichting.status.eerste_akkoord',
    goedgekeurd: 'verplichting.status.goedgekeurd',
    afgewezen: 'verplichting.status.afgewezen',
    vervallen: 'verplichting.status.vervallen',
  },
  declaratieStatus: {
    ingediend: 'declaratie.status.ingediend',
    goedgekeurd: 'declaratie.status.goedgekeurd',
    afgewezen: 'declaratie.status.afgewezen',
    betaald: 'declaratie.status.betaald',
  },
  betaalrondeStatus: {
    aangemaakt: 'betaalronde.status.aangemaakt',
    betaald: 'betaalronde.status.betaald',
  },
  uitgavenPer: {
    dienst: 'uitgaven.per.dienst',
    diensttype: 'uitgaven.per.diensttype',
    aanbieder: 'uitgaven.per.aanbieder',
    doelgroep: 'uitgaven.per.doelgroep',
    maand: 'uitgaven.per.maand',
  },
} as const satisfies Record<string, Record<string, MessageKey>>;

export type LabelSoort = keyof typeof labels;

/** The message key of a code of the given kind, or "Onbekend". */
export function geldLabel(soort: LabelSoort, code: string): MessageKey {
  return (labels[soort] as Record<string, MessageKey>)[code] ?? 'geld.onbekend';
}
