import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { I18n } from '../../src/lib/i18n/i18n.svelte';
import { nl } from '../../src/lib/i18n/nl';
import {
  applyLocaleToDocument,
  isLocale,
  loadLocale,
  localeStorageKey,
  placeholderMismatches,
  saveLocale,
  translate,
  type LocaleStorage,
} from '../../src/lib/i18n/translate';

function memoryStorage(initial: Record<string, string> = {}): LocaleStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

const throwingStorage: LocaleStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('dictionaries', () => {
  it('have exactly the same keys in nl and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('use the same placeholders in both languages', () => {
    expect(placeholderMismatches()).toEqual([]);
  });

  it('have no empty strings', () => {
    for (const dict of [nl, en]) {
      for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe('');
    }
  });
});

describe('translate', () => {
  it('returns Dutch and English text for a key', () => {
    expect(translate('nl', 'skipLink')).toBe('Naar de inhoud');
    expect(translate('en', 'skipLink')).toBe('Skip to content');
  });

  it('fills in placeholders', () => {
    expect(translate('nl', 'regio.title', { naam: 'Midden-Utrecht', code: 'AM13' })).toBe('Midden-Utrecht (AM13)');
  });

  it('formats numbers for the locale', () => {
    expect(translate('nl', 'status.loaded', { count: 1234 })).toBe('1.234 rijen geladen.');
    expect(translate('en', 'status.loaded', { count: 1234 })).toBe('1,234 rows loaded.');
  });

  it('leaves a missing placeholder visible instead of printing undefined', () => {
    expect(translate('nl', 'regio.title', { naam: 'X' })).toBe('X ({code})');
  });
});

describe('locale persistence', () => {
  it('defaults to Dutch', () => {
    expect(loadLocale(memoryStorage())).toBe('nl');
    expect(loadLocale(undefined)).toBe('nl');
  });

  it('loads a saved language and ignores invalid values', () => {
    expect(loadLocale(memoryStorage({ [localeStorageKey]: 'en' }))).toBe('en');
    expect(loadLocale(memoryStorage({ [localeStorageKey]: 'de' }))).toBe('nl');
  });

  it('survives storage that throws (private mode, blocked cookies)', () => {
    expect(loadLocale(throwingStorage)).toBe('nl');
    expect(() => saveLocale(throwingStorage, 'en')).not.toThrow();
  });

  it('saves the choice', () => {
    const storage = memoryStorage();
    saveLocale(storage, 'en');
    expect(storage.data[localeStorageKey]).toBe('en');
  });

  it('recognises only supported locales', () => {
    expect(isLocale('nl')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe('I18n state', () => {
  it('starts from storage, toggles, saves and sets <html lang>', () => {
    const storage = memoryStorage({ [localeStorageKey]: 'en' });
    const i18n = new I18n(storage);
    expect(i18n.locale).toBe('en');
    expect(i18n.t('nav.regios')).toBe('Regions');

    i18n.toggle();
    expect(i18n.locale).toBe('nl');
    expect(i18n.t('nav.regios')).toBe('Regio’s');
    expect(storage.data[localeStorageKey]).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');

    i18n.setLocale('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('applyLocaleToDocument sets the lang attribute', () => {
    applyLocaleToDocument(document, 'en');
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    applyLocaleToDocument(document, 'nl');
    expect(document.documentElement.getAttribute('lang')).toBe('nl');
  });
});
