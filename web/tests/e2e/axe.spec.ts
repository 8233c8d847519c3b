import { AxeBuilder } from '@axe-core/playwright';
import { summary, wcagTags, widths } from './axe-check';
import { ConsoleGuard, expect, test } from './fixtures';
import { appPages, openAppPage } from './pages';

for (const width of widths) {
  test.describe(`axe bij ${width} px`, () => {
    for (const appPage of appPages) {
      test(`${appPage.name} (${appPage.path}) heeft geen WCAG-overtredingen`, async ({ browser, baseURL }) => {
        // AxeBuilder needs a page from browser.newContext().
        const context = await browser.newContext({ baseURL, viewport: { width, height: 900 }, locale: 'nl-NL' });
        try {
          const page = await context.newPage();
          const guard = new ConsoleGuard(page);
          for (const pattern of appPage.expectedApiErrors ?? []) guard.allow(pattern);
          await openAppPage(page, appPage);

          const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
          expect(summary(results.violations)).toEqual([]);
          // Nothing wider than the viewport (WCAG 1.4.10 reflow).
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          guard.expectClean();
        } finally {
          await context.close();
        }
      });
    }

    test('arbeidsmarktregio’s in het Engels heeft geen WCAG-overtredingen', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, viewport: { width, height: 900 } });
      try {
        await context.addInitScript(() => localStorage.setItem('rmt.taal', 'en'));
        const page = await context.newPage();
        const guard = new ConsoleGuard(page);
        await page.goto('/regios');
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        await expect(page.locator('#regios-tabel tbody tr')).toHaveCount(35);
        const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        expect(summary(results.violations)).toEqual([]);
        guard.expectClean();
      } finally {
        await context.close();
      }
    });

    test('foutmelding (problem+json) heeft geen WCAG-overtredingen', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        const guard = new ConsoleGuard(page);
        guard.allow(/\/api\/v1\/regios\?/);
        await page.route('**/api/v1/regios?*', (route) =>
          route.fulfill({
            status: 400,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              type: 'about:blank',
              title: 'Ongeldige aanvraag',
              status: 400,
              detail: 'Een of meer parameters zijn ongeldig.',
              instance: 'urn:uuid:0190b6f0-0000-7000-8000-000000000002',
              invalidParams: [{ name: 'pageSize', code: 'maximum', reason: 'Moet tussen 1 en 100 liggen' }],
            }),
          }),
        );
        await page.goto('/regios');
        await expect(page.getByRole('alert')).toContainText('Ongeldige aanvraag');
        const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        expect(summary(results.violations)).toEqual([]);
        guard.expectClean();
      } finally {
        await context.close();
      }
    });
  });
}
