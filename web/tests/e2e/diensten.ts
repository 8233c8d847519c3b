import { expect, type Page } from '@playwright/test';
import { postAsStaff } from './toegang';

/** Test data for the dienstencatalogus (AM13, demo organisation "UWV Utrecht"). */

/** The id of a demo organisation the logged-in user can see. */
export async function organisatieId(page: Page, naam: string): Promise<string> {
  const response = await page.request.get('/api/v1/organisaties?page=1&pageSize=100');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { _embedded: { organisaties: { id: string; naam: string }[] } };
  const found = body._embedded.organisaties.find((o) => o.naam === naam);
  expect(found, `organisatie ${naam}`).toBeDefined();
  return (found as { id: string }).id;
}

/** A dienst straight through the API, as coordinator of AM13 (by default UWV Utrecht, € 750,50). */
export async function createDienstApi(
  page: Page,
  naam: string,
  status: 'open' | 'gepauzeerd' | 'gesloten' = 'open',
  options: { aanbieder?: string; kostenCent?: number } = {},
): Promise<string> {
  const response = await postAsStaff(page, '/api/v1/diensten', {
    regioCode: 'AM13',
    naam,
    type: 'loopbaanadvies',
    omschrijving: 'Drie gesprekken met een loopbaanadviseur.',
    aanbiederId: await organisatieId(page, options.aanbieder ?? 'UWV Utrecht'),
    standaardkostenCent: options.kostenCent ?? 75050,
    status,
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}
