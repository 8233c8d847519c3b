import type { Browser } from '@playwright/test';
import { ConsoleGuard, expect, test } from './fixtures';
import { csrfToken, loggedInContext, menuLinks, type DemoUser } from './auth';
import { findRowLink } from './toegang';

// The regional dienstencatalogus: the coordinator of AM13 adds a dienst, pauses it and still
// finds it in the list, marked paused; frontoffice reads without add or edit controls; the
// beheerder has no access. Amounts are typed in euros and stored as whole cents.
test.describe.configure({ mode: 'serial', timeout: 150_000 });

const stamp = `${Date.now()}`.slice(-8);
const naam = `Omscholing zorg ${stamp}`;
let dienstPath = '';

async function asUser(browser: Browser, baseURL: string | undefined, user: DemoUser, width = 1280) {
  const context = await loggedInContext(browser, baseURL, user, { viewport: { width, height: 900 } });
  const page = await context.newPage();
  return { context, page, guard: new ConsoleGuard(page) };
}

test('coordinator: een onvolledig formulier geeft per veld een foutmelding, ook van de server', async ({ browser, baseURL }) => {
  const { context, page, guard } = await asUser(browser, baseURL, 'coordinator', 320);
  guard.allow(/\/api\/v1\/diensten$/); // the simulated 400 below
  try {
    const h1 = page.getByRole('heading', { level: 1 });
    await page.goto('/diensten');
    await expect(h1).toHaveText('Dienstencatalogus');
    await page.getByRole('link', { name: 'Dienst toevoegen' }).click();
    await expect(page).toHaveURL(/\/diensten\/nieuw$/);
    await expect(h1).toHaveText('Dienst toevoegen');
    await expect(h1).toBeFocused();
    await expect(page.locator('#dienst-aanbieder option', { hasText: 'UWV Utrecht' })).toHaveCount(1);
    await expect(page.getByText('Regio: Midden-Utrecht (AM13)')).toBeVisible();

    await page.getByLabel('Standaardkosten in euro').fill('-5');
    await page.getByRole('button', { name: 'Dienst toevoegen' }).click();
    const summary = page.locator('#dienst-fouten');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Vul de naam van de dienst in',
      'Kies de soort dienst',
      'Kies de organisatie die de dienst levert',
      'De standaardkosten kunnen niet negatief zijn',
    ]);
    await expect(page).toHaveTitle(/^Fout: Dienst toevoegen/);
    await expect(page.getByLabel('Naam', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Standaardkosten in euro')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#dienst-kosten-fout')).toHaveText('De standaardkosten kunnen niet negatief zijn');
    await summary.getByRole('link', { name: 'Vul de naam van de dienst in' }).click();
    await expect(page.getByLabel('Naam', { exact: true })).toBeFocused();

    await page.getByLabel('Naam', { exact: true }).fill('Test');
    await page.getByLabel('Soort dienst').selectOption('scholing');
    await page.getByLabel('Aanbieder').selectOption({ label: 'UWV Utrecht' });
    await page.getByLabel('Standaardkosten in euro').fill('2500,123');
    await page.getByLabel('Maximaal aantal keer per klant').fill('0');
    await page.getByRole('button', { name: 'Dienst toevoegen' }).click();
    await expect(summary.getByRole('link')).toHaveText([
      'Gebruik hoogstens 2 cijfers achter de komma, bijvoorbeeld 2.500,50',
      'Vul een heel getal van 1 tot en met 1000 in, of laat het veld leeg',
    ]);

    // The server's invalidParams land at their fields too (simulated: the aanbieder left the regio).
    await page.route('**/api/v1/diensten', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Ongeldige invoer',
          status: 400,
          detail: 'De aanvraag bevat 1 ongeldig veld.',
          invalidParams: [{ name: 'aanbiederId', code: 'unknown', reason: 'Kies een actieve organisatie die in deze regio werkt.' }],
        }),
      }),
    );
    await page.getByLabel('Standaardkosten in euro').fill('2.500,00');
    await page.getByLabel('Maximaal aantal keer per klant').fill('');
    await page.getByRole('button', { name: 'Dienst toevoegen' }).click();
    await expect(summary.getByRole('link')).toHaveText(['Kies een actieve organisatie die in deze regio werkt.']);
    await expect(page.getByLabel('Aanbieder')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/diensten\/nieuw$/);
    guard.expectClean();
  } finally {
    await context.close();
  }
});

