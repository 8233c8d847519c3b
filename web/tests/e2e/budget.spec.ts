import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { ConsoleGuard, expect, test } from './fixtures';
import { csrfToken, loggedInContext, menuLinks, type DemoUser } from './auth';
import { als, bedrag, budgetApi, ditJaar, geplandeInterventie, regel, type Saldo } from './budget';
import { dag, loaded, startInterventieApi, verplichtingenApi } from './trajecten';

// The money trail of one interventie in the browser: Ahmed Advies plans an interventie of
// "Opleidingen Utrecht" with a cost; the coordinator approves its verplichting; the regievoerder
// starts it; Olga Opleider (staff of the aanbieder) invoices it (a first try above the
// verplichting is refused at the amount); the kassier approves the declaratie, makes a
// betaalronde, downloads the SEPA file (its <CtrlSum> is the amount) and marks it paid after a
// confirmation; the budget then shows the amount as betaald and the lower beschikbaar, in the
// table twin of the chart and in the ledger. Then a budget change proposed by the coordinator and
// approved by the kassier, the four-eyes rule for a large verplichting, a stale decision (412),
// and the menus per role.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const stamp = `${Date.now()}`.slice(-8);
const dienst = `Vakopleiding ${stamp}`;
const kosten = 123456; // € 1.234,56
const factuurnummer = `E2E-${stamp}`;
const jaar = ditJaar();
let ids = { dienstId: '', trajectId: '', interventieId: '' };
let voor: Saldo;
let declaratieId = '';

async function asUser(browser: Browser, baseURL: string | undefined, user: DemoUser, width = 1280) {
  const context = await loggedInContext(browser, baseURL, user, { viewport: { width, height: 900 } });
  const page = await context.newPage();
  return { context, page, guard: new ConsoleGuard(page) };
}

function h1(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

/** The cell of a column (data-kolom) in the row of a regel (data-regel) of the saldi table. */
function saldoCel(page: Page, regelNaam: string, kolom: keyof Saldo) {
  return page.locator(`#saldi-tabel tr[data-regel="${regelNaam}"] td[data-kolom="${kolom}"]`);
}

test.beforeAll(async ({ browser, baseURL }) => {
  voor = regel(await als(browser, baseURL, 'kassier', (page) => budgetApi(page, jaar)), 'Interventies').saldo;
  ids = await geplandeInterventie(browser, baseURL, dienst, kosten);
});

test('de coördinator keurt de verplichting van de interventie goed; daarna start ze', async ({ browser, baseURL }) => {
  const { context, page, guard } = await asUser(browser, baseURL, 'coordinator');
  try {
    await page.goto('/');
    await nav(page).getByRole('link', { name: 'Verplichtingen' }).click();
    await expect(h1(page)).toHaveText('Verplichtingen');
    await loaded(page);
    const kaart = page.locator(`#vp-aangevraagd-lijst > li[data-interventie="${ids.interventieId}"]`);
    await expect(kaart.getByRole('heading')).toHaveText(`${dienst}: € 1.234,56`);
    await expect(kaart).toContainText('Opleidingen Utrecht');
    await expect(kaart.getByLabel('Budgetregel (niet verplicht)')).toHaveValue('');

    // Rejecting without a reason: the reason is asked for, nothing is sent.
    await kaart.getByRole('button', { name: 'Afwijzen' }).click();
    await expect(kaart.locator('[id$="-fouten"]')).toBeFocused();
    await expect(kaart.getByLabel('Reden', { exact: true })).toHaveAttribute('aria-invalid', 'true');

    await kaart.getByRole('button', { name: 'Goedkeuren' }).click();
    await expect(page.locator('#vp-uitkomst')).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: `De verplichting voor ${dienst} (€ 1.234,56) is goedgekeurd.` })).toBeVisible();
    await expect(kaart).toHaveCount(0);
    guard.expectClean();
  } finally {
    await context.close();
  }
  await als(browser, baseURL, 'adviseur', (page) => startInterventieApi(page, ids.trajectId, ids.interventieId));
});

