import type { AccessRule } from '../session/roles';

/** The pages of the app. Paths are Dutch, like the API's resources. */
export type Route =
  | { name: 'home' }
  | { name: 'regios' }
  | { name: 'regio'; code: string }
  | { name: 'toegankelijkheid' }
  | { name: 'inloggen' }
  | { name: 'organisaties' }
  | { name: 'organisatieNieuw' }
  | { name: 'organisatie'; id: string }
  | { name: 'medewerkers' }
  | { name: 'medewerkerNieuw' }
  | { name: 'medewerker'; id: string }
  | { name: 'apiTokens' }
  | { name: 'auditlog' }
  | { name: 'verwerkingen' }
  | { name: 'aanmelden' }
  | { name: 'aanmeldingStatus' }
  | { name: 'aanmeldingen' }
  | { name: 'aanmelding'; id: string }
  | { name: 'klanten' }
  | { name: 'klantNieuw' }
  | { name: 'klant'; id: string }
  | { name: 'werkgevers' }
  | { name: 'werkgeverNieuw' }
  | { name: 'werkgever'; id: string }
  | { name: 'contactNieuw' }
  | { name: 'diensten' }
  | { name: 'dienstNieuw' }
  | { name: 'dienst'; id: string }
  | { name: 'trajecten' }
  | { name: 'trajectNieuw' }
  | { name: 'traject'; id: string }
  | { name: 'doorverwijzingen' }
  | { name: 'nametingen' }
  | { name: 'nametingenVan'; id: string }
  | { name: 'budgetten' }
  | { name: 'budgetNieuw' }
  | { name: 'budget'; id: string }
  | { name: 'kassier' }
  | { name: 'verplichtingen' }
  | { name: 'declaraties' }
  | { name: 'declaratieNieuw' }
  | { name: 'declaratie'; id: string }
  | { name: 'betaalrondes' }
  | { name: 'betaalronde'; id: string }
  | { name: 'notFound'; path: string };

/**
 * What a page needs: null for public pages, otherwise the access rule (which implies a
 * completed login). The server enforces the same rules; this only decides what to show.
 */
export function routeAccess(route: Route): AccessRule | null {
  switch (route.name) {
    case 'organisaties':
      return 'organisatiesLezen';
    case 'organisatieNieuw':
    case 'organisatie':
      return 'organisatiesBeheren';
    case 'medewerkers':
      return 'medewerkersLezen';
    case 'medewerkerNieuw':
    case 'medewerker':
      return 'medewerkersBeheren';
    case 'apiTokens':
      return 'apiTokensBeheren';
    case 'auditlog':
      return 'auditlogLezen';
    case 'verwerkingen':
      return 'verwerkingenLezen';
    case 'aanmeldingen':
    case 'aanmelding':
      return 'aanmeldingenTriage';
    case 'klanten':
    case 'klantNieuw':
    case 'klant':
    case 'werkgevers':
    case 'werkgeverNieuw':
    case 'werkgever':
    case 'contactNieuw':
      return 'klantenWerken';
    case 'diensten':
    case 'dienst':
      return 'dienstenLezen';
    case 'dienstNieuw':
      return 'dienstenBeheren';
    case 'trajecten':
    case 'trajectNieuw':
    case 'traject':
    case 'doorverwijzingen':
    case 'nametingen':
      return 'trajectenWerken';
    case 'nametingenVan':
      return 'casusOverzien';
    case 'budgetten':
    case 'budget':
      return 'budgetLezen';
    case 'budgetNieuw':
      return 'budgetVoorstellen';
    case 'kassier':
      return 'declaratiesBeoordelen';
    case 'verplichtingen':
      return 'verplichtingenGoedkeuren';
    case 'declaraties':
    case 'declaratieNieuw':
    case 'declaratie':
      return 'declaratiesIndienen';
    case 'betaalrondes':
    case 'betaalronde':
      return 'betalen';
    default:
      return null;
  }
}

