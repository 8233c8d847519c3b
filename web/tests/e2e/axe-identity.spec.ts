import { asUser, checkPage, widths } from './axe-check';
import { ConsoleGuard, expect, test } from './fixtures';
import { demoUsers, enterPassword, loginHeadings } from './auth';

// Login, every login step, the beheer and privacy pages and the session dialog, checked with
// axe (WCAG 2.0–2.2 A/AA) and for horizontal overflow at 320 and 1280 px.
test.describe.configure({ timeout: 180_000 });

const sessie = (stap: string) => ({
  stap,
  csrfToken: 'axe-csrf',
  verlooptOp: new Date(Date.now() + 30 * 60_000).toISOString(),
  absoluutVerlooptOp: new Date(Date.now() + 12 * 3_600_000).toISOString(),
});

for (const width of widths) {
  test.describe(`axe bij ${width} px: inloggen en beheer`, () => {
    test('inlogpagina, foutmeldingen en de TOTP-stap', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, viewport: { width, height: 900 }, locale: 'nl-NL' });
      try {
        const page = await context.newPage();
        const guard = new ConsoleGuard(page);
        await page.goto('/inloggen');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(loginHeadings.password);
        await checkPage(page, 'inlogpagina');

        await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
        await expect(page.locator('#login-fouten')).toBeFocused();
        await checkPage(page, 'inlogpagina met fouten');

        // The password is right; the TOTP step itself uses no code here.
        await enterPassword(page, demoUsers.adviseur);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(loginHeadings.totp);
        await checkPage(page, 'TOTP-stap');
        await page.getByRole('button', { name: 'Doorgaan' }).click();
        await expect(page.locator('#totp-fouten')).toBeFocused();
        await checkPage(page, 'TOTP-stap met fout');
        await page.getByRole('button', { name: 'Herstelcode gebruiken' }).click();
        await checkPage(page, 'herstelcode');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });

    test('eerste keer: TOTP instellen, herstelcodes en nieuw wachtwoord (nagebootste antwoorden)', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, viewport: { width, height: 900 }, locale: 'nl-NL' });
      try {
        const page = await context.newPage();
        const guard = new ConsoleGuard(page);
        // The real first-login flow runs once (identity.spec); here the answers are simulated,
        // so every step can be checked at both widths.
        let stap: string | null = null;
        await page.route('**/api/v1/sessie', (route) => {
          if (route.request().method() === 'POST') stap = 'totp-registreren';
          return stap === null
            ? route.fulfill({ status: 401, contentType: 'application/problem+json', json: { title: 'Niet ingelogd', status: 401 } })
            : route.fulfill({ status: route.request().method() === 'POST' ? 201 : 200, json: sessie(stap) });
        });
        await page.route('**/api/v1/sessie/totp-registratie', (route) =>
          route.fulfill({
            status: 201,
            json: {
              otpauthUri: 'otpauth://totp/RMT-platform:nieuw%40demo.example?secret=JBSWY3DPEHPK3PXP&issuer=RMT-platform',
              geheim: 'JBSWY3DPEHPK3PXP',
            },
          }),
        );
        await page.route('**/api/v1/sessie/totp-registratie/bevestiging', (route) => {
          stap = 'wachtwoord-wijzigen';
          return route.fulfill({
            status: 200,
            json: { sessie: sessie(stap), herstelcodes: Array.from({ length: 10 }, (_, i) => `herstel-${i}-abcd-efgh`) },
          });
        });

        await enterPassword(page, 'iemand@demo.example');
        const h1 = page.getByRole('heading', { level: 1 });
        await expect(h1).toHaveText(loginHeadings.enrol);
        await expect(page.locator('#totp-geheim')).toHaveText('JBSW Y3DP EHPK 3PXP');
        await checkPage(page, 'TOTP instellen');

        await page.getByLabel('Code van 6 cijfers').fill('123456');
        await page.getByRole('button', { name: 'Bevestigen' }).click();
        await expect(h1).toHaveText(loginHeadings.codes);
        await checkPage(page, 'herstelcodes');

        await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
        await expect(h1).toHaveText(loginHeadings.passwordChange);
        await checkPage(page, 'nieuw wachtwoord');
        await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
        await expect(page.locator('#wachtwoord-fouten')).toBeFocused();
        await checkPage(page, 'nieuw wachtwoord met fouten');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });

    test('beheerpagina’s van de beheerder', async ({ browser, baseURL }) => {
      const { context, page, guard } = await asUser(browser, baseURL, 'beheerder', width);
      try {
        const h1 = page.getByRole('heading', { level: 1 });

        await page.goto('/beheer/organisaties');
        await expect(h1).toHaveText('Organisaties');
        await expect(page.locator('#organisaties-tabel')).toBeVisible();
        await checkPage(page, 'organisaties');
        const firstOrganisatie = await page.locator('#organisaties-tabel tbody a').first().getAttribute('href');

        await page.goto('/beheer/organisaties/nieuw');
        await expect(h1).toHaveText('Organisatie toevoegen');
        await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
        await expect(page.locator('#org-fouten')).toBeFocused();
        await checkPage(page, 'organisatie toevoegen met fouten');

        if (firstOrganisatie) {
          await page.goto(firstOrganisatie);
          await expect(h1).toHaveText(/ wijzigen$/);
          await checkPage(page, 'organisatie wijzigen');
        }

        await page.goto('/beheer/medewerkers');
        await expect(h1).toHaveText('Medewerkers');
        await expect(page.locator('#medewerkers-tabel')).toBeVisible();
        await checkPage(page, 'medewerkers');
        const firstMedewerker = await page.locator('#medewerkers-tabel tbody a').first().getAttribute('href');

        await page.goto('/beheer/medewerkers/nieuw');
        await expect(h1).toHaveText('Medewerker toevoegen');
        await page.getByRole('button', { name: 'Rol toevoegen' }).click();
        await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
        await expect(page.locator('#med-fouten')).toBeFocused();
        await checkPage(page, 'medewerker toevoegen met fouten');

        if (firstMedewerker) {
          await page.goto(firstMedewerker);
          await expect(h1).toHaveText(/ wijzigen$/);
          await checkPage(page, 'medewerker wijzigen');
          await page.getByRole('button', { name: 'Toegang herstellen' }).click();
          await expect(page.getByRole('alertdialog')).toBeVisible();
          await checkPage(page, 'bevestiging toegang herstellen');
          await page.keyboard.press('Escape');
        }

        await page.goto('/beheer/api-tokens');
        await expect(h1).toHaveText('API-tokens');
        await checkPage(page, 'API-tokens');
        await page.getByRole('button', { name: 'Token uitgeven' }).click();
        await expect(page.locator('#tok-fouten')).toBeFocused();
        await checkPage(page, 'API-token met fouten');

        await page.goto('/privacy/auditlog');
        await expect(h1).toHaveText('Geen toegang');
        await checkPage(page, 'geen toegang');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });

    test('privacypagina’s', async ({ browser, baseURL }) => {
      const { context, page, guard } = await asUser(browser, baseURL, 'privacy', width);
      try {
        const h1 = page.getByRole('heading', { level: 1 });
        await page.goto('/privacy/auditlog');
        await expect(h1).toHaveText('Auditlog');
        await expect(page.locator('#audit-tabel')).toBeVisible();
        await checkPage(page, 'auditlog');

        await page.goto('/privacy/verwerkingen');
        await expect(h1).toHaveText('Logboek Dataverwerkingen');
        await checkPage(page, 'verwerkingen');
        await page.getByLabel('Kenmerk van de betrokkene').fill('0190b6f0-0000-7000-8000-000000000000');
        await page.getByRole('button', { name: 'Zoeken' }).click();
        await expect(page.locator('#verwerkingen-tabel, #verwerkingen-geen')).toBeVisible();
        await checkPage(page, 'verwerkingen gezocht');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });

    test('“inloggen vereist” en de waarschuwing dat de sessie verloopt', async ({ browser, baseURL }) => {
      const anonymous = await browser.newContext({ baseURL, viewport: { width, height: 900 }, locale: 'nl-NL' });
      try {
        const page = await anonymous.newPage();
        const guard = new ConsoleGuard(page);
        await page.goto('/beheer/medewerkers');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen vereist');
        await checkPage(page, 'inloggen vereist');
        guard.expectClean();
      } finally {
        await anonymous.close();
      }

      const { context, page, guard } = await asUser(browser, baseURL, 'beheerder', width);
      try {
        await page.clock.install();
        await page.goto('/beheer/organisaties');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisaties');
        await expect(page.locator('[role="status"][data-loading="true"]')).toHaveCount(0);
        await page.clock.fastForward('28:00');
        await expect(page.getByRole('alertdialog', { name: 'Uw sessie verloopt bijna' })).toBeVisible();
        await checkPage(page, 'sessie verloopt bijna');
        // Keep the shared session: extend it on the server.
        await page.getByRole('button', { name: 'Sessie verlengen' }).click();
        await expect(page.getByRole('alertdialog')).toHaveCount(0);
        guard.expectClean();
      } finally {
        await context.close();
      }
    });
  });
}
