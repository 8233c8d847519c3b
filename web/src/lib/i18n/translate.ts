import { en } from './en';
import { nl, type Dictionary, type MessageKey } from './nl';

export type { MessageKey } from './nl';

/** The UI languages, Dutch first. */
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

/** localStorage key under which the chosen language is kept. */
export const localeStorageKey = 'rmt.taal';

const dictionaries: Record<Locale, Dictionary> = { nl, en };

export type MessageParams = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * Looks up `key` in the dictionary of `locale` and fills in `{name}` placeholders.
 * Numbers are formatted for the locale. An unknown placeholder is left as it is, so a
 * mistake is visible instead of silently dropped.
 */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = dictionaries[locale][key] ?? nl[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(value);
}

/** Minimal Storage shape, so tests and private-mode browsers (which throw) are both handled. */
export interface LocaleStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The saved language, or Dutch when nothing (valid) was saved or storage is unavailable. */
export function loadLocale(storage: LocaleStorage | undefined): Locale {
  try {
    const saved = storage?.getItem(localeStorageKey);
    return isLocale(saved) ? saved : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export function saveLocale(storage: LocaleStorage | undefined, locale: Locale): void {
  try {
    storage?.setItem(localeStorageKey, locale);
  } catch {
    // Storage can be full or blocked; the choice then lasts for this page view only.
  }
}

/** Sets `<html lang>` so assistive technology pronounces the page in the right language. */
export function applyLocaleToDocument(doc: Document, locale: Locale): void {
  doc.documentElement.lang = locale;
}

/** Every key whose dictionaries differ in their set of placeholders (should be none). */
export function placeholderMismatches(): MessageKey[] {
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
  return (Object.keys(nl) as MessageKey[]).filter((key) => names(nl[key]) !== names(en[key]));
}
