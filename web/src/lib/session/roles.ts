import type { MessageKey } from '../i18n/translate';
import type { Rol, RolToekenning } from '../api/types';

/** Every role, in the order the API lists them. */
export const alleRollen: readonly Rol[] = [
  'frontoffice',
  'adviseur',
  'coordinator',
  'kassier',
  'analist',
  'beheerder',
  'privacy',
] as const;

/** What each part of the app needs; mirrors the server's policy (which refuses anyway). */
export const access = {
  organisatiesLezen: ['beheerder', 'coordinator', 'frontoffice', 'adviseur', 'kassier'],
  organisatiesBeheren: ['beheerder'],
  medewerkersLezen: ['beheerder', 'coordinator'],
  medewerkersBeheren: ['beheerder'],
  apiTokensBeheren: ['beheerder'],
  auditlogLezen: ['privacy'],
  verwerkingenLezen: ['privacy'],
  aanmeldingenTriage: ['frontoffice', 'coordinator'],
  klantenWerken: ['frontoffice', 'adviseur', 'coordinator'],
  /** The dienstencatalogus of the own regio's; only the coordinator changes it. */
  dienstenLezen: ['frontoffice', 'adviseur', 'coordinator', 'kassier'],
  dienstenBeheren: ['coordinator'],
  /** Trajecten, doorverwijzingen and nametingen: the case roles (the server decides per traject). */
  trajectenWerken: ['frontoffice', 'adviseur', 'coordinator'],
  /** The ontschot budget of the own regio's: budgets, ledger, verplichtingen, spending. */
  budgetLezen: ['coordinator', 'kassier'],
  /** Propose a budget, a regel or a change (a kassier approves). */
  budgetVoorstellen: ['coordinator'],
  /** Approve an interventie's verplichting (four eyes from the budget's threshold). */
  verplichtingenGoedkeuren: ['coordinator'],
  /** Enter declaraties: staff of the aanbieder (their own organisation's) or the kassier. */
  declaratiesIndienen: ['frontoffice', 'adviseur', 'coordinator', 'kassier'],
  /** The kassier's work: budget proposals, declaraties, betaalrondes. */
  declaratiesBeoordelen: ['kassier'],
  betalen: ['kassier'],
  /** The regio's caseload per medewerker, e.g. the nametingen each has due. */
  casusOverzien: ['coordinator'],
} as const satisfies Record<string, readonly Rol[]>;

export type AccessRule = keyof typeof access;

export function rolesOf(toekenningen: readonly RolToekenning[] | undefined): Set<Rol> {
  return new Set((toekenningen ?? []).map((t) => t.rol));
}

export function allows(roles: ReadonlySet<Rol>, rule: AccessRule): boolean {
  return access[rule].some((rol) => roles.has(rol));
}

/** The regions in which the user has this role (e.g. where a beheerder may manage). */
export function regionsWithRole(toekenningen: readonly RolToekenning[] | undefined, rol: Rol): string[] {
  return [...new Set((toekenningen ?? []).filter((t) => t.rol === rol).map((t) => t.regioCode))].sort();
}

export interface MenuItem {
  path: string;
  label: MessageKey;
  /** Null: shown to everyone. */
  rule: AccessRule | null;
}

/** The main menu; items the user may not use are left out. */
export const menuItems: readonly MenuItem[] = [
  { path: '/regios', label: 'nav.regios', rule: null },
  { path: '/aanmeldingen', label: 'nav.aanmeldingen', rule: 'aanmeldingenTriage' },
  { path: '/klanten', label: 'nav.klanten', rule: 'klantenWerken' },
  { path: '/werkgevers', label: 'nav.werkgevers', rule: 'klantenWerken' },
  { path: '/contacten/nieuw', label: 'nav.contactNieuw', rule: 'klantenWerken' },
  { path: '/trajecten', label: 'nav.trajecten', rule: 'trajectenWerken' },
  { path: '/doorverwijzingen', label: 'nav.doorverwijzingen', rule: 'trajectenWerken' },
  { path: '/nametingen', label: 'nav.nametingen', rule: 'trajectenWerken' },
  { path: '/diensten', label: 'nav.diensten', rule: 'dienstenLezen' },
  { path: '/budget', label: 'nav.budget', rule: 'budgetLezen' },
  { path: '/kassier', label: 'nav.kassier', rule: 'declaratiesBeoordelen' },
  { path: '/verplichtingen', label: 'nav.verplichtingen', rule: 'verplichtingenGoedkeuren' },
  { path: '/declaraties', label: 'nav.declaraties', rule: 'declaratiesIndienen' },
  { path: '/betaalrondes', label: 'nav.betaalrondes', rule: 'betalen' },
  { path: '/beheer/organisaties', label: 'nav.organisaties', rule: 'organisatiesLezen' },
  { path: '/beheer/medewerkers', label: 'nav.medewerkers', rule: 'medewerkersLezen' },
  { path: '/beheer/api-tokens', label: 'nav.apiTokens', rule: 'apiTokensBeheren' },
  { path: '/privacy/auditlog', label: 'nav.auditlog', rule: 'auditlogLezen' },
  { path: '/privacy/verwerkingen', label: 'nav.verwerkingen', rule: 'verwerkingenLezen' },
];

export function menuFor(roles: ReadonlySet<Rol>): MenuItem[] {
  return menuItems.filter((item) => item.rule === null || allows(roles, item.rule));
}

/** Dutch/English label keys of the roles. */
export const rolLabel: Record<Rol, MessageKey> = {
  frontoffice: 'rol.frontoffice',
  adviseur: 'rol.adviseur',
  coordinator: 'rol.coordinator',
  kassier: 'rol.kassier',
  analist: 'rol.analist',
  beheerder: 'rol.beheerder',
  privacy: 'rol.privacy',
};
