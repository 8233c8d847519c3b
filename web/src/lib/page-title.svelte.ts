import { documentTitle } from './document-title';
import { i18n } from './i18n/i18n.svelte';

/**
 * Keeps `document.title` in step with the page (and the language). Call during component
 * initialisation; `parts` is read inside an effect, so it may depend on loaded data.
 */
export function usePageTitle(parts: () => string[]): void {
  $effect(() => {
    document.title = documentTitle(parts(), i18n.t('app.name'), i18n.t('title.separator'));
  });
}
