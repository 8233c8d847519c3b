import { asUser, checkPage, widths } from './axe-check';
import { expect, test } from './fixtures';
import { loggedInContext } from './auth';
import { createDienstApi } from './diensten';

// The dienstencatalogus pages and their key states (list with a paused dienst, form with errors,
// edit form, read-only details, conflict), checked with axe (WCAG 2.0–2.2 A/AA) and for
// horizontal overflow at 320 and 1280 px.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const stamp = `${Date.now()}`.slice(-8);
const naam = `Aanvullende scholing axe ${stamp}`;
let dienstId = '';

test.beforeAll(async ({ browser, baseURL }) => {
  const context = await loggedInContext(browser, baseURL, 'coordinator');
  try {
    dienstId = await createDienstApi(await context.newPage(), naam, 'gepauzeerd');
  } finally {
    await context.close();
  }
});

for (const width of widths) {
  test.describe(`axe bij ${width} px: dienstencatalogus`, () => {
    test('lijst, nieuw met fouten en wijzigen (coordinator)', async ({ browser, baseURL }) => {
      const { context, page, guard } = await asUser(browser, baseURL, 'coordinator', width);
      guard.allow(/\/api\/v1\/diensten\/[0-9a-f-]+$/); // the simulated 412
      try {
        const h1 = page.getByRole('heading', { level: 1 });
        await page.goto('/diensten');
        await expect(h1).toHaveText('Dienstencatalogus');
        await expect(page.locator('#diensten-tabel')).toBeVisible();
        await checkPage(page, 'dienstencatalogus');
        await page.locator('#filter-status').selectOption('gepauzeerd');
        await page.getByRole('button', { name: 'Filter toepassen' }).click();
        await expect(page.locator('#diensten-tabel .rmt-status-label--attention').first()).toBeVisible();
        await checkPage(page, 'dienstencatalogus, gepauzeerde diensten');

        await page.goto('/diensten/nieuw');
        await expect(h1).toHaveText('Dienst toevoegen');
        await expect(page.locator('#dienst-aanbieder option', { hasText: 'UWV Utrecht' })).toHaveCount(1);
        await checkPage(page, 'dienst toevoegen');
        await page.getByLabel('Standaardkosten in euro').fill('-1');
        await page.getByLabel('Maximaal aantal keer per klant').fill('5000');
        await page.getByRole('button', { name: 'Dienst toevoegen' }).click();
        await expect(page.locator('#dienst-fouten')).toBeFocused();
        await checkPage(page, 'dienst toevoegen met fouten');

        await page.goto(`/diensten/${dienstId}`);
        await expect(h1).toHaveText(`${naam} wijzigen`);
        await expect(page.getByLabel('Standaardkosten in euro')).toHaveValue('750,50');
        await checkPage(page, 'dienst wijzigen');
        await page.route(`**/api/v1/diensten/${dienstId}`, (route) =>
          route.request().method() === 'PUT'
            ? route.fulfill({
                status: 412,
                contentType: 'application/problem+json',
                body: JSON.stringify({ type: 'about:blank', title: 'Versie verouderd', status: 412, detail: 'Iemand anders was eerder.' }),
              })
            : route.continue(),
        );
        await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
        await expect(page.locator('#dienst-conflict')).toBeFocused();
        await checkPage(page, 'dienst wijzigen: conflict');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });

    test('lijst en gegevens van een dienst (frontoffice, alleen lezen)', async ({ browser, baseURL }) => {
      const { context, page, guard } = await asUser(browser, baseURL, 'frontoffice', width);
      try {
        const h1 = page.getByRole('heading', { level: 1 });
        await page.goto('/diensten');
        await expect(h1).toHaveText('Dienstencatalogus');
        await expect(page.locator('#diensten-tabel')).toBeVisible();
        await checkPage(page, 'dienstencatalogus (lezen)');
        await page.goto(`/diensten/${dienstId}`);
        await expect(h1).toHaveText(naam);
        await expect(page.locator('#dienst-gegevens')).toContainText('€ 750,50');
        await checkPage(page, 'dienst (lezen)');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });
  });
}
