import { test as base, expect, type Page } from '@playwright/test';

/** A console error, page error or failed same-origin request seen while a test ran. */
interface Incident {
  text: string;
  url: string;
}

/**
 * Collects everything that would show up as an error in the browser console, including CSP
 * violations ("Refused to execute inline script …", "Refused to apply inline style …").
 * A test may allow specific, expected errors, such as the 404 of an unknown region.
 */
export class ConsoleGuard {
  readonly #incidents: Incident[] = [];
  readonly #allowed: RegExp[] = [];
  /**
   * Expected on every page: at start-up the app asks GET /api/v1/sessie, which answers 401 when
   * nobody is logged in, and Chromium logs every 4xx as "Failed to load resource".
   */
  readonly #expected: ((incident: Incident) => boolean)[] = [
    ({ text, url }) => /\/api\/v1\/sessie$/.test(url) && /status of 401/.test(text),
  ];

  constructor(page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.#incidents.push({ text: message.text(), url: message.location().url });
    });
    page.on('pageerror', (error) => this.#incidents.push({ text: `pageerror: ${error.message}`, url: '' }));
    page.on('requestfailed', (request) => {
      const failure = request.failure()?.errorText ?? '';
      // A navigation or abort by the app itself is not an error.
      if (failure.includes('ERR_ABORTED')) return;
      this.#incidents.push({ text: `requestfailed: ${failure}`, url: request.url() });
    });
  }

  /** Allows errors whose text or URL matches, e.g. /\/api\/v1\/regios\/AM99$/. */
  allow(pattern: RegExp): void {
    this.#allowed.push(pattern);
  }

  unexpected(): string[] {
    return this.#incidents
      .filter((incident) => !this.#expected.some((expected) => expected(incident)))
      .filter(({ text, url }) => !this.#allowed.some((p) => p.test(url) || p.test(text)))
      .map(({ text, url }) => (url ? `${text} (${url})` : text));
  }

  expectClean(): void {
    expect(this.unexpected(), 'console errors (including CSP violations)').toEqual([]);
  }
}

export const test = base.extend<{ consoleGuard: ConsoleGuard }>({
  consoleGuard: [
    async ({ page }, use) => {
      const guard = new ConsoleGuard(page);
      await use(guard);
      guard.expectClean();
    },
    { auto: true },
  ],
});

export { expect };