test('Olga Opleider (aanbieder) declareert de interventie; boven de verplichting wordt geweigerd bij het bedrag', async ({ browser, baseURL }) => {
  const { context, page, guard } = await asUser(browser, baseURL, 'aanbieder', 320);
  guard.allow(/\/api\/v1\/declaraties$/); // the 400 provoked below
  try {
    await page.goto('/');
    const links = await menuLinks(page);
    expect(links).toContain('Declaraties');
    expect(links).not.toContain('Budget');
    expect(links).not.toContain('Kassier');
    await nav(page).getByRole('link', { name: 'Declaraties' }).click();
    await expect(h1(page)).toHaveText('Declaraties');
    await page.getByRole('link', { name: 'Declaratie invoeren' }).click();
    await expect(h1(page)).toHaveText('Declaratie invoeren');
    await expect(page.getByRole('main')).toContainText('Aanbieder: Opleidingen Utrecht (uw organisatie)');

    // Nothing filled in: every message in the summary, which gets focus.
    await page.getByRole('button', { name: 'Declaratie indienen' }).click();
    const summary = page.locator('#decl-fouten');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Vul het factuurnummer in',
      'Vul het begin van de periode in',
      'Vul het einde van de periode in',
      'Vul het IBAN in',
      'Verwijs naar de factuur zelf',
      'Kies of vul de interventie in',
      'Vul een bedrag in euro’s in',
    ]);
    await expect(page).toHaveTitle(/^Fout: Declaratie invoeren/);

    await page.getByLabel('Factuurnummer').fill(factuurnummer);
    await page.getByLabel('Periode van').fill(dag());
    await page.getByLabel('Periode tot en met').fill(dag());
    await page.getByLabel('IBAN', { exact: true }).fill('NL91 ABNA 0417 1643 01');
    await page.getByLabel('Verwijzing naar de factuur').fill(`facturen/${factuurnummer}.pdf`);
    await page.getByLabel('Kenmerk van de interventie').fill(ids.interventieId);
    await page.getByLabel('Bedrag (euro)').fill('1.300,00');
    await page.getByRole('button', { name: 'Declaratie indienen' }).click();
    await expect(summary.getByRole('link')).toHaveText(['Dit is geen geldig IBAN: controleer de letters en cijfers']);

    // Above the open verplichting: the server's invalidParams appear at the amount.
    await page.getByLabel('IBAN', { exact: true }).fill('NL91 ABNA 0417 1643 00');
    await expect(page.locator('#decl-totaal')).toHaveText('Totaal van de declaratie: € 1.300,00');
    await page.getByRole('button', { name: 'Declaratie indienen' }).click();
    await expect(summary).toBeFocused();
    const bedragVeld = page.getByLabel('Bedrag (euro)');
    await expect(bedragVeld).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#decl-regel-0-bedrag-fout')).toContainText('meer dan de open verplichting');

    await bedragVeld.fill('1234.56');
    await page.getByRole('button', { name: 'Declaratie indienen' }).click();
    await expect(page).toHaveURL(/\/declaraties\/[0-9a-f-]{36}$/);
    declaratieId = page.url().split('/').pop() ?? '';
    await expect(h1(page)).toHaveText(`Declaratie ${factuurnummer} van Opleidingen Utrecht`);
    await expect(page.getByRole('status').filter({ hasText: `Declaratie ${factuurnummer} is ingediend.` })).toBeVisible();
    await expect(page.locator('#decl-status')).toHaveText('Ingediend');
    await expect(page.locator('#decl-bedrag')).toHaveText('€ 1.234,56');
    await expect(page.getByRole('heading', { name: 'Beoordelen' })).toHaveCount(0);
    guard.expectClean();
  } finally {
    await context.close();
  }
});

