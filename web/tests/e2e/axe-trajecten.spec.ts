import type { Page } from '@playwright/test';
import { asUser, checkPage, widths } from './axe-check';
import { expect, test } from './fixtures';
import { loggedInContext, type DemoUser } from './auth';
import { createDienstApi } from './diensten';
import {
  accepteerApi,
  dag,
  doorverwijzingUwvApi,
  interventieApi,
  klantApi,
  loaded,
  toestemmingUwvApi,
  trajectApi,
  trajectStapApi,
  werkgeverApi,
} from './trajecten';

// The trajecten pages and their key states, checked with axe (WCAG 2.0–2.2 A/AA) and for
// horizontal overflow at 320 and 1280 px: the list; starting a traject (empty and with errors);
// a traject as its regie (interventie with its step form, toestemming, referral, the change
// and closing forms and the confirmation to withdraw a toestemming open), as a partner under a toestemming, and as an uninvolved organisation (not found);
// a closed traject with due nametingen; an employer's traject with a linked one; the inbox and
// outbox of referrals; the due nametingen, and a coordinator's count of them per medewerker.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

const stamp = `${Date.now()}`.slice(-8);
const ids = { klant: '', open: '', gesloten: '', werkgever: '', verstuurd: '' };

async function als<T>(browser: import('@playwright/test').Browser, baseURL: string | undefined, user: DemoUser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await loggedInContext(browser, baseURL, user);
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

test.beforeAll(async ({ browser, baseURL }) => {
  const dienst = await als(browser, baseURL, 'coordinator', (page) => createDienstApi(page, `Loopbaangesprekken axe ${stamp}`));
  await als(browser, baseURL, 'frontoffice', async (page) => {
    ids.klant = await klantApi(page, `E2E Axe ${stamp}`);
    ids.open = await trajectApi(page, { klantId: ids.klant });
    ids.gesloten = await trajectApi(page, { klantId: await klantApi(page, `E2E Axe afgesloten ${stamp}`) }, { startdatum: dag(-365) });
    ids.verstuurd = await trajectApi(page, { klantId: await klantApi(page, `E2E Axe verstuurd ${stamp}`) });
    ids.werkgever = await trajectApi(page, { werkgeverId: await werkgeverApi(page, `Axe Fabriek ${stamp}`, `7${stamp.slice(-7)}`) });
    await trajectApi(page, { klantId: await klantApi(page, `E2E Axe werknemer ${stamp}`) }, { werkgeverTrajectId: ids.werkgever });
  });
  const open = await als(browser, baseURL, 'adviseur', async (page) => {
    await interventieApi(page, ids.open, dienst);
    const geaccepteerd = await doorverwijzingUwvApi(page, ids.open, await toestemmingUwvApi(page, ids.open), `Axe: graag begeleiding (${stamp}).`);
    await doorverwijzingUwvApi(page, ids.verstuurd, await toestemmingUwvApi(page, ids.verstuurd), `Axe: nog te beantwoorden (${stamp}).`);
    await trajectStapApi(page, ids.gesloten, { status: 'afgesloten', resultaat: { uitkomst: 'werk_behouden', datum: dag(-200) } });
    return geaccepteerd;
  });
  await als(browser, baseURL, 'adviseurUwv', (page) => accepteerApi(page, open));
});

for (const width of widths) {
  test.describe(`axe bij ${width} px: trajecten`, () => {
    test('lijst, traject starten (met fouten)', async ({ browser, baseURL }) => {
      const { context, page, guard } = await asUser(browser, baseURL, 'frontoffice', width);
      try {
        const h1 = page.getByRole('heading', { level: 1 });
        await page.goto('/trajecten');
        await expect(h1).toHaveText('Trajecten');
        await page.getByRole('radio', { name: 'Trajecten waarin mijn organisatie de regie heeft' }).check();
        await page.getByRole('button', { name: 'Filter toepassen' }).click();
        await loaded(page);
        await expect(page.locator('#trajecten-tabel tbody a').first()).toBeVisible();
        await checkPage(page, 'trajecten');

        await page.goto(`/trajecten/nieuw?klantId=${ids.klant}`);
        await expect(h1).toHaveText(`Traject starten voor E2E Axe ${stamp}`);
        await expect(page.locator('#tr-regievoerder option', { hasText: 'Ahmed Advies' })).toHaveCount(1);
        await checkPage(page, 'traject starten');
        await page.getByLabel('Regievoerder').selectOption('');
        await page.getByLabel('Startdatum (niet verplicht)').fill('2001-01-01');
        await page.getByRole('button', { name: 'Traject starten' }).click();
        await expect(page.locator('#tr-fouten')).toBeFocused();
        await checkPage(page, 'traject starten met fouten');

        await page.goto('/trajecten/nieuw');
        await expect(h1).toHaveText('Traject starten');
        await checkPage(page, 'traject starten zonder klant');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });

    test('traject als regie: open (afsluiten met fouten), afgesloten met nametingen, werkgever met gekoppelde trajecten', async ({ browser, baseURL }) => {
      const { context, page, guard } = await asUser(browser, baseURL, 'adviseur', width);
      try {
        const h1 = page.getByRole('heading', { level: 1 });
        await page.goto(`/trajecten/${ids.open}`);
        await expect(h1).toHaveText(`Traject van E2E Axe ${stamp}`);
        await expect(page.locator('#interventies-tabel tbody tr')).toHaveCount(1);
        await expect(page.locator('#tijdlijn-lijst li').first()).toBeVisible();
        await checkPage(page, 'traject (regie)');
        await page.locator('#toestemmingen-tabel tbody tr').filter({ hasText: 'UWV Utrecht' }).getByRole('button', { name: /Intrekken/ }).click();
        const intrekken = page.getByRole('alertdialog', { name: 'Toestemming intrekken?' });
        await expect(intrekken.getByRole('button', { name: 'Annuleren' })).toBeFocused();
        await checkPage(page, 'toestemming intrekken: bevestigen');
        await intrekken.getByRole('button', { name: 'Annuleren' }).click();
        await expect(intrekken).toBeHidden();
        await page.getByRole('button', { name: 'Wijzigen…' }).click();
        await page.locator('#tw-klantvraag').fill('');
        await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
        await expect(page.locator('#tw-fouten')).toBeFocused();
        await checkPage(page, 'traject wijzigen met fouten');
        await page.getByRole('button', { name: 'Afsluiten…' }).click();
        await page.getByLabel('Uitkomst').selectOption('van_werk_naar_werk');
        await page.getByRole('button', { name: 'Traject afsluiten' }).click();
        await expect(page.locator('#afs-fouten')).toBeFocused();
        await checkPage(page, 'traject afsluiten met fouten');
        await page.getByRole('button', { name: 'Interventie plannen' }).click();
        await expect(page.locator('#int-fouten')).toBeFocused();
        await checkPage(page, 'interventie plannen met fouten');
        // The planning of the planned interventie, with an end before its start.
        const stap = page.locator('[id^="stap-"][id$="-actie"]').first();
        await stap.getByLabel('De planning of de kosten wijzigen').check();
        await page.locator('[id$="-gepland-einde"]').fill('2020-01-01');
        await page.getByRole('button', { name: 'Voortgang opslaan' }).click();
        await expect(page.locator('[id^="stap-"][id$="-fouten"]').first()).toBeFocused();
        await checkPage(page, 'interventie: planning wijzigen met fouten');

        await page.goto(`/trajecten/${ids.gesloten}`);
        await expect(page.locator('#traject-status')).toContainText('Afgesloten');
        await expect(page.locator('#nametingen-tabel tbody tr')).toHaveCount(3);
        await checkPage(page, 'traject afgesloten, nametingen aan de beurt');

        await page.goto(`/trajecten/${ids.werkgever}`);
        await expect(h1).toHaveText(`Traject van Axe Fabriek ${stamp}`);
        await loaded(page);
        await expect(page.locator('#gekoppeld-tabel tbody a')).toHaveCount(1);
        await checkPage(page, 'werkgeverstraject met gekoppelde trajecten');

        await page.goto('/nametingen');
        await expect(h1).toHaveText('Nametingen');
        await loaded(page);
        await expect(page.locator('#nm-lijst > li').first()).toBeVisible();
        await checkPage(page, 'nametingen');

        await page.goto('/doorverwijzingen');
        await loaded(page);
        await page.getByRole('button', { name: 'Verstuurd' }).click();
        await loaded(page);
        await expect(page.locator('#dv-lijst > li').first()).toBeVisible();
        await checkPage(page, 'doorverwijzingen: verstuurd');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });

    test('traject als partner, postbus van de partner, en niet gevonden', async ({ browser, baseURL }) => {
      const uwv = await asUser(browser, baseURL, 'adviseurUwv', width);
      const gemeente = await asUser(browser, baseURL, 'adviseurGemeente', width);
      gemeente.guard.allow(new RegExp(`/api/v1/trajecten/${ids.open}$`));
      try {
        await uwv.page.goto(`/trajecten/${ids.open}`);
        await expect(uwv.page.getByRole('heading', { level: 1 })).toHaveText(/^Traject: /);
        await expect(uwv.page.locator('#traject-gegevens')).toContainText('Niet zichtbaar');
        await checkPage(uwv.page, 'traject (partner)');

        await uwv.page.goto('/doorverwijzingen');
        await loaded(uwv.page);
        const kaart = uwv.page.locator('#dv-lijst > li').filter({ hasText: `Axe: nog te beantwoorden (${stamp}).` });
        await expect(kaart.getByRole('button', { name: 'Accepteren' })).toBeVisible();
        await checkPage(uwv.page, 'doorverwijzingen: ontvangen');
        await kaart.getByRole('button', { name: 'Afwijzen' }).click();
        await expect(kaart.locator('[id$="-fouten"]')).toBeFocused();
        await checkPage(uwv.page, 'doorverwijzingen: afwijzen zonder reden');

        await gemeente.page.goto(`/trajecten/${ids.open}`);
        await expect(gemeente.page.getByRole('heading', { level: 1 })).toHaveText('Traject niet gevonden');
        await checkPage(gemeente.page, 'traject niet gevonden');
        uwv.guard.expectClean();
        gemeente.guard.expectClean();
      } finally {
        await uwv.context.close();
        await gemeente.context.close();
      }
    });

    test('nametingen per medewerker (coordinator)', async ({ browser, baseURL }) => {
      const { context, page, guard } = await asUser(browser, baseURL, 'coordinator', width);
      let lijstVanAhmed = '';
      try {
        await page.goto('/nametingen');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nametingen');
        await loaded(page);
        // The closed traject's nametingen (200 days after its resultaat) are Ahmed Advies's.
        const ahmed = page.locator('#nm-per-medewerker-tabel tbody tr').filter({ hasText: 'Ahmed Advies' });
        await expect(ahmed).toHaveCount(1);
        await expect(ahmed.locator('td').first()).toHaveText(/^[1-9]\d*$/);
        await checkPage(page, 'nametingen per medewerker');

        await ahmed.getByRole('link', { name: 'Ahmed Advies' }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nametingen van Ahmed Advies');
        await loaded(page);
        await expect(page.locator(`#nm-lijst > li[data-traject="${ids.gesloten}"]`).first()).toBeVisible();
        await checkPage(page, 'nametingen van een medewerker');
        lijstVanAhmed = new URL(page.url()).pathname;
        guard.expectClean();
      } finally {
        await context.close();
      }
      // Not for the adviser himself: the overview and another's list are the coordinator's.
      const adviseur = await asUser(browser, baseURL, 'adviseur', width);
      try {
        await adviseur.page.goto('/nametingen');
        await loaded(adviseur.page);
        await expect(adviseur.page.locator('#nm-per-medewerker-tabel')).toHaveCount(0);
        await adviseur.page.goto(lijstVanAhmed);
        await expect(adviseur.page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
        adviseur.guard.expectClean();
      } finally {
        await adviseur.context.close();
      }
    });
  });
}
