import { expect, type Page } from '@playwright/test';
import { csrfToken } from './auth';
import { organisatieId } from './diensten';
import { postAsStaff } from './toegang';

/** Test data and API shortcuts for trajecten (AM13, synthetic people only). */

/** Today plus `days` (negative: back) as YYYY-MM-DD, in UTC like the server's "vandaag". */
export function dag(days = 0): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The demo regievoerders of AM13 by name (Ahmed Advies, Umar Uitvoering, …). */
export async function regievoerderId(page: Page, naam: string): Promise<string> {
  const response = await page.request.get('/api/v1/regievoerders?regioCode=AM13');
  expect(response.status(), await response.text()).toBe(200);
  const body = (await response.json()) as { regievoerders: { id: string; naam: string }[] };
  const found = body.regievoerders.find((m) => m.naam === naam);
  expect(found, `regievoerder ${naam}`).toBeDefined();
  return (found as { id: string }).id;
}

/** A klant in Utrecht (AM13) through the API, as frontoffice or adviseur. */
export async function klantApi(page: Page, naam: string): Promise<string> {
  const response = await postAsStaff(page, '/api/v1/klanten', { naam, geboortedatum: '1971-03-14', woongemeenteCode: 'GM0344' });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** A werkgever in Utrecht (AM13) through the API. */
export async function werkgeverApi(page: Page, bedrijfsnaam: string, kvkNummer: string): Promise<string> {
  const response = await postAsStaff(page, '/api/v1/werkgevers', {
    bedrijfsnaam,
    kvkNummer,
    sector: 'industrie',
    contactpersoon: 'Joke Baas',
    vestigingsgemeenteCode: 'GM0344',
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** A traject through the API with Ahmed Advies (Werkcentrum Midden-Utrecht) as regievoerder. */
export async function trajectApi(page: Page, voor: { klantId?: string; werkgeverId?: string }, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await postAsStaff(page, '/api/v1/trajecten', {
    ...voor,
    categorie: voor.werkgeverId ? 'boventalligheid' : 'van_werk_naar_werk',
    klantvraag: voor.werkgeverId ? 'Veertig banen vervallen door een reorganisatie.' : 'Ik wil de zorg in.',
    regievoerderId: await regievoerderId(page, 'Ahmed Advies'),
    ...extra,
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** A toestemming for UWV Utrecht (klantvraag and interventies), as the regie. */
export async function toestemmingUwvApi(page: Page, trajectId: string): Promise<string> {
  const response = await postAsStaff(page, `/api/v1/trajecten/${trajectId}/toestemmingen`, {
    organisatieId: await organisatieId(page, 'UWV Utrecht'),
    scope: ['klantvraag', 'interventies'],
    geldigTot: dag(180),
    vastgelegdVia: 'schriftelijk',
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** A referral to UWV Utrecht resting on `toestemmingId`. */
export async function doorverwijzingUwvApi(page: Page, trajectId: string, toestemmingId: string, vraag: string): Promise<string> {
  const response = await postAsStaff(page, `/api/v1/trajecten/${trajectId}/doorverwijzingen`, {
    naarOrganisatieId: await organisatieId(page, 'UWV Utrecht'),
    toestemmingId,
    vraag,
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** A status step through the API with the current version as If-Match. */
export async function trajectStapApi(page: Page, trajectId: string, body: Record<string, unknown>): Promise<void> {
  const current = await page.request.get(`/api/v1/trajecten/${trajectId}`);
  expect(current.status()).toBe(200);
  const response = await page.request.post(`/api/v1/trajecten/${trajectId}/statuswijzigingen`, {
    data: body,
    headers: { 'X-CSRF-Token': await csrfToken(page), 'If-Match': current.headers()['etag'] ?? '' },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Changes the traject through the API (as the regie), with the current version as If-Match. */
export async function wijzigTrajectApi(page: Page, trajectId: string, changes: Record<string, unknown>): Promise<void> {
  const current = await page.request.get(`/api/v1/trajecten/${trajectId}`);
  expect(current.status()).toBe(200);
  const t = (await current.json()) as Record<string, unknown>;
  const response = await page.request.put(`/api/v1/trajecten/${trajectId}`, {
    data: {
      ...(t.klantId ? { klantId: t.klantId } : { werkgeverId: t.werkgeverId }),
      ...(t.werkgeverTrajectId ? { werkgeverTrajectId: t.werkgeverTrajectId } : {}),
      categorie: t.categorie,
      klantvraag: t.klantvraag,
      ...(t.doelen ? { doelen: t.doelen } : {}),
      regievoerderId: t.regievoerderId,
      ...changes,
    },
    headers: { 'X-CSRF-Token': await csrfToken(page), 'If-Match': current.headers()['etag'] ?? '' },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Plans an interventie through the API. */
export async function interventieApi(page: Page, trajectId: string, dienstId: string): Promise<string> {
  const response = await postAsStaff(page, `/api/v1/trajecten/${trajectId}/interventies`, {
    dienstId,
    geplandBegin: dag(),
    geplandEinde: dag(60),
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Accepts a referral through the API, as its receiver. */
export async function accepteerApi(page: Page, doorverwijzingId: string): Promise<void> {
  const response = await page.request.post(`/api/v1/doorverwijzingen/${doorverwijzingId}/statuswijzigingen`, {
    data: { status: 'geaccepteerd' },
    headers: { 'X-CSRF-Token': await csrfToken(page), 'If-Match': '"1"' },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Waits until no LoadingStatus on the page says it is loading. */
export async function loaded(page: Page): Promise<void> {
  await expect(page.locator('[role="status"][data-loading="true"]')).toHaveCount(0);
}

interface VerplichtingRij {
  id: string;
  interventieId: string;
  trajectId: string;
  status: string;
  versie: number;
}

/** Every verplichting with this status that the logged-in coordinator or kassier may see. */
export async function verplichtingenApi(page: Page, status: string): Promise<VerplichtingRij[]> {
  const rows: VerplichtingRij[] = [];
  for (let p = 1; p < 100; p += 1) {
    const response = await page.request.get(`/api/v1/verplichtingen?status=${status}&page=${p}&pageSize=100`);
    expect(response.status(), await response.text()).toBe(200);
    const body = (await response.json()) as { _embedded: { verplichtingen: VerplichtingRij[] }; paginering: { totalPages: number } };
    rows.push(...body._embedded.verplichtingen);
    if (p >= body.paginering.totalPages) break;
  }
  return rows;
}

/**
 * Approves the verplichting of an interventie with a cost, as the coordinator whose page this
 * is (an interventie with a cost starts only after that; 409 otherwise). Below the budget's
 * four-eyes threshold one akkoord is enough.
 */
export async function keurVerplichtingGoedApi(
  page: Page,
  interventieId: string,
  verwacht: 'goedgekeurd' | 'eerste_akkoord' = 'goedgekeurd',
): Promise<void> {
  expect(await beoordeelVerplichtingApi(page, interventieId, { besluit: 'goedgekeurd' })).toBe(verwacht);
}

/** Refuses the requested verplichting of an interventie, with a reason, as the coordinator. */
export async function wijsVerplichtingAfApi(page: Page, interventieId: string, reden: string): Promise<void> {
  expect(await beoordeelVerplichtingApi(page, interventieId, { besluit: 'afgewezen', reden })).toBe('afgewezen');
}

/** Decides on the requested verplichting of an interventie; the verplichting's new status. */
async function beoordeelVerplichtingApi(page: Page, interventieId: string, besluit: Record<string, string>): Promise<string> {
  const v = (await verplichtingenApi(page, 'aangevraagd')).find((x) => x.interventieId === interventieId);
  expect(v, `verplichting of interventie ${interventieId}`).toBeDefined();
  const { id, versie } = v as VerplichtingRij;
  const response = await page.request.post(`/api/v1/verplichtingen/${id}/beoordeling`, {
    data: besluit,
    headers: { 'X-CSRF-Token': await csrfToken(page), 'If-Match': `"${versie}"` },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { status: string }).status;
}

/** The id of the interventie of `dienstNaam` in a traject the user may open. */
export async function interventieIdVan(page: Page, trajectId: string, dienstNaam: string): Promise<string> {
  const response = await page.request.get(`/api/v1/trajecten/${trajectId}`);
  expect(response.status(), await response.text()).toBe(200);
  const body = (await response.json()) as { interventies: { id: string; dienstNaam: string }[] };
  const found = body.interventies.find((i) => i.dienstNaam === dienstNaam);
  expect(found, `interventie ${dienstNaam}`).toBeDefined();
  return (found as { id: string }).id;
}

/** Starts a planned interventie through the API (PUT with If-Match), as someone who may. */
export async function startInterventieApi(page: Page, trajectId: string, interventieId: string): Promise<void> {
  const traject = await page.request.get(`/api/v1/trajecten/${trajectId}`);
  expect(traject.status()).toBe(200);
  const body = (await traject.json()) as {
    interventies: { id: string; geplandBegin: string; geplandEinde: string; kostenCent: number; versie: number }[];
  };
  const i = body.interventies.find((x) => x.id === interventieId);
  expect(i, `interventie ${interventieId}`).toBeDefined();
  const { geplandBegin, geplandEinde, kostenCent, versie } = i as NonNullable<typeof i>;
  const response = await page.request.put(`/api/v1/interventies/${interventieId}`, {
    data: { geplandBegin, geplandEinde, kostenCent, status: 'gestart', werkelijkBegin: dag() },
    headers: { 'X-CSRF-Token': await csrfToken(page), 'If-Match': `"${versie}"` },
  });
  expect(response.status(), await response.text()).toBe(200);
}