/** A UUID as the API uses for ids (any version). */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Maps a pathname (without query or hash) to a route. */
export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/' || path === '' || path === '/index.html') return { name: 'home' };
  if (path === '/regios') return { name: 'regios' };
  if (path === '/toegankelijkheid') return { name: 'toegankelijkheid' };
  if (path === '/inloggen') return { name: 'inloggen' };
  if (path === '/beheer/organisaties') return { name: 'organisaties' };
  if (path === '/beheer/organisaties/nieuw') return { name: 'organisatieNieuw' };
  if (path === '/beheer/medewerkers') return { name: 'medewerkers' };
  if (path === '/beheer/medewerkers/nieuw') return { name: 'medewerkerNieuw' };
  if (path === '/beheer/api-tokens') return { name: 'apiTokens' };
  if (path === '/privacy/auditlog') return { name: 'auditlog' };
  if (path === '/privacy/verwerkingen') return { name: 'verwerkingen' };
  if (path === '/aanmelden') return { name: 'aanmelden' };
  if (path === '/aanmelding-status') return { name: 'aanmeldingStatus' };
  if (path === '/aanmeldingen') return { name: 'aanmeldingen' };
  if (path === '/klanten') return { name: 'klanten' };
  if (path === '/klanten/nieuw') return { name: 'klantNieuw' };
  if (path === '/werkgevers') return { name: 'werkgevers' };
  if (path === '/werkgevers/nieuw') return { name: 'werkgeverNieuw' };
  if (path === '/contacten/nieuw') return { name: 'contactNieuw' };
  if (path === '/diensten') return { name: 'diensten' };
  if (path === '/diensten/nieuw') return { name: 'dienstNieuw' };
  if (path === '/trajecten') return { name: 'trajecten' };
  if (path === '/trajecten/nieuw') return { name: 'trajectNieuw' };
  if (path === '/doorverwijzingen') return { name: 'doorverwijzingen' };
  if (path === '/nametingen') return { name: 'nametingen' };
  if (path === '/budget') return { name: 'budgetten' };
  if (path === '/budget/nieuw') return { name: 'budgetNieuw' };
  if (path === '/kassier') return { name: 'kassier' };
  if (path === '/verplichtingen') return { name: 'verplichtingen' };
  if (path === '/declaraties') return { name: 'declaraties' };
  if (path === '/declaraties/nieuw') return { name: 'declaratieNieuw' };
  if (path === '/betaalrondes') return { name: 'betaalrondes' };
  const geld = /^\/(budget|declaraties|betaalrondes)\/([^/]+)$/.exec(path);
  if (geld?.[2] !== undefined && uuidPattern.test(geld[2])) {
    const id = geld[2].toLowerCase();
    if (geld[1] === 'budget') return { name: 'budget', id };
    if (geld[1] === 'declaraties') return { name: 'declaratie', id };
    return { name: 'betaalronde', id };
  }
  const nametingenVan = /^\/nametingen\/medewerkers\/([^/]+)$/.exec(path);
  if (nametingenVan?.[1] !== undefined && uuidPattern.test(nametingenVan[1])) {
    return { name: 'nametingenVan', id: nametingenVan[1].toLowerCase() };
  }
  const traject = /^\/trajecten\/([^/]+)$/.exec(path);
  if (traject?.[1] !== undefined && uuidPattern.test(traject[1])) return { name: 'traject', id: traject[1].toLowerCase() };
  const dienst = /^\/diensten\/([^/]+)$/.exec(path);
  if (dienst?.[1] !== undefined && uuidPattern.test(dienst[1])) return { name: 'dienst', id: dienst[1].toLowerCase() };
  const toegang = /^\/(aanmeldingen|klanten|werkgevers)\/([^/]+)$/.exec(path);
  if (toegang?.[2] !== undefined && uuidPattern.test(toegang[2])) {
    const id = toegang[2].toLowerCase();
    if (toegang[1] === 'aanmeldingen') return { name: 'aanmelding', id };
    if (toegang[1] === 'klanten') return { name: 'klant', id };
    return { name: 'werkgever', id };
  }
  const beheer = /^\/beheer\/(organisaties|medewerkers)\/([^/]+)$/.exec(path);
  if (beheer?.[2] !== undefined && uuidPattern.test(beheer[2])) {
    const id = beheer[2].toLowerCase();
    return beheer[1] === 'organisaties' ? { name: 'organisatie', id } : { name: 'medewerker', id };
  }
  const regio = /^\/regios\/([^/]+)$/.exec(path);
  if (regio?.[1] !== undefined) {
    const code = decodeSegment(regio[1]);
    if (code !== null) return { name: 'regio', code };
  }
  return { name: 'notFound', path: pathname };
}

/** Minimal view of a click, so the decision can be unit-tested without a browser. */
export interface ClickInfo {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

export interface AnchorInfo {
  href: string;
  target: string;
  hasDownload: boolean;
}

/**
 * The path to route to when a click on this link should be handled by the app, or null when
 * the browser should do its normal thing: other origins, new tabs, downloads, API and asset
 * URLs, and jumps within the current page (such as the skip link `#inhoud`).
 */
export function internalNavigationTarget(click: ClickInfo, anchor: AnchorInfo, current: URL): string | null {
  if (click.defaultPrevented || click.button !== 0) return null;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if (anchor.hasDownload || (anchor.target !== '' && anchor.target !== '_self')) return null;
  let url: URL;
  try {
    url = new URL(anchor.href, current);
  } catch {
    return null;
  }
  if (url.origin !== current.origin) return null;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/assets/')) return null;
  if (url.pathname === current.pathname && url.search === current.search && url.hash !== '') return null;
  return url.pathname + url.search + url.hash;
}

/**
 * The page to return to after logging in, from `?terug=`: only a path inside this app (no
 * other origin, no `//host`, no API or login page), else the home page.
 */
export function safeReturnPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return '/';
  let url: URL;
  try {
    url = new URL(raw, 'http://app.invalid');
  } catch {
    return '/';
  }
  if (url.origin !== 'http://app.invalid') return '/';
  if (url.pathname.startsWith('/api/') || url.pathname === '/inloggen') return '/';
  return url.pathname + url.search + url.hash;
}

/** The login page with a way back to `path`. */
export function loginPath(path: string): string {
  const back = safeReturnPath(path);
  return back === '/' ? '/inloggen' : `/inloggen?terug=${encodeURIComponent(back)}`;
}

export function organisatiePath(id: string): string {
  return `/beheer/organisaties/${encodeURIComponent(id)}`;
}

export function medewerkerPath(id: string): string {
  return `/beheer/medewerkers/${encodeURIComponent(id)}`;
}

export function aanmeldingPath(id: string): string {
  return `/aanmeldingen/${encodeURIComponent(id)}`;
}
