import { asUser, checkPage, widths } from './axe-check';
import { expect, test } from './fixtures';
import {
  als,
  beoordeelDeclaratieApi,
  betaalrondeApi,
  budgetApi,
  declaratieApi,
  ditJaar,
  geplandeInterventie,
  gestarteInterventie,
  regel,
  wijzigingApi,
} from './budget';
import { keurVerplichtingGoedApi, loaded } from './trajecten';

// The pages of the ontschot budget and their key states, checked with axe (WCAG 2.0–2.2 A/AA)
// and for horizontal overflow at 320 and 1280 px: the budgets, one budget with its chart (and
// the chart's table twin), the proposal forms with errors, a new budget with errors; the
// verplichtingen queue (requested, and one waiting for a second akkoord); the kassier's queue,
// a declaratie to assess (above the verplichting, with the akkoord checkbox) with errors, the
// declaratie form, the betaalrondes with the form's errors and a run with its confirmation
// dialog open; the aanbieder's list, form and a read-only declaratie. Nothing approved is left
// outside a betaalronde, so the flow test's run holds only its own declaratie.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

const stamp = `${Date.now()}`.slice(-8);
const jaar = ditJaar();
const ids = { budget: '', ronde: '', ingediend: '', inRonde: '', aangevraagd: '', groot: '' };

test.beforeAll(async ({ browser, baseURL }) => {
  ids.aangevraagd = (await geplandeInterventie(browser, baseURL, `Axe aangevraagd ${stamp}`, 80000)).interventieId;
  ids.groot = (await geplandeInterventie(browser, baseURL, `Axe groot ${stamp}`, 700000)).interventieId;
  await als(browser, baseURL, 'coordinator', (page) => keurVerplichtingGoedApi(page, ids.groot, 'eerste_akkoord'));
  const betaald = await gestarteInterventie(browser, baseURL, `Axe in ronde ${stamp}`, 50000);
  const ingediend = await gestarteInterventie(browser, baseURL, `Axe ingediend ${stamp}`, 40000);
  await als(browser, baseURL, 'aanbieder', async (page) => {
    ids.inRonde = await declaratieApi(page, `AXE-R-${stamp}`, betaald.interventieId, 50000);
    ids.ingediend = await declaratieApi(page, `AXE-I-${stamp}`, ingediend.interventieId, 45000, true);
  });
  await als(browser, baseURL, 'kassier', async (page) => {
    await beoordeelDeclaratieApi(page, ids.inRonde, 'goedgekeurd');
    ids.ronde = await betaalrondeApi(page);
  });
  await als(browser, baseURL, 'coordinator', async (page) => {
    const budget = await budgetApi(page, jaar);
    ids.budget = budget.id;
    await wijzigingApi(page, budget.id, regel(budget, 'Overig').id, -25000, `Axe: minder voor overig (${stamp})`);
  });
});

