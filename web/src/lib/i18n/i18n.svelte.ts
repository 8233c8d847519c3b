import {
  applyLocaleToDocument,
  loadLocale,
  saveLocale,
  translate,
  type Locale,
  type LocaleStorage,
  type MessageKey,
  type MessageParams,
} from './translate';

function browserStorage(): LocaleStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The current UI language as Svelte state. Components call `i18n.t(key)` in their markup;
 * reading `locale` inside `t` makes every such call re-render when the language changes.
 */
export class I18n {
  locale: Locale = $state('nl');
  readonly #storage: LocaleStorage | undefined;

  constructor(storage: LocaleStorage | undefined = browserStorage()) {
    this.#storage = storage;
    this.locale = loadLocale(storage);
  }

  t = (key: MessageKey, params?: MessageParams): string => translate(this.locale, key, params);

  setLocale(locale: Locale): void {
    this.locale = locale;
    saveLocale(this.#storage, locale);
    if (typeof document !== 'undefined') applyLocaleToDocument(document, locale);
  }

  toggle(): void {
    this.setLocale(this.locale === 'nl' ? 'en' : 'nl');
  }
}

export const i18n = new I18n();