test('coordinator voegt een dienst toe, ziet hem in de lijst, pauzeert hem en ziet hem nog steeds, als gepauzeerd', async ({ browser, baseURL }) => {
  const { context, page, guard } = await asUser(browser, baseURL, 'coordinator');
  try {
    const h1 = page.getByRole('heading', { level: 1 });
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dienstencatalogus' }).click();
    await expect(h1).toHaveText('Dienstencatalogus');
    await page.getByRole('link', { name: 'Dienst toevoegen' }).click();
    await expect(h1).toHaveText('Dienst toevoegen');
    await expect(page.locator('#dienst-aanbieder option', { hasText: 'UWV Utrecht' })).toHaveCount(1);
    await page.getByLabel('Naam', { exact: true }).fill(naam);
    await page.getByLabel('Soort dienst').selectOption('scholing');
    await page.getByLabel('Omschrijving (niet verplicht)').fill('Omscholing naar een baan in de zorg, met praktijkdeel.');
    await page.getByLabel('Aanbieder').selectOption({ label: 'UWV Utrecht' });
    await page.getByLabel('Standaardkosten in euro').fill('€ 2.500,00');
    await expect(page.getByRole('radio', { name: /^Open/ })).toBeChecked();
    await page.getByLabel('Maximaal aantal keer per klant').fill('1');
    await page.getByRole('button', { name: 'Dienst toevoegen' }).click();

    await expect(page).toHaveURL(/\/diensten$/);
    await expect(h1).toHaveText('Dienstencatalogus');
    await expect(page.getByRole('status').filter({ hasText: `Dienst “${naam}” is toegevoegd.` })).toBeVisible();
    await expect(page.locator('[role="status"][data-loading="true"]')).toHaveCount(0);
    const link = await findRowLink(page, 'diensten-tabel', naam);
    await expect(link).toHaveCount(1);
    const row = page.locator('#diensten-tabel tbody tr').filter({ has: page.locator('a', { hasText: naam }) });
    await expect(row.locator('td')).toHaveText(['Open', 'Scholing', 'UWV Utrecht', '€ 2.500,00', '1']);

    dienstPath = (await link.getAttribute('href')) ?? '';
    expect(dienstPath).toMatch(/^\/diensten\/[0-9a-f-]{36}$/);
    // Stored exactly as 250 000 cents.
    const stored = await page.request.get(`/api/v1${dienstPath}`);
    expect(((await stored.json()) as { standaardkostenCent: number }).standaardkostenCent).toBe(250000);

    await link.click();
    await expect(h1).toHaveText(`${naam} wijzigen`);
    await expect(page.getByLabel('Standaardkosten in euro')).toHaveValue('2.500,00');
    await expect(page.getByLabel('Maximaal aantal keer per klant')).toHaveValue('1');
    await page.getByRole('radio', { name: /^Gepauzeerd/ }).check();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' })).toBeVisible();
    await expect(page.getByRole('radio', { name: /^Gepauzeerd/ })).toBeChecked();

    // Paused services stay in the list, marked as paused; the status filter finds them too.
    await page.getByRole('link', { name: 'Terug naar de dienstencatalogus' }).click();
    await expect(h1).toHaveText('Dienstencatalogus');
    await expect(page.locator('[role="status"][data-loading="true"]')).toHaveCount(0);
    const again = await findRowLink(page, 'diensten-tabel', naam);
    await expect(page.locator('#diensten-tabel tbody tr').filter({ has: page.locator('a', { hasText: naam }) }).locator('td').first()).toHaveText('Gepauzeerd');

    await page.locator('#filter-status').selectOption('gepauzeerd');
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(page.locator('[role="status"][data-loading="true"]')).toHaveCount(0);
    const paused = await findRowLink(page, 'diensten-tabel', naam);
    await expect(paused).toHaveCount(1);
    await expect(page.locator('#diensten-tabel tbody tr td:first-of-type')).toContainText(['Gepauzeerd']);
    for (const cell of await page.locator('#diensten-tabel tbody tr td:first-of-type').allTextContents()) {
      expect(cell.trim()).toBe('Gepauzeerd');
    }
    await page.locator('#filter-status').selectOption('open');
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect(page.locator('[role="status"][data-loading="true"]')).toHaveCount(0);
    await expect(page.locator('#diensten-tabel tbody a', { hasText: naam })).toHaveCount(0);
    guard.expectClean();
  } finally {
    await context.close();
  }
});

