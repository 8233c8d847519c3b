import type { BrowserContext, Page } from '@playwright/test';
import { ConsoleGuard, expect, test } from './fixtures';
import { loggedInContext } from './auth';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let context: BrowserContext;
let page: Page;
let guard: ConsoleGuard;

test.beforeAll(async ({ browser, baseURL }) => {
  context = await loggedInContext(browser, baseURL, 'privacy');
  page = await context.newPage();
  guard = new ConsoleGuard(page);
});

test.afterAll(async () => {
  await context.close();
});

test.afterEach(() => {
  guard.expectClean();
});

test('privacy opent het auditlog en vindt een inlogregel', async () => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Auditlog' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Auditlog');
  const table = page.locator('#audit-tabel');
  await expect(table.locator('caption')).toHaveText('Auditregels, nieuwste eerst');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(table.locator('tbody')).toContainText(/inlog|sessie|login/i);
  await expect(page.getByRole('region', { name: 'Auditregels, nieuwste eerst' })).toHaveAttribute('tabindex', '0');

  // Filters go to the API as query parameters.
  const today = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  await page.getByLabel('Vanaf (niet verplicht)').fill(day);
  await page.getByLabel('Tot en met (niet verplicht)').fill(day);
  const request = page.waitForRequest((r) => r.url().includes('/api/v1/auditregels?'));
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  const url = new URL((await request).url());
  expect(url.searchParams.get('van')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(url.searchParams.get('tot')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(url.searchParams.has('actor')).toBe(false);
  await expect(table.locator('tbody')).toContainText(/inlog|sessie|login/i);

  // A period that ends before it starts is refused before asking the server.
  await page.getByLabel('Vanaf (niet verplicht)').fill('2026-12-31');
  await page.getByLabel('Tot en met (niet verplicht)').fill('2026-01-01');
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page.locator('#audit-fouten')).toBeFocused();
  await expect(page.getByLabel('Tot en met (niet verplicht)')).toHaveAttribute('aria-invalid', 'true');
});

test('privacy bekijkt het register en zoekt verwerkingen; het kenmerk staat alleen in de body', async () => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verwerkingen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logboek Dataverwerkingen');
  await expect(page.locator('[role="status"][data-loading="true"]')).toHaveCount(0);
  await expect(page.locator('#register-tabel caption')).toHaveText('Verwerkingsactiviteiten');

  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.locator('#verwerking-fouten')).toContainText('Vul het kenmerk van de betrokkene in');

  const sessie = (await (await page.request.get('/api/v1/sessie')).json()) as { medewerker: { id: string } };
  const id = sessie.medewerker.id;
  await page.getByLabel('Kenmerk van de betrokkene').fill(id);
  const request = page.waitForRequest((r) => r.url().includes('/api/v1/verwerkingen/zoeken'));
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const sent = await request;
  expect(sent.method()).toBe('POST');
  expect(sent.url()).not.toContain(id);
  expect(sent.postDataJSON()).toEqual({ soort: 'medewerker', identificatie: id });
  expect(page.url()).not.toContain(id);
  await expect(page.getByRole('status').filter({ hasText: /verwerkingen gevonden/ })).toBeVisible();
  const found = page.locator('#verwerkingen-tabel, #verwerkingen-geen');
  await expect(found).toBeVisible();
});
