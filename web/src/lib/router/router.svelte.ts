import { internalNavigationTarget, matchRoute, type Route } from './routes';

/**
 * Client-side routing with the History API. The server answers every non-API path with
 * index.html, so deep links such as /regios/AM13 work on reload too.
 */
export class Router {
  path: string = $state('/');
  route: Route = $derived(matchRoute(this.path));
  /** Counts navigations inside the app (0 on first load); the layout moves focus when it changes. */
  navigations: number = $state(0);

  constructor(initialPath = typeof location === 'undefined' ? '/' : location.pathname) {
    this.path = initialPath;
  }

  navigate(target: string, options: { replace?: boolean } = {}): void {
    const url = new URL(target, location.href);
    // A click on a link to the page you are on must not add a duplicate history entry.
    const samePage = url.pathname === location.pathname && url.search === location.search;
    if (options.replace || samePage) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.#show(url.pathname);
    if (url.hash === '') window.scrollTo(0, 0);
  }

  /** Starts listening for link clicks and back/forward; returns a function that stops it. */
  start(): () => void {
    const onPopState = () => {
      // A jump to #inhoud also fires popstate; only a change of path is a navigation.
      if (location.pathname !== this.path) this.#show(location.pathname);
    };
    const onClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a') : null;
      if (anchor === null || !anchor.hasAttribute('href')) return;
      const target = internalNavigationTarget(
        event,
        { href: anchor.href, target: anchor.target, hasDownload: anchor.hasAttribute('download') },
        new URL(location.href),
      );
      if (target === null) return;
      event.preventDefault();
      this.navigate(target);
    };
    window.addEventListener('popstate', onPopState);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('popstate', onPopState);
      document.removeEventListener('click', onClick);
    };
  }

  #show(pathname: string): void {
    if (pathname === this.path) return;
    this.path = pathname;
    this.navigations += 1;
  }
}

export const router = new Router();