for (const width of widths) {
  test.describe(`axe bij ${width} px: budget`, () => {
    test('budgetten, een budget met grafiek en tabel, voorstellen en een nieuw budget (coördinator)', async ({ browser, baseURL }) => {
      const { context, page, guard } = await asUser(browser, baseURL, 'coordinator', width);
      try {
        const h1 = page.getByRole('heading', { level: 1 });
        await page.goto('/budget');
        await expect(h1).toHaveText('Budget');
        await expect(page.locator('#budgetten-tabel tbody tr')).not.toHaveCount(0);
        await checkPage(page, 'budgetten');

        await page.goto(`/budget/${ids.budget}`);
        await expect(h1).toHaveText(`Budget ${jaar} – Midden-Utrecht (AM13)`);
        // The chart is an SVG image with a name, described by the summary, beside its table twin
        // with a row per budgetregel.
        const svg = page.locator('#budget-grafiek svg[role="img"]');
        await expect(svg).toBeVisible();
        await expect(svg).toHaveAttribute('aria-label', /Staafdiagram/);
        await expect(page.locator(`#${await svg.getAttribute('aria-describedby')}`)).toContainText('is toegekend');
        const twin = page.locator(`table[data-grafiek="budget-grafiek"]`);
        await expect(twin).toHaveCount(1);
        const regels = (await budgetApi(page, jaar)).regels.length;
        await expect(twin.locator('tbody tr')).toHaveCount(regels);
        await expect(svg.locator('text', { hasText: 'Toegekend' })).toHaveCount(regels);
        await loaded(page);
        await checkPage(page, 'budget met grafiek');

        const voorstel = page.getByRole('region', { name: 'Wijziging voorstellen' });
        await voorstel.getByLabel('Verhoging of verlaging (euro)').fill('12,345');
        await voorstel.getByRole('button', { name: 'Wijziging voorstellen' }).click();
        await expect(page.locator('#wz-fouten')).toBeFocused();
        const nieuw = page.getByRole('region', { name: 'Regel toevoegen' });
        await nieuw.getByRole('button', { name: 'Regel toevoegen' }).click();
        await expect(page.locator('#nr-fouten')).toBeFocused();
        await checkPage(page, 'budget: voorstellen met fouten');

        await page.goto('/budget/nieuw');
        await expect(h1).toHaveText('Budget instellen');
        await checkPage(page, 'budget instellen');
        await page.getByRole('button', { name: 'Nog een regel' }).click();
        await expect(page.locator('#bud-regel-2-soort')).toBeFocused();
        await page.getByRole('button', { name: 'Budget voorstellen' }).click();
        await expect(page.locator('#bud-fouten')).toBeFocused();
        await expect(page).toHaveTitle(/^Fout: Budget instellen/);
        await checkPage(page, 'budget instellen met fouten');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });

    test('verplichtingen: aangevraagd en wachtend op een tweede akkoord (coördinator 2)', async ({ browser, baseURL }) => {
      const { context, page, guard } = await asUser(browser, baseURL, 'coordinator2', width);
      try {
        await page.goto('/verplichtingen');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verplichtingen');
        await loaded(page);
        await expect(page.locator(`#vp-aangevraagd-lijst > li[data-interventie="${ids.aangevraagd}"]`)).toHaveCount(1);
        const wacht = page.locator(`#vp-eerste_akkoord-lijst > li[data-interventie="${ids.groot}"]`);
        await expect(wacht).toContainText('Eerste akkoord door Coen Coördinatie');
        await checkPage(page, 'verplichtingen');
        await wacht.getByRole('button', { name: 'Afwijzen' }).click();
        await expect(wacht.locator('[id$="-fouten"]')).toBeFocused();
        await checkPage(page, 'verplichtingen: afwijzen zonder reden');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });

    test('werk voor de kassier, een declaratie beoordelen, invoeren, betaalrondes (kassier)', async ({ browser, baseURL }) => {
      const { context, page, guard } = await asUser(browser, baseURL, 'kassier', width);
      try {
        const h1 = page.getByRole('heading', { level: 1 });
        await page.goto('/kassier');
        await expect(h1).toHaveText('Werk voor de kassier');
        await loaded(page);
        await expect(page.locator('#kassier-wijzigingen > li').filter({ hasText: `Axe: minder voor overig (${stamp})` })).toHaveCount(1);
        await expect(page.locator('#kassier-ingediend-tabel')).toContainText(`AXE-I-${stamp}`);
        await expect(page.locator('#kassier-rondes-tabel tbody tr')).not.toHaveCount(0);
        await checkPage(page, 'werk voor de kassier');

        await page.goto('/declaraties');
        await expect(h1).toHaveText('Declaraties');
        await expect(page.locator('#declaraties-tabel tbody tr')).not.toHaveCount(0);
        await checkPage(page, 'declaraties (kassier)');

        await page.goto(`/declaraties/${ids.ingediend}`);
        await expect(h1).toHaveText(`Declaratie AXE-I-${stamp} van Opleidingen Utrecht`);
        await expect(page.getByLabel('Ik keur het bedrag boven de verplichting uitdrukkelijk goed')).not.toBeChecked();
        await checkPage(page, 'declaratie beoordelen');
        await page.getByRole('button', { name: 'Declaratie afwijzen' }).click();
        await expect(page.locator('#decl-af-fouten')).toBeFocused();
        await checkPage(page, 'declaratie afwijzen zonder reden');

        await page.goto('/declaraties/nieuw');
        await expect(h1).toHaveText('Declaratie invoeren');
        await page.getByLabel('Aanbieder').selectOption({ label: 'Opleidingen Utrecht' });
        await checkPage(page, 'declaratie invoeren (kassier)');
        await page.getByRole('button', { name: 'Declaratie indienen' }).click();
        await expect(page.locator('#decl-fouten')).toBeFocused();
        await checkPage(page, 'declaratie invoeren met fouten (kassier)');

        await page.goto('/betaalrondes');
        await expect(h1).toHaveText('Betaalrondes');
        await expect(page.locator('#betaalrondes-tabel tbody tr')).not.toHaveCount(0);
        await page.getByLabel('IBAN waarvan betaald wordt').fill('NL00 0000');
        await page.getByRole('button', { name: 'Betaalronde aanmaken' }).click();
        await expect(page.locator('#br-fouten')).toBeFocused();
        await checkPage(page, 'betaalrondes met fouten');

        await page.goto(`/betaalrondes/${ids.ronde}`);
        await expect(page.locator('#br-posten-tabel')).toContainText(`AXE-R-${stamp}`);
        await checkPage(page, 'betaalronde');
        await page.getByRole('button', { name: 'Markeer als betaald…' }).click();
        await expect(page.getByRole('alertdialog')).toBeVisible();
        await checkPage(page, 'betaalronde: bevestigen');
        await page.getByRole('alertdialog').getByRole('button', { name: 'Annuleren' }).click();
        await expect(page.getByRole('alertdialog')).toBeHidden();
        guard.expectClean();
      } finally {
        await context.close();
      }
    });

    test('declaraties van de aanbieder: lijst, invoeren met fouten, een declaratie (Olga Opleider)', async ({ browser, baseURL }) => {
      const { context, page, guard } = await asUser(browser, baseURL, 'aanbieder', width);
      try {
        const h1 = page.getByRole('heading', { level: 1 });
        await page.goto('/declaraties');
        await expect(h1).toHaveText('Declaraties');
        await expect(page.locator('#declaraties-tabel')).toContainText(`AXE-R-${stamp}`);
        await checkPage(page, 'declaraties (aanbieder)');
        await page.goto('/declaraties/nieuw');
        await page.getByRole('button', { name: 'Nog een interventie' }).click();
        await expect(page.locator('#decl-regel-1-interventie')).toBeFocused();
        await page.getByRole('button', { name: 'Declaratie indienen' }).click();
        await expect(page.locator('#decl-fouten')).toBeFocused();
        await checkPage(page, 'declaratie invoeren met fouten (aanbieder)');
        await page.goto(`/declaraties/${ids.inRonde}`);
        await expect(h1).toHaveText(`Declaratie AXE-R-${stamp} van Opleidingen Utrecht`);
        await expect(page.locator('#decl-status')).toHaveText('Goedgekeurd');
        await checkPage(page, 'declaratie (aanbieder, lezen)');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });
  });
}
