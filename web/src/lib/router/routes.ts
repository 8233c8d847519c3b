/** The pages of the app. Paths are Dutch, like the API's resources. */
export type Route =
  | { name: 'home' }
  | { name: 'regios' }
  | { name: 'regio'; code: string }
  | { name: 'toegankelijkheid' }
  | { name: 'notFound'; path: string };

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