test('coordinator: wie tegelijk wijzigt krijgt de nieuwste versie te zien (412)', async ({ browser, baseURL }) => {
  expect(dienstPath).not.toBe('');
  const { context, page, guard } = await asUser(browser, baseURL, 'coordinator');
  guard.allow(/\/api\/v1\/diensten\/[0-9a-f-]+$/); // the 412
  try {
    await page.goto(dienstPath);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${naam} wijzigen`);
    await expect(page.getByLabel('Naam', { exact: true })).toHaveValue(naam);

    // Someone else changes the amount in the meantime.
    const current = await page.request.get(`/api/v1${dienstPath}`);
    const body = (await current.json()) as Record<string, unknown>;
    const changed = await page.request.put(`/api/v1${dienstPath}`, {
      headers: { 'If-Match': current.headers()['etag'] ?? `"${String(body.versie)}"`, 'X-CSRF-Token': await csrfToken(page) },
      data: { ...body, standaardkostenCent: 260000, _links: undefined, id: undefined, versie: undefined },
    });
    expect(changed.status(), await changed.text()).toBe(200);

    await page.getByLabel('Maximaal aantal keer per klant').fill('2');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.locator('#dienst-conflict')).toBeFocused();
    await expect(page.getByRole('alert')).toContainText('Iemand anders heeft dit intussen gewijzigd');
    await expect(page.getByLabel('Standaardkosten in euro')).toHaveValue('2.600,00');
    await expect(page.getByLabel('Maximaal aantal keer per klant')).toHaveValue('1');
    guard.expectClean();
  } finally {
    await context.close();
  }
});

test('frontoffice ziet de catalogus en de dienst, zonder knoppen om toe te voegen of te wijzigen', async ({ browser, baseURL }) => {
  expect(dienstPath).not.toBe('');
  const { context, page, guard } = await asUser(browser, baseURL, 'frontoffice');
  try {
    const h1 = page.getByRole('heading', { level: 1 });
    await page.goto('/');
    expect(await menuLinks(page)).toContain('Dienstencatalogus');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dienstencatalogus' }).click();
    await expect(h1).toHaveText('Dienstencatalogus');
    await expect(page.locator('[role="status"][data-loading="true"]')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Dienst toevoegen' })).toHaveCount(0);
    const link = await findRowLink(page, 'diensten-tabel', naam);
    await expect(page.locator('#diensten-tabel tbody tr').filter({ has: page.locator('a', { hasText: naam }) }).locator('td').first()).toHaveText('Gepauzeerd');

    await link.click();
    await expect(h1).toHaveText(naam);
    const gegevens = page.locator('#dienst-gegevens');
    await expect(gegevens).toContainText('Gepauzeerd');
    await expect(gegevens).toContainText('Scholing');
    await expect(gegevens).toContainText('UWV Utrecht');
    await expect(gegevens).toContainText('€ 2.600,00');
    await expect(page.getByRole('button', { name: 'Wijzigingen opslaan' })).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);

    await page.goto('/diensten/nieuw');
    await expect(h1).toHaveText('Geen toegang');
    guard.expectClean();
  } finally {
    await context.close();
  }
});

test('beheerder heeft geen toegang tot de dienstencatalogus', async ({ browser, baseURL }) => {
  const { context, page, guard } = await asUser(browser, baseURL, 'beheerder');
  try {
    await page.goto('/');
    expect(await menuLinks(page)).not.toContain('Dienstencatalogus');
    await page.goto('/diensten');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
    await expect(page.getByRole('alert')).toContainText('geen rol');
    await expect(page).toHaveTitle('Geen toegang – RMT-platform');
    guard.expectClean();
  } finally {
    await context.close();
  }
});
