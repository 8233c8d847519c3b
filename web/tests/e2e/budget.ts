import { expect, type Browser, type Page } from '@playwright/test';
import { csrfToken, loggedInContext, type DemoUser } from './auth';
import { createDienstApi } from './diensten';
import { postAsStaff } from './toegang';
import { dag, interventieApi, keurVerplichtingGoedApi, klantApi, startInterventieApi, trajectApi } from './trajecten';

/**
 * Test data and API shortcuts for the ontschot budget (AM13; the server's --demo loads approved
 * budgets for this year and next). Amounts are whole cents.
 */

export const demoIban = 'NL91 ABNA 0417 1643 00';
export const kassierIban = 'NL20INGB0001234567';

/** Runs `run` with a page logged in as `user`, and closes its context. */
export async function als<T>(browser: Browser, baseURL: string | undefined, user: DemoUser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await loggedInContext(browser, baseURL, user);
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

export interface Saldo {
  toegekendCent: number;
  verplichtCent: number;
  verplichtOpenCent: number;
  gedeclareerdCent: number;
  betaaldCent: number;
  beschikbaarCent: number;
  overschrijdingCent: number;
}

export interface BudgetRij {
  id: string;
  regioCode: string;
  jaar: number;
  regels: { id: string; naam: string; soort: string; saldo: Saldo }[];
  totaal: Saldo;
}

/** The AM13 budget of a year, as a coordinator or kassier sees it. */
export async function budgetApi(page: Page, jaar: number): Promise<BudgetRij> {
  const response = await page.request.get('/api/v1/budgetten');
  expect(response.status(), await response.text()).toBe(200);
  const budgetten = ((await response.json()) as { _embedded: { budgetten: BudgetRij[] } })._embedded.budgetten;
  const budget = budgetten.find((b) => b.regioCode === 'AM13' && b.jaar === jaar);
  expect(budget, `budget AM13 ${jaar}`).toBeDefined();
  return budget as BudgetRij;
}

export function regel(budget: BudgetRij, naam: string): BudgetRij['regels'][number] {
  const found = budget.regels.find((r) => r.naam === naam);
  expect(found, `regel ${naam}`).toBeDefined();
  return found as BudgetRij['regels'][number];
}

/** The year of "today" as the server counts it (UTC), which is the year of an interventie planned today. */
export function ditJaar(): number {
  return Number(dag().slice(0, 4));
}

/**
 * A dienst of "Opleidingen Utrecht" with this cost, a klant with a traject (Ahmed Advies as
 * regievoerder) and an interventie planned from today: its verplichting is requested.
 */
export async function geplandeInterventie(
  browser: Browser,
  baseURL: string | undefined,
  naam: string,
  kostenCent: number,
): Promise<{ dienstId: string; trajectId: string; interventieId: string }> {
  const dienstId = await als(browser, baseURL, 'coordinator', (page) =>
    createDienstApi(page, naam, 'open', { aanbieder: 'Opleidingen Utrecht', kostenCent }),
  );
  const trajectId = await als(browser, baseURL, 'frontoffice', async (page) => trajectApi(page, { klantId: await klantApi(page, `E2E ${naam}`) }));
  const interventieId = await als(browser, baseURL, 'adviseur', (page) => interventieApi(page, trajectId, dienstId));
  return { dienstId, trajectId, interventieId };
}

/** An interventie that is approved (coordinator) and started (the regievoerder), ready to invoice. */
export async function gestarteInterventie(
  browser: Browser,
  baseURL: string | undefined,
  naam: string,
  kostenCent: number,
): Promise<{ dienstId: string; trajectId: string; interventieId: string }> {
  const ids = await geplandeInterventie(browser, baseURL, naam, kostenCent);
  await als(browser, baseURL, 'coordinator', (page) => keurVerplichtingGoedApi(page, ids.interventieId));
  await als(browser, baseURL, 'adviseur', (page) => startInterventieApi(page, ids.trajectId, ids.interventieId));
  return ids;
}

/** A declaratie of Opleidingen Utrecht through the API, as aanbieder@ (staff of that aanbieder). */
export async function declaratieApi(
  page: Page,
  factuurnummer: string,
  interventieId: string,
  bedragCent: number,
  bovenVerplichting = false,
): Promise<string> {
  const sessie = (await (await page.request.get('/api/v1/sessie')).json()) as { medewerker: { organisatieId: string } };
  const response = await postAsStaff(page, '/api/v1/declaraties', {
    aanbiederId: sessie.medewerker.organisatieId,
    factuurnummer,
    factuurdatum: dag(),
    periodeVan: dag(),
    periodeTot: dag(),
    iban: demoIban,
    bijlage: `e2e/facturen/${factuurnummer}.pdf`,
    bovenVerplichting,
    ...(bovenVerplichting ? { toelichting: 'Meer lesuren dan gepland.' } : {}),
    regels: [{ interventieId, bedragCent }],
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** The kassier's decision on a declaratie, with If-Match from its ETag. */
export async function beoordeelDeclaratieApi(page: Page, id: string, besluit: 'goedgekeurd' | 'afgewezen'): Promise<void> {
  const current = await page.request.get(`/api/v1/declaraties/${id}`);
  expect(current.status()).toBe(200);
  const response = await page.request.post(`/api/v1/declaraties/${id}/beoordeling`, {
    data: besluit === 'afgewezen' ? { besluit, reden: 'Onvolledig.' } : { besluit },
    headers: { 'X-CSRF-Token': await csrfToken(page), 'If-Match': current.headers()['etag'] ?? '' },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** A betaalronde of AM13 with every approved declaratie not yet in a run, as the kassier. */
export async function betaalrondeApi(page: Page): Promise<string> {
  const response = await postAsStaff(page, '/api/v1/betaalrondes', {
    regioCode: 'AM13',
    uitvoeringsdatum: dag(1),
    debiteurNaam: 'Werkcentrum Midden-Utrecht',
    debiteurIban: kassierIban,
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** A proposal to change a regel, as the coordinator. */
export async function wijzigingApi(page: Page, budgetId: string, regelId: string, bedragCent: number, toelichting: string): Promise<string> {
  const response = await postAsStaff(page, `/api/v1/budgetten/${budgetId}/wijzigingen`, { regelId, soort: 'toekenning', bedragCent, toelichting });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** "€ 1.234,56" as the Dutch UI shows cents. */
export function bedrag(cent: number): string {
  const sign = cent < 0 ? '-' : '';
  const abs = Math.abs(cent);
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}€ ${euros},${String(abs % 100).padStart(2, '0')}`;
}
