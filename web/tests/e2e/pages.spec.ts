import { expect, test } from './fixtures';

test.describe('pagina’s', () => {
  test('home: introductie en link naar de regio’s', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page).toHaveTitle('Home – RMT-platform');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('RMT-platform');
    await expect(page.getByRole('banner')).toContainText('RMT-platform');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Regio’s' })).toBeVisible();
    for (const term of ['Centrale toegang', 'Trajecten', 'Ontschot budget', 'Monitor']) {
      await expect(page.getByRole('main')).toContainText(term);
    }
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheidsverklaring' })).toBeVisible();

    await page.getByRole('link', { name: 'Naar de arbeidsmarktregio’s' }).click();
    await expect(page).toHaveURL(/\/regios$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arbeidsmarktregio’s');
  });

  test('de HTML-pagina komt met een strikte Content-Security-Policy', async ({ page }) => {
    const response = await page.goto('/regios');
    const csp = (await response?.allHeaders())?.['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  test('de browser handhaaft de CSP: inline stijl en script worden geweigerd en gemeld', async ({ page, consoleGuard }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('RMT-platform');
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.innerHTML = '<span style="color: red">x</span><img src="x" onerror="window.__inlineRan = true">';
      document.body.append(probe);
    });
    await expect.poll(() => consoleGuard.unexpected().length).toBeGreaterThanOrEqual(1);
    expect(consoleGuard.unexpected().join('\n')).toMatch(/Content Security Policy/);
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    // These violations were provoked on purpose; every other test must have none.
    consoleGuard.allow(/Content Security Policy|\/x$/);
  });

  test('arbeidsmarktregio’s: 35 regio’s, bron CBS, en een regio opent met haar gemeenten', async ({ page }) => {
    await page.goto('/regios');
    await expect(page).toHaveTitle('Arbeidsmarktregio’s – RMT-platform');
    const rows = page.locator('#regios-tabel tbody tr');
    await expect(rows).toHaveCount(35);
    await expect(page.locator('#regios-tabel caption')).toHaveText('Arbeidsmarktregio’s 2024');
    await expect(rows.first()).toContainText('AM01');
    await expect(page.getByText('Bron: CBS')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Totaal: 35 arbeidsmarktregio’s.');

    await page.getByRole('link', { name: 'Midden-Utrecht' }).click();
    await expect(page).toHaveURL(/\/regios\/AM13$/);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Midden-Utrecht');
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle('Midden-Utrecht (AM13) – Arbeidsmarktregio’s – RMT-platform');
    const gemeenten = page.locator('#gemeenten-tabel tbody tr');
    await expect(gemeenten).toHaveCount(14);
    await expect(page.locator('#gemeenten-tabel')).toContainText('Nieuwegein');
    await expect(page.locator('#gemeenten-tabel')).toContainText('GM0344');
    await expect(page.getByText('Bron: CBS')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Regio’s' })).not.toHaveAttribute(
      'aria-current',
      'page',
    );

    await page.goBack();
    await expect(page).toHaveURL(/\/regios$/);
    await expect(rows).toHaveCount(35);
  });

  test('een regio is direct te openen (deep link)', async ({ page }) => {
    await page.goto('/regios/AM18');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Groot Amsterdam');
    await expect(page.locator('#gemeenten-tabel')).toContainText('Amsterdam');
  });

  test('onbekende regiocode toont een duidelijke melding', async ({ page, consoleGuard }) => {
    consoleGuard.allow(/\/api\/v1\/regios\/AM99$/);
    await page.goto('/regios/AM99');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arbeidsmarktregio niet gevonden');
    await expect(page.getByRole('alert')).toContainText('Er bestaat geen arbeidsmarktregio met de code “AM99”');
    await expect(page).toHaveTitle('Regio niet gevonden – Arbeidsmarktregio’s – RMT-platform');

    await page.goto('/regios/onzin');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arbeidsmarktregio niet gevonden');
    await expect(page.getByRole('alert')).toContainText('“onzin”');
  });

  test('onbekende pagina toont “Pagina niet gevonden”', async ({ page }) => {
    await page.goto('/bestaat-niet');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
    await expect(page).toHaveTitle('Pagina niet gevonden – RMT-platform');
  });

  test('toegankelijkheidsverklaring via de footer', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
    await expect(page).toHaveURL(/\/toegankelijkheid$/);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Toegankelijkheidsverklaring');
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle('Toegankelijkheidsverklaring – RMT-platform');
    const main = page.getByRole('main');
    await expect(main).toContainText('WCAG 2.2');
    await expect(main).toContainText('320 pixels');
    await expect(main).toContainText('1280 pixels');
    await expect(main.getByRole('link', { name: 'rmt-platform-team@example.nl' })).toHaveAttribute(
      'href',
      'mailto:rmt-platform-team@example.nl',
    );
  });

  test('laden wordt beleefd aangekondigd en een fout toont de problem+json-melding', async ({ page, consoleGuard }) => {
    consoleGuard.allow(/\/api\/v1\/regios\?/);
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/v1/regios?*', async (route) => {
      await released;
      await route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Dienst niet beschikbaar',
          status: 503,
          detail: 'De database is tijdelijk niet bereikbaar.',
          instance: 'urn:uuid:0190b6f0-0000-7000-8000-000000000001',
        }),
      });
    });
    await page.goto('/regios');
    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toHaveText('Gegevens worden geladen…');
    release();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Dienst niet beschikbaar');
    await expect(alert).toContainText('De database is tijdelijk niet bereikbaar.');
    await expect(alert).toContainText('urn:uuid:0190b6f0-0000-7000-8000-000000000001');
    await expect(alert).toHaveClass(/utrecht-alert--error/);
    await expect(status).toHaveText('');
  });
});