test('de kassier keurt de declaratie goed, maakt een betaalronde, downloadt het SEPA-bestand en markeert het als betaald', async ({ browser, baseURL }) => {
  expect(declaratieId).not.toBe('');
  const { context, page, guard } = await asUser(browser, baseURL, 'kassier');
  try {
    await page.goto('/');
    const links = await menuLinks(page);
    expect(links).toEqual(expect.arrayContaining(['Budget', 'Kassier', 'Declaraties', 'Betaalrondes']));
    expect(links).not.toContain('Trajecten');
    await nav(page).getByRole('link', { name: 'Kassier' }).click();
    await expect(h1(page)).toHaveText('Werk voor de kassier');
    await loaded(page);
    await expect(page.getByRole('heading', { name: /^Ingediende declaraties \(\d+\)$/ })).toBeVisible();
    await page.locator('#kassier-ingediend-tabel').getByRole('link', { name: factuurnummer }).click();

    await expect(h1(page)).toHaveText(`Declaratie ${factuurnummer} van Opleidingen Utrecht`);
    await expect(page.locator('#decl-regels-tabel tbody')).toContainText(dienst);
    await page.getByRole('button', { name: 'Declaratie goedkeuren' }).click();
    await expect(page.locator('#decl-uitkomst')).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'De declaratie is goedgekeurd.' })).toBeVisible();
    await expect(page.locator('#decl-status')).toHaveText('Goedgekeurd');
    // Not yet in a run: the approval can still be reversed.
    await expect(page.getByRole('heading', { name: 'Goedkeuring terugdraaien (correctie)' })).toBeVisible();

    await page.getByRole('link', { name: 'Terug naar het werk voor de kassier' }).click();
    await loaded(page);
    await expect(page.getByRole('heading', { name: 'Goedgekeurd, wacht op een betaalronde (1)' })).toBeVisible();
    await expect(page.locator('#kassier-tebetalen-tabel')).toContainText(factuurnummer);

    await nav(page).getByRole('link', { name: 'Betaalrondes' }).click();
    await expect(h1(page)).toHaveText('Betaalrondes');
    await page.getByLabel('Naam van de rekeninghouder').fill('Werkcentrum Midden-Utrecht');
    await page.getByLabel('IBAN waarvan betaald wordt').fill('NL20 INGB 0001 2345 67');
    await page.getByRole('button', { name: 'Betaalronde aanmaken' }).click();
    await expect(page).toHaveURL(/\/betaalrondes\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('status').filter({ hasText: 'De betaalronde is aangemaakt: 1 betaling van € 1.234,56.' })).toBeVisible();
    await expect(page.locator('#br-status')).toHaveText('Wacht op de bank');
    await expect(page.locator('#br-totaal')).toHaveText('€ 1.234,56');
    await expect(page.locator('#br-posten-tabel tbody tr')).toHaveCount(1);
    await expect(page.locator('#br-posten-tabel tbody tr')).toContainText(factuurnummer);

    // The bank file: pain.001 with the amount as control sum.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /SEPA-betaalbestand downloaden/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^betaalronde-[0-9a-f-]{36}\.xml$/);
    const xml = await readFile(await download.path(), 'utf8');
    expect(xml).toContain('<CtrlSum>1234.56</CtrlSum>');
    expect(xml).toContain('<NbOfTxs>1</NbOfTxs>');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Betalingen downloaden als CSV' }).click()]);
    expect(await readFile(await csv.path(), 'utf8')).toContain(factuurnummer);

    // Mark as paid, after a confirmation (which starts on Annuleren).
    const knop = page.getByRole('button', { name: 'Markeer als betaald…' });
    await knop.click();
    const dialog = page.getByRole('alertdialog', { name: 'Betaalronde als betaald markeren?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('1 betaling van € 1.234,56 wordt als betaald geboekt');
    await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(knop).toBeFocused();
    await knop.click();
    await dialog.getByRole('button', { name: 'Ja, markeer als betaald' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De betaalronde is als betaald gemarkeerd' })).toBeVisible();
    await expect(page.locator('#br-status')).toHaveText('Betaald');
    await expect(knop).toHaveCount(0);

    await page.goto(`/declaraties/${declaratieId}`);
    await expect(page.locator('#decl-status')).toHaveText('Betaald');
    guard.expectClean();
  } finally {
    await context.close();
  }
});

test('het budgetoverzicht toont het bedrag als betaald en minder beschikbaar, in grafiek, tabel en grootboek', async ({ browser, baseURL }) => {
  const { context, page, guard } = await asUser(browser, baseURL, 'coordinator');
  try {
    await page.goto('/');
    await nav(page).getByRole('link', { name: 'Budget' }).click();
    await expect(h1(page)).toHaveText('Budget');
    await loaded(page);
    await page.locator('#budgetten-tabel').getByRole('link', { name: `Budget ${jaar} van Midden-Utrecht (AM13)` }).click();
    await expect(h1(page)).toHaveText(`Budget ${jaar} – Midden-Utrecht (AM13)`);

    await expect(saldoCel(page, 'Interventies', 'betaaldCent')).toHaveText(bedrag(voor.betaaldCent + kosten));
    await expect(saldoCel(page, 'Interventies', 'beschikbaarCent')).toHaveText(bedrag(voor.beschikbaarCent - kosten));
    await expect(saldoCel(page, 'Interventies', 'verplichtCent')).toHaveText(bedrag(voor.verplichtCent + kosten));
    await expect(saldoCel(page, 'Interventies', 'gedeclareerdCent')).toHaveText(bedrag(voor.gedeclareerdCent + kosten));

    // The chart: one image with a name and the summary as description, beside its table twin.
    const grafiek = page.locator('#budget-grafiek svg[role="img"]');
    await expect(grafiek).toHaveAttribute('aria-label', 'Staafdiagram van toegekend, verplicht en betaald per budgetregel');
    await expect(grafiek).toHaveAttribute('aria-describedby', 'budget-samenvatting');
    await expect(page.locator('#budget-samenvatting')).toContainText('is toegekend');
    await expect(page.locator('#saldi-tabel')).toHaveAttribute('data-grafiek', 'budget-grafiek');
    await expect(grafiek.locator('text', { hasText: 'Interventies' })).toHaveCount(1);

    // Spending per aanbieder and the ledger.
    await page.getByLabel('Uitgaven per').selectOption('aanbieder');
    await page.getByRole('button', { name: 'Uitgaven tonen' }).click();
    await loaded(page);
    await expect(page.locator('#uitgaven-tabel tbody tr').filter({ hasText: 'Opleidingen Utrecht' })).toContainText(bedrag(kosten));
    await expect(page.locator('#mutaties-tabel')).toContainText(`Betaling factuur ${factuurnummer} Opleidingen Utrecht`);
    await expect(page.getByRole('link', { name: `Jaarverantwoording ${jaar} downloaden (CSV)` })).toHaveAttribute(
      'href',
      /\/api\/v1\/budgetten\/[0-9a-f-]{36}\/verantwoording\?formaat=csv$/,
    );
    guard.expectClean();
  } finally {
    await context.close();
  }
});

test('de coördinator stelt een verhoging voor; de kassier keurt haar goed in zijn werkvoorraad', async ({ browser, baseURL }) => {
  const coordinator = await asUser(browser, baseURL, 'coordinator', 320);
  const overigVoor = regel(await budgetApi(coordinator.page, jaar), 'Overig').saldo;
  try {
    const budget = await budgetApi(coordinator.page, jaar);
    await coordinator.page.goto(`/budget/${budget.id}`);
    await expect(h1(coordinator.page)).toHaveText(`Budget ${jaar} – Midden-Utrecht (AM13)`);
    const form = coordinator.page.getByRole('region', { name: 'Wijziging voorstellen' });
    await form.getByRole('button', { name: 'Wijziging voorstellen' }).click();
    await expect(coordinator.page.locator('#wz-fouten').getByRole('link')).toHaveText([
      'Kies de budgetregel',
      'Vul een bedrag in euro’s in',
      'Licht het voorstel toe',
    ]);
    await form.getByLabel('Budgetregel').selectOption({ label: 'Overig' });
    await form.getByLabel('Verhoging of verlaging (euro)').fill('0');
    await form.getByLabel('Toelichting').fill(`Extra voor evenementen (${stamp})`);
    await form.getByRole('button', { name: 'Wijziging voorstellen' }).click();
    await expect(coordinator.page.locator('#wz-fouten').getByRole('link')).toHaveText(['Vul een verhoging of een verlaging in; 0 verandert niets']);
    await form.getByLabel('Verhoging of verlaging (euro)').fill('+1.000,50');
    await form.getByRole('button', { name: 'Wijziging voorstellen' }).click();
    await expect(coordinator.page.getByRole('status').filter({ hasText: 'Het voorstel is gedaan.' })).toBeVisible();
    await expect(coordinator.page.locator('#wijzigingen-tabel tbody tr').first()).toContainText('+€ 1.000,50');
    await expect(coordinator.page.locator('#wijzigingen-tabel tbody tr').first()).toContainText('Wacht op de kassier');
    coordinator.guard.expectClean();
  } finally {
    await coordinator.context.close();
  }

  const kassier = await asUser(browser, baseURL, 'kassier', 320);
  try {
    await kassier.page.goto('/kassier');
    await loaded(kassier.page);
    await expect(kassier.page.getByRole('heading', { name: /^Voorstellen tot wijziging \(\d+\)$/ })).toBeVisible();
    const kaart = kassier.page.locator('#kassier-wijzigingen > li').filter({ hasText: `Extra voor evenementen (${stamp})` });
    await expect(kaart.getByRole('heading')).toHaveText('Toekenning +€ 1.000,50 op Overig');
    await kaart.getByRole('button', { name: 'Voorstel goedkeuren' }).click();
    await expect(kassier.page.getByRole('status').filter({ hasText: 'Het voorstel is goedgekeurd en geboekt.' })).toBeVisible();
    await expect(kaart).toHaveCount(0);
    await kassier.page.goto(`/budget/${(await budgetApi(kassier.page, jaar)).id}`);
    await expect(saldoCel(kassier.page, 'Overig', 'toegekendCent')).toHaveText(bedrag(overigVoor.toegekendCent + 100050));
    kassier.guard.expectClean();
  } finally {
    await kassier.context.close();
  }
});

test('de coördinator stelt een budget voor een nieuw jaar in; een jaar dat al een budget heeft, wordt bij het jaar geweigerd', async ({ browser, baseURL }) => {
  const nieuwJaar = 2030 + (Number(stamp) % 60);
  const { context, page, guard } = await asUser(browser, baseURL, 'coordinator');
  guard.allow(/\/api\/v1\/budgetten$/); // the 409 provoked below
  try {
    await page.goto('/budget');
    await page.getByRole('link', { name: 'Budget instellen' }).click();
    await expect(h1(page)).toHaveText('Budget instellen');
    await expect(page.getByRole('main')).toContainText('Regio: Midden-Utrecht (AM13)');
    await page.getByLabel('Jaar').fill(String(jaar));
    await page.getByLabel('Regeling').fill(`Regeling werkcentra ${stamp}`);
    await page.locator('#bud-regel-0-bedrag').fill('100.000');
    await page.locator('#bud-regel-1-bedrag').fill('250.000,50');
    await page.getByRole('button', { name: 'Nog een regel' }).click();
    await expect(page.locator('#bud-regel-2-soort')).toBeFocused();
    await page.locator('#bud-regel-2-naam').fill('Evenementen');
    await page.getByRole('button', { name: 'Budget voorstellen' }).click();
    // This year has a budget: the server's 409 names the year.
    await expect(page.locator('#bud-fouten')).toBeFocused();
    await expect(page.locator('#bud-jaar-fout')).toHaveText('Er is al een budget voor dit jaar; stel een wijziging voor.');

    await page.getByLabel('Jaar').fill(String(nieuwJaar));
    await page.getByRole('button', { name: 'Budget voorstellen' }).click();
    await expect(page).toHaveURL(/\/budget\/[0-9a-f-]{36}$/);
    await expect(h1(page)).toHaveText(`Budget ${nieuwJaar} – Midden-Utrecht (AM13)`);
    await expect(page.getByRole('status').filter({ hasText: `Het budget ${nieuwJaar} is ingesteld.` })).toBeVisible();
    // Nothing counts until the kassier approves the allocations.
    await expect(saldoCel(page, 'Interventies', 'toegekendCent')).toHaveText('€ 0,00');
    await expect(page.locator('#saldi-tabel tbody tr')).toHaveCount(3);
    const voorstellen = page.locator('#wijzigingen-tabel tbody tr');
    await expect(voorstellen).toHaveCount(2);
    await expect(voorstellen.filter({ hasText: 'Interventies' })).toContainText('+€ 250.000,50');
    await expect(voorstellen.filter({ hasText: 'Interventies' })).toContainText('Wacht op de kassier');
    guard.expectClean();
  } finally {
    await context.close();
  }
});

test('vier ogen: een grote verplichting krijgt een eerste en een tweede akkoord van verschillende coördinatoren', async ({ browser, baseURL }) => {
  const groot = `Omscholing groot ${stamp}`;
  const { interventieId } = await geplandeInterventie(browser, baseURL, groot, 650000);
  const eerste = await asUser(browser, baseURL, 'coordinator');
  try {
    await eerste.page.goto('/verplichtingen');
    await loaded(eerste.page);
    const kaart = eerste.page.locator(`#vp-aangevraagd-lijst > li[data-interventie="${interventieId}"]`);
    await expect(kaart).toContainText('Vanaf € 5.000,00 zijn twee akkoorden nodig');
    await kaart.getByRole('button', { name: 'Goedkeuren' }).click();
    await expect(eerste.page.getByRole('status').filter({ hasText: `U gaf het eerste akkoord voor ${groot}` })).toBeVisible();
    const wacht = eerste.page.locator(`#vp-eerste_akkoord-lijst > li[data-interventie="${interventieId}"]`);
    await expect(wacht).toContainText('U gaf op');
    await expect(wacht.getByRole('button', { name: 'Tweede akkoord geven' })).toHaveCount(0);
    eerste.guard.expectClean();
  } finally {
    await eerste.context.close();
  }
  const tweede = await asUser(browser, baseURL, 'coordinator2');
  try {
    await tweede.page.goto('/verplichtingen');
    await loaded(tweede.page);
    const wacht = tweede.page.locator(`#vp-eerste_akkoord-lijst > li[data-interventie="${interventieId}"]`);
    await expect(wacht).toContainText(/Eerste akkoord door Coen Coördinatie op .+, wacht op een tweede coördinator\./);
    await wacht.getByRole('button', { name: 'Tweede akkoord geven' }).click();
    await expect(tweede.page.getByRole('status').filter({ hasText: `De verplichting voor ${groot} (€ 6.500,00) is goedgekeurd.` })).toBeVisible();
    await expect(wacht).toHaveCount(0);
    tweede.guard.expectClean();
  } finally {
    await tweede.context.close();
  }
});

test('een verouderde beoordeling geeft “iemand anders”: de lijst toont de nieuwe stand (met het toetsenbord)', async ({ browser, baseURL }) => {
  const naam = `Sollicitatietraining ${stamp}`;
  const { interventieId } = await geplandeInterventie(browser, baseURL, naam, 45000);
  const { context, page, guard } = await asUser(browser, baseURL, 'coordinator', 320);
  guard.allow(/\/api\/v1\/verplichtingen\/[0-9a-f-]+\/beoordeling$/); // the 412 provoked below
  try {
    await page.goto('/verplichtingen');
    await loaded(page);
    const kaart = page.locator(`#vp-aangevraagd-lijst > li[data-interventie="${interventieId}"]`);
    await expect(kaart).toHaveCount(1);
    // Meanwhile the second coordinator rejects it.
    await als(browser, baseURL, 'coordinator2', async (other) => {
      const v = (await verplichtingenApi(other, 'aangevraagd')).find((x) => x.interventieId === interventieId);
      const response = await other.request.post(`/api/v1/verplichtingen/${v?.id}/beoordeling`, {
        data: { besluit: 'afgewezen', reden: 'Geen budget meer voor dit soort trainingen.' },
        headers: { 'X-CSRF-Token': await csrfToken(other), 'If-Match': `"${v?.versie}"` },
      });
      expect(response.status(), await response.text()).toBe(200);
    });
    await kaart.getByRole('button', { name: 'Goedkeuren' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#vp-uitkomst')).toBeFocused();
    await expect(page.getByRole('alert').filter({ hasText: 'Iemand anders heeft deze verplichting intussen beoordeeld of gewijzigd' })).toBeVisible();
    await expect(kaart).toHaveCount(0);
    guard.expectClean();
  } finally {
    await context.close();
  }
});

test.describe('rollen', () => {
  test('de adviseur ziet geen Budget en krijgt “geen toegang”', async ({ browser, baseURL }) => {
    const { context, page, guard } = await asUser(browser, baseURL, 'adviseur', 320);
    try {
      await page.goto('/');
      const links = await menuLinks(page);
      expect(links).not.toContain('Budget');
      expect(links).not.toContain('Kassier');
      expect(links).not.toContain('Verplichtingen');
      expect(links).not.toContain('Betaalrondes');
      await page.goto('/budget');
      await expect(h1(page)).toHaveText('Geen toegang');
      await page.goto('/kassier');
      await expect(h1(page)).toHaveText('Geen toegang');
      guard.expectClean();
    } finally {
      await context.close();
    }
  });

  test('de kassier ziet geen trajecten en geen verplichtingen om goed te keuren', async ({ browser, baseURL }) => {
    const { context, page, guard } = await asUser(browser, baseURL, 'kassier');
    try {
      await page.goto('/');
      const links = await menuLinks(page);
      expect(links).toEqual(['Home', 'Regio’s', 'Dienstencatalogus', 'Budget', 'Kassier', 'Declaraties', 'Betaalrondes', 'Organisaties']);
      await page.goto('/trajecten');
      await expect(h1(page)).toHaveText('Geen toegang');
      await page.goto('/verplichtingen');
      await expect(h1(page)).toHaveText('Geen toegang');
      guard.expectClean();
    } finally {
      await context.close();
    }
  });

  test('de coördinator ziet Budget en Verplichtingen, niet het werk van de kassier', async ({ browser, baseURL }) => {
    const { context, page, guard } = await asUser(browser, baseURL, 'coordinator');
    try {
      await page.goto('/');
      const links = await menuLinks(page);
      expect(links).toEqual(expect.arrayContaining(['Budget', 'Verplichtingen', 'Declaraties']));
      expect(links).not.toContain('Kassier');
      expect(links).not.toContain('Betaalrondes');
      await page.goto('/betaalrondes');
      await expect(h1(page)).toHaveText('Geen toegang');
      guard.expectClean();
    } finally {
      await context.close();
    }
  });
});

