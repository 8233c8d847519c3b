import type { BrowserContext, Page } from '@playwright/test';
import { ConsoleGuard, expect, test } from './fixtures';
import { csrfToken, loggedInContext } from './auth';

// One beheerder session for the whole file; the tests build on each other.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const stamp = `${Date.now()}`.slice(-8);
const organisatieNaam = `E2E Werkcentrum ${stamp}`;
const medewerkerNaam = `E2E Medewerker ${stamp}`;
const medewerkerEmail = `e2e-${stamp}@demo.example`;

let context: BrowserContext;
let page: Page;
let guard: ConsoleGuard;

test.beforeAll(async ({ browser, baseURL }) => {
  context = await loggedInContext(browser, baseURL, 'beheerder');
  page = await context.newPage();
  guard = new ConsoleGuard(page);
});

test.afterAll(async () => {
  await context.close();
});

test.afterEach(() => {
  guard.expectClean();
});

async function openViaMenu(name: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name }).click();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(heading);
  await expect(h1).toBeFocused();
  await expect(page.locator('[role="status"][data-loading="true"]')).toHaveCount(0);
}

test('beheerder voegt een organisatie toe (met foutmeldingen bij lege velden)', async () => {
  await page.goto('/');
  await openViaMenu('Organisaties', 'Organisaties');
  await expect(page.locator('#organisaties-tabel')).toBeVisible();
  await page.getByRole('link', { name: 'Organisatie toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisatie toevoegen');
  await expect(page).toHaveTitle('Organisatie toevoegen – Organisaties – RMT-platform');

  await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  const summary = page.locator('#org-fouten');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Vul de naam van de organisatie in', 'Kies de soort organisatie']);
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(page.getByLabel('Naam')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Naam').fill(organisatieNaam);
  await page.getByLabel('Soort organisatie').selectOption({ label: 'Werkcentrum' });
  await page.getByLabel('KvK-nummer (niet verplicht)').fill('1234');
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await expect(summary.getByRole('link')).toHaveText(['Een KvK-nummer bestaat uit 8 cijfers, bijvoorbeeld 12345678']);

  await page.getByLabel('KvK-nummer (niet verplicht)').fill('');
  const regios = page.getByRole('group', { name: 'Arbeidsmarktregio’s' });
  await expect(regios.getByRole('checkbox', { name: 'Midden-Utrecht (AM13)' })).toBeChecked();
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();

  await expect(page).toHaveURL(/\/beheer\/organisaties$/);
  await expect(page.getByRole('status').filter({ hasText: `Organisatie “${organisatieNaam}” is toegevoegd.` })).toBeVisible();
});

test('wijzigen met If-Match: een gelijktijdige wijziging geeft een duidelijke melding', async () => {
  // Find the new organisation through the API (the list may have several pages).
  const list = await page.request.get('/api/v1/organisaties?pageSize=100');
  expect(list.status()).toBe(200);
  const body = (await list.json()) as { _embedded: { organisaties: { id: string; naam: string }[] } };
  const org = body._embedded.organisaties.find((o) => o.naam === organisatieNaam);
  expect(org, 'the organisation just added').toBeDefined();

  await page.goto(`/beheer/organisaties/${org!.id}`);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(`${organisatieNaam} wijzigen`);
  await expect(page.getByLabel('Naam')).toHaveValue(organisatieNaam);

  // Someone else saves first.
  const current = await page.request.get(`/api/v1/organisaties/${org!.id}`);
  const etag = current.headers()['etag'] ?? '';
  const data = (await current.json()) as Record<string, unknown>;
  const other = await page.request.put(`/api/v1/organisaties/${org!.id}`, {
    headers: { 'If-Match': etag, 'X-CSRF-Token': await csrfToken(page), 'Content-Type': 'application/json' },
    data: { naam: `${organisatieNaam} (b)`, type: data.type, regioCodes: data.regioCodes, kvkNummer: null, actief: true },
  });
  expect(other.status()).toBe(200);

  guard.allow(new RegExp(`/api/v1/organisaties/${org!.id}$`));
  await page.getByLabel('KvK-nummer (niet verplicht)').fill('87654321');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit intussen gewijzigd' })).toBeVisible();
  await expect(page.getByLabel('Naam')).toHaveValue(`${organisatieNaam} (b)`);

  // Now it saves.
  await page.getByLabel('KvK-nummer (niet verplicht)').fill('87654321');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' })).toBeVisible();
});

test('beheerder voegt een medewerker toe en ziet het eenmalige wachtwoord', async () => {
  await page.goto('/');
  await openViaMenu('Medewerkers', 'Medewerkers');
  await page.getByRole('link', { name: 'Medewerker toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medewerker toevoegen');

  await page.getByLabel('Naam').fill(medewerkerNaam);
  await page.getByLabel('E-mailadres').fill(medewerkerEmail);
  await page.getByLabel('Organisatie').selectOption({ label: `${organisatieNaam} (b)` });
  const rij1 = page.getByRole('group', { name: 'Rol 1' });
  await rij1.getByLabel('Rol', { exact: true }).selectOption({ label: 'Adviseur' });
  await expect(rij1.getByLabel('Regio')).toHaveValue('AM13');

  // A second row, added and removed again with the keyboard focus following.
  await page.getByRole('button', { name: 'Rol toevoegen' }).click();
  const rij2 = page.getByRole('group', { name: 'Rol 2' });
  await expect(rij2.getByLabel('Rol', { exact: true })).toBeFocused();
  await rij2.getByRole('button', { name: 'Rol 2 verwijderen' }).click();
  await expect(page.getByRole('group', { name: 'Rol 2' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Rol toevoegen' })).toBeFocused();

  await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('Medewerker toegevoegd');
  await expect(h1).toBeFocused();
  await expect(page.getByRole('main')).toContainText(`${medewerkerNaam} is toegevoegd`);
  const wachtwoord = page.locator('#eenmalig-wachtwoord');
  await expect(wachtwoord).toHaveText(/\S{8,}/);
  await expect(page.getByRole('main')).toContainText('maar één keer getoond');

  // Edit page: restoring access asks for confirmation first.
  await page.getByRole('link', { name: 'Gegevens van de medewerker bekijken' }).click();
  await expect(h1).toHaveText(`${medewerkerNaam} wijzigen`);
  await page.getByRole('button', { name: 'Toegang herstellen' }).click();
  const dialog = page.getByRole('alertdialog', { name: `Toegang van ${medewerkerNaam} herstellen?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Toegang herstellen' }).click();
  await dialog.getByRole('button', { name: 'Ja, toegang herstellen' }).click();
  await expect(page.locator('#herstel-wachtwoord')).toHaveText(/\S{8,}/);
});

test('beheerder geeft een API-token uit, ziet het één keer en trekt het in', async () => {
  await page.goto('/');
  await openViaMenu('API-tokens', 'API-tokens');
  const naam = `E2E koppeling ${stamp}`;
  await page.getByLabel('Naam').fill(naam);
  await expect(page.getByLabel('Regio')).toHaveValue('AM13');
  await page.getByRole('group', { name: 'Rollen' }).getByRole('checkbox', { name: 'Adviseur' }).check();
  await page.getByRole('button', { name: 'Token uitgeven' }).click();
  await expect(page.locator('#token-uitgegeven')).toBeFocused();
  await expect(page.locator('#api-token-geheim')).toHaveText(/\S{16,}/);

  const row = page.locator('#tokens-tabel tbody tr').filter({ hasText: naam });
  await expect(row).toContainText('Geldig');
  await row.getByRole('button', { name: new RegExp(`^Intrekken\\s+${naam}$`) }).click();
  const dialog = page.getByRole('alertdialog', { name: `Token “${naam}” intrekken?` });
  await dialog.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Token “${naam}” is ingetrokken.` })).toBeVisible();
  await expect(row).toContainText('Ingetrokken');
});
