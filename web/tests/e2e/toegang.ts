import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { csrfToken } from './auth';

/** Test data and helpers for centrale toegang (synthetic people only). */

export interface Ontvangen {
  referentienummer: string;
  code: string;
}

export const uitkomstDoorverwezen = 'doorverwezen';

/** Fills the public aanmeld form as a person in Utrecht (GM0344 → AM13). */
export async function fillAanmeldFormPersoon(page: Page, naam: string, email: string): Promise<void> {
  await page.getByRole('group', { name: 'Voor wie stelt u de vraag?' }).getByLabel('Voor mijzelf').check();
  await page.getByLabel('Uw naam').fill(naam);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Woonplaats (gemeente)').selectOption({ label: 'Utrecht' });
  await page.getByLabel('Waar gaat uw vraag over?').selectOption('werk_vinden');
  await page.getByLabel('Uw vraag', { exact: true }).fill('Ik zoek werk in de zorg en wil graag advies over omscholing.');
  await page.getByLabel('Het werkcentrum mag contact met mij opnemen').check();
}

/** Reads the reference number and code from the confirmation. */
export async function readOntvangen(page: Page): Promise<Ontvangen> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw vraag is verstuurd');
  const referentienummer = (await page.locator('#aanm-referentienummer').textContent())?.trim() ?? '';
  const code = (await page.locator('#aanm-code').textContent())?.trim() ?? '';
  expect(referentienummer).toMatch(/^RMT-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  expect(code).toMatch(/^[A-Z0-9]{8}$/);
  return { referentienummer, code };
}

/** An aanmelding straight through the public API (one Idempotency-Key per call). */
export async function submitAanmeldingApi(request: APIRequestContext, naam: string): Promise<Ontvangen> {
  const response = await request.post('/api/v1/aanmeldingen', {
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    data: {
      soort: 'persoon',
      naam,
      email: 'e2e-api@voorbeeld.example',
      gemeenteCode: 'GM0344',
      categorie: 'loopbaan',
      vraag: 'Testvraag voor de toegankelijkheidscontrole.',
      kanaal: 'web',
      toestemmingContact: true,
      website: '',
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Ontvangen;
}

interface Rij {
  id: string;
  referentienummer: string;
  versie: number;
}

/** Every aanmelding the logged-in user may see (all pages, all statuses). */
export async function alleAanmeldingen(page: Page): Promise<Rij[]> {
  const rows: Rij[] = [];
  for (let p = 1; p < 100; p += 1) {
    const response = await page.request.get(`/api/v1/aanmeldingen?page=${p}&pageSize=100`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { _embedded: { aanmeldingen: Rij[] }; paginering: { totalPages: number } };
    rows.push(...body._embedded.aanmeldingen);
    if (p >= body.paginering.totalPages) break;
  }
  return rows;
}

export async function aanmeldingId(page: Page, referentienummer: string): Promise<Rij> {
  const row = (await alleAanmeldingen(page)).find((r) => r.referentienummer === referentienummer);
  expect(row, `aanmelding ${referentienummer} in the queue`).toBeDefined();
  return row as Rij;
}

/** POST with the session's CSRF token. */
export async function postAsStaff(page: Page, path: string, data: unknown, headers: Record<string, string> = {}) {
  return page.request.post(path, { data, headers: { 'X-CSRF-Token': await csrfToken(page), ...headers } });
}

/** Goes through the pages of a DataTable until the row with `text` is there. */
export async function findRowLink(page: Page, tableId: string, text: string) {
  const link = page.locator(`#${tableId} tbody a`, { hasText: text });
  for (let i = 0; i < 50; i += 1) {
    if ((await link.count()) > 0) return link;
    const next = page.getByRole('button', { name: /Volgende/ });
    if ((await next.count()) === 0 || (await next.isDisabled()) || (await next.getAttribute('aria-disabled')) === 'true') break;
    await next.click();
    await expect(page.locator('[role="status"][data-loading="true"]')).toHaveCount(0);
  }
  return link;
}
