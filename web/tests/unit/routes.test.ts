import { describe, expect, it } from 'vitest';
import { internalNavigationTarget, matchRoute, type ClickInfo } from '../../src/lib/router/routes';
import { isRegioCode, regioPath } from '../../src/lib/api/regios';
import { documentTitle } from '../../src/lib/document-title';

describe('matchRoute', () => {
  it('maps the app paths', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/regios')).toEqual({ name: 'regios' });
    expect(matchRoute('/regios/')).toEqual({ name: 'regios' });
    expect(matchRoute('/regios/AM13')).toEqual({ name: 'regio', code: 'AM13' });
    expect(matchRoute('/toegankelijkheid')).toEqual({ name: 'toegankelijkheid' });
  });

  it('sends unknown paths to not-found', () => {
    expect(matchRoute('/bestaat-niet')).toEqual({ name: 'notFound', path: '/bestaat-niet' });
    expect(matchRoute('/regios/AM13/extra')).toEqual({ name: 'notFound', path: '/regios/AM13/extra' });
    expect(matchRoute('/regios/%E0%A4%A')).toEqual({ name: 'notFound', path: '/regios/%E0%A4%A' });
  });
});

describe('internalNavigationTarget', () => {
  const click: ClickInfo = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
  const anchor = (href: string, target = '', hasDownload = false) => ({ href, target, hasDownload });
  const here = new URL('http://127.0.0.1:18080/regios');

  it('routes same-origin app links', () => {
    expect(internalNavigationTarget(click, anchor('/regios/AM13'), here)).toBe('/regios/AM13');
    expect(internalNavigationTarget(click, anchor('http://127.0.0.1:18080/'), here)).toBe('/');
  });

  it('leaves other links to the browser', () => {
    expect(internalNavigationTarget(click, anchor('https://example.nl/'), here)).toBeNull();
    expect(internalNavigationTarget(click, anchor('mailto:a@example.nl'), here)).toBeNull();
    expect(internalNavigationTarget(click, anchor('/api/v1/openapi.json'), here)).toBeNull();
    expect(internalNavigationTarget(click, anchor('/regios/AM13', '_blank'), here)).toBeNull();
    expect(internalNavigationTarget(click, anchor('/regios/AM13', '', true), here)).toBeNull();
    expect(internalNavigationTarget({ ...click, ctrlKey: true }, anchor('/regios/AM13'), here)).toBeNull();
    expect(internalNavigationTarget({ ...click, button: 1 }, anchor('/regios/AM13'), here)).toBeNull();
    expect(internalNavigationTarget({ ...click, defaultPrevented: true }, anchor('/'), here)).toBeNull();
  });

  it('leaves in-page jumps such as the skip link to the browser', () => {
    expect(internalNavigationTarget(click, anchor('#inhoud'), here)).toBeNull();
  });
});

describe('region links and titles', () => {
  it('accepts only CBS region codes', () => {
    expect(isRegioCode('AM13')).toBe(true);
    expect(isRegioCode('am13')).toBe(false);
    expect(isRegioCode('AM1')).toBe(false);
    expect(isRegioCode('GM0363')).toBe(false);
  });

  it('builds the region path', () => {
    expect(regioPath('AM13')).toBe('/regios/AM13');
    expect(regioPath('A/B')).toBe('/regios/A%2FB');
  });

  it('builds the document title, most specific part first', () => {
    expect(documentTitle(['Midden-Utrecht (AM13)', 'Arbeidsmarktregio’s'], 'RMT-platform')).toBe(
      'Midden-Utrecht (AM13) – Arbeidsmarktregio’s – RMT-platform',
    );
    expect(documentTitle([], 'RMT-platform')).toBe('RMT-platform');
  });
});
