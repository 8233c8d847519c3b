import type { Browser, Page } from '@playwright/test';
import { ConsoleGuard, expect, test } from './fixtures';
import { csrfToken, loggedInContext, menuLinks, type DemoUser } from './auth';
import { createDienstApi } from './diensten';
import { aanmeldingId, submitAanmeldingApi } from './toegang';
import {
  dag,
  doorverwijzingUwvApi,
  interventieIdVan,
  keurVerplichtingGoedApi,
  interventieApi,
  klantApi,
  loaded,
  toestemmingUwvApi,
  trajectApi,
  wijsVerplichtingAfApi,
  wijzigTrajectApi,
} from './trajecten';

// The whole flow of a traject in the browser, one user after another: frontoffice turns an
// aanmelding into a klant and starts a traject (a year back) with Ahmed Advies as regievoerder;
// he takes it through intake (a concurrent change gives "iemand anders"), plans an interventie
// from the catalogue (a paused dienst is listed but not choosable), records the klant's
// toestemming for UWV Utrecht and refers to UWV; UWV accepts in its inbox, sees only what the
// toestemming covers, starts and completes the interventie; Ahmed sees the result and closes the
// traject with work found (dated 200 days back), so nametingen are due; he records one from
// /nametingen. A regievoerder changes a traject (a stale change gives "iemand anders") and hands
// the regie to UWV, after which the list explains where it went. Then the access rules: an
// uninvolved gemeente never sees the traject, UWV only between accepting and the withdrawal of
// the toestemming.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const stamp = `${Date.now()}`.slice(-8);
const klantNaam = `E2E Traject ${stamp}`;
const dienstOpen = `Omscholing zorg ${stamp}`;
const dienstPauze = `Coaching ${stamp}`;
const vraagUwv = `Graag scholing in de zorg (${stamp}).`;
let trajectId = '';
let interventieId = '';

async function asUser(browser: Browser, baseURL: string | undefined, user: DemoUser, width = 1280) {
  const context = await loggedInContext(browser, baseURL, user, { viewport: { width, height: 900 } });
  const page = await context.newPage();
  return { context, page, guard: new ConsoleGuard(page) };
}

function h1(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/** The row of a table (by id) that has `text` in it. */
function rij(page: Page, tabel: string, text: string) {
  return page.locator(`#${tabel} tbody tr`).filter({ hasText: text });
}

test.beforeAll(async ({ browser, baseURL }) => {
  const context = await loggedInContext(browser, baseURL, 'coordinator');
  try {
    const page = await context.newPage();
    await createDienstApi(page, dienstOpen, 'open');
    await createDienstApi(page, dienstPauze, 'gepauzeerd');
  } finally {
    await context.close();
  }
});

test('frontoffice zet een aanmelding om in een klant en start een traject met Ahmed Advies als regievoerder', async ({ browser, baseURL }) => {
  const { context, page, guard } = await asUser(browser, baseURL, 'frontoffice');
  try {
    await page.goto('/');
    expect(await menuLinks(page)).toEqual(expect.arrayContaining(['Trajecten', 'Doorverwijzingen', 'Nametingen']));
    const ontvangen = await submitAanmeldingApi(page.request, klantNaam);
    const aanmelding = await aanmeldingId(page, ontvangen.referentienummer);
    await page.goto(`/aanmeldingen/${aanmelding.id}`);
    await expect(h1(page)).toHaveText(`Aanmelding ${ontvangen.referentienummer}`);
    await expect(page.getByRole('link', { name: 'Traject starten' })).toHaveCount(0);
    await page.getByLabel('Geboortedatum', { exact: true }).fill('1969-05-04');
    await page.getByRole('button', { name: 'Klant vastleggen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'de persoon is nu klant' })).toBeVisible();

    await page.getByRole('link', { name: 'Traject starten' }).click();
    await expect(page).toHaveURL(new RegExp(`/trajecten/nieuw\\?klantId=[0-9a-f-]{36}&aanmeldingId=${aanmelding.id}$`));
    await expect(h1(page)).toHaveText(`Traject starten voor ${klantNaam}`);
    await expect(h1(page)).toBeFocused();
    await expect(page.locator('#tr-regievoerder option', { hasText: 'Ahmed Advies (Werkcentrum Midden-Utrecht)' })).toHaveCount(1);
    await expect(page.locator('#tr-regievoerder option', { hasText: 'Umar Uitvoering (UWV Utrecht)' })).toHaveCount(1);

    // Nothing filled in: every message in the summary, which gets focus.
    await page.getByLabel('Regievoerder').selectOption('');
    await page.getByRole('button', { name: 'Traject starten' }).click();
    const summary = page.locator('#tr-fouten');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Kies de categorie van de vraag',
      'Beschrijf de vraag in de woorden van de klant',
      'Kies de regievoerder',
    ]);
    await expect(page).toHaveTitle(/^Fout: Traject starten voor/);
    await expect(page.getByLabel('Vraag van de klant')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Vraag van de klant')).toHaveAttribute('aria-describedby', /tr-klantvraag-fout/);

    await page.getByLabel('Categorie').selectOption('van_werk_naar_werk');
    await page.getByLabel('Vraag van de klant').fill('Ik werk in de logistiek en wil de zorg in.');
    await page.getByLabel('Doelen (niet verplicht)').fill('Binnen een jaar werk als helpende zorg.');
    await page.getByLabel('Regievoerder').selectOption({ label: 'Ahmed Advies (Werkcentrum Midden-Utrecht)' });
    await page.getByLabel('Startdatum (niet verplicht)').fill(dag(-365));
    await page.getByRole('button', { name: 'Traject starten' }).click();

    await expect(page).toHaveURL(/\/trajecten\/[0-9a-f-]{36}$/);
    trajectId = page.url().split('/').pop() ?? '';
    await expect(h1(page)).toHaveText(`Traject van ${klantNaam}`);
    await expect(page.getByRole('status').filter({ hasText: `Het traject voor ${klantNaam} is gestart.` })).toBeVisible();
    await expect(page.locator('#traject-status')).toContainText('Aangemeld');
    await expect(page.locator('#traject-regievoerder')).toHaveText('Ahmed Advies (Werkcentrum Midden-Utrecht)');
    // Started a year back without any service: closing is recommended.
    await expect(page.locator('#traject-sluiten-aanbevolen')).toContainText('meer dan 90 dagen geen dienstverlening');
    await expect(page.locator('#tijdlijn-lijst')).toContainText(`Aanmelding ${ontvangen.referentienummer} ontvangen`);
    await expect(page.locator('#tijdlijn-lijst')).toContainText('Traject aangemaakt; regie bij Ahmed Advies');
    guard.expectClean();
  } finally {
    await context.close();
  }
});

test('Ahmed Advies: intake (met een gelijktijdige wijziging), actief, interventie, toestemming en doorverwijzing naar UWV', async ({ browser, baseURL }) => {
  expect(trajectId).not.toBe('');
  const { context, page, guard } = await asUser(browser, baseURL, 'adviseur');
  guard.allow(new RegExp(`/api/v1/trajecten/${trajectId}/statuswijzigingen$`)); // the 412 provoked below
  try {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Trajecten' }).click();
    await expect(h1(page)).toHaveText('Trajecten');
    await loaded(page);
    const row = page.locator('#trajecten-tabel tbody tr').filter({ has: page.locator(`a[href="/trajecten/${trajectId}"]`) });
    await expect(row.locator('td')).toContainText(['Aangemeld', '', '', 'Sluiten aanbevolen']);
    // The "sluiten aanbevolen" filter finds it too.
    await page.getByLabel('Alleen trajecten waarvan sluiten aanbevolen is').check();
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await loaded(page);
    await expect(page.locator(`#trajecten-tabel a[href="/trajecten/${trajectId}"]`)).toHaveCount(1);
    await page.locator(`#trajecten-tabel a[href="/trajecten/${trajectId}"]`).click();
    await expect(h1(page)).toHaveText(`Traject van ${klantNaam}`);

    await page.getByRole('button', { name: 'Naar intake' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Het traject is in de intake.' })).toBeVisible();
    await expect(page.locator('#traject-status')).toContainText('Intake');

    // Someone else changes the traject in the meantime: the next step gets 412.
    const current = await page.request.get(`/api/v1/trajecten/${trajectId}`);
    const body = (await current.json()) as { klantId: string; regievoerderId: string };
    const changed = await page.request.put(`/api/v1/trajecten/${trajectId}`, {
      headers: { 'If-Match': current.headers()['etag'] ?? '', 'X-CSRF-Token': await csrfToken(page) },
      data: {
        klantId: body.klantId,
        categorie: 'van_werk_naar_werk',
        klantvraag: 'Ik werk in de logistiek en wil de zorg in, het liefst in de ouderenzorg.',
        regievoerderId: body.regievoerderId,
      },
    });
    expect(changed.status(), await changed.text()).toBe(200);
    await page.getByRole('button', { name: 'Traject actief maken' }).click();
    await expect(page.locator('#status-uitkomst')).toBeFocused();
    await expect(page.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit traject intussen gewijzigd' })).toBeVisible();
    await expect(page.locator('#traject-klantvraag')).toContainText('het liefst in de ouderenzorg');
    await page.getByRole('button', { name: 'Traject actief maken' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Het traject is actief.' })).toBeVisible();
    await expect(page.locator('#traject-status')).toContainText('Actief');

    // An interventie from the catalogue: the paused dienst is listed, not choosable.
    await expect(page.locator('#int-dienst option', { hasText: `${dienstPauze} (gepauzeerd)` })).toBeDisabled();
    await page.getByLabel('Dienst', { exact: true }).selectOption({ label: `${dienstOpen} (€ 750,50)` });
    await page.getByLabel('Geplande einddatum').fill(dag(90));
    await page.getByRole('button', { name: 'Interventie plannen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De interventie is gepland.' })).toBeVisible();
    await expect(rij(page, 'interventies-tabel', dienstOpen).locator('td')).toContainText(['UWV Utrecht', '', '', '€ 750,50', 'Gepland', '–']);
    await expect(page.locator('#traject-sluiten-aanbevolen')).toHaveCount(0);
    interventieId = await interventieIdVan(page, trajectId, dienstOpen);

    // The planning changes: a later end date; the cost stays as agreed (its commitment with it).
    await page.getByRole('group', { name: `Wat is er gebeurd met ${dienstOpen}?` }).getByLabel('De planning of de kosten wijzigen').check();
    await expect(page.locator(`#stap-${interventieId}-kosten`)).toHaveValue('750,50');
    await page.locator(`#stap-${interventieId}-gepland-einde`).fill(dag(120));
    await page.getByRole('button', { name: 'Voortgang opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De planning van de interventie is gewijzigd.' })).toBeVisible();
    const na = (await (await page.request.get(`/api/v1/trajecten/${trajectId}`)).json()) as {
      interventies: { id: string; geplandEinde: string; kostenCent: number; status: string }[];
    };
    expect(na.interventies.find((i) => i.id === interventieId)).toMatchObject({ geplandEinde: dag(120), kostenCent: 75050, status: 'gepland' });

    // The klant's toestemming for UWV Utrecht: the question and the interventies.
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'UWV Utrecht' });
    const scope = page.getByRole('group', { name: 'Welke gegevens mogen gedeeld worden?' });
    await scope.getByLabel('De vraag en de doelen').check();
    await scope.getByLabel('Interventies en hun resultaten').check();
    await page.getByRole('group', { name: 'Hoe gaf de klant toestemming?' }).getByLabel('Mondeling').check();
    await page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De toestemming is vastgelegd.' })).toBeVisible();
    await expect(rij(page, 'toestemmingen-tabel', 'UWV Utrecht').locator('td')).toContainText([
      'De vraag en de doelen, Interventies en hun resultaten',
      '',
      'Mondeling',
      'Geldig',
    ]);

    // Refer to UWV: the toestemming is taken when it is the only one.
    await page.getByLabel('Naar organisatie').selectOption({ label: 'UWV Utrecht' });
    await expect(page.getByLabel('Toestemming van de klant')).not.toHaveValue('');
    await page.getByLabel('Vraag aan de partner').fill(vraagUwv);
    await page.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De doorverwijzing is verstuurd.' })).toBeVisible();
    await expect(rij(page, 'traject-doorverwijzingen-tabel', 'UWV Utrecht')).toContainText('Verstuurd');
    await expect(page.locator('#tijdlijn-lijst')).toContainText('Doorverwezen naar UWV Utrecht');
    guard.expectClean();
  } finally {
    await context.close();
  }
});

test('UWV kan het traject pas openen na accepteren, ziet alleen wat de toestemming omvat en rondt de interventie af', async ({ browser, baseURL }) => {
  expect(trajectId).not.toBe('');
  const { context, page, guard } = await asUser(browser, baseURL, 'adviseurUwv');
  guard.allow(new RegExp(`/api/v1/trajecten/${trajectId}$`)); // the 404 before accepting
  try {
    await page.goto(`/trajecten/${trajectId}`);
    await expect(h1(page)).toHaveText('Traject niet gevonden');
    await expect(page.getByRole('alert')).toContainText('nadat hij een doorverwijzing heeft geaccepteerd');

    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Doorverwijzingen' }).click();
    await expect(h1(page)).toHaveText('Doorverwijzingen');
    await expect(page.getByRole('button', { name: 'Ontvangen' })).toHaveAttribute('aria-pressed', 'true');
    await loaded(page);
    const kaart = page.locator('#dv-lijst > li').filter({ hasText: vraagUwv });
    await expect(kaart.getByRole('heading')).toHaveText('Van Werkcentrum Midden-Utrecht');
    await expect(kaart).toContainText('Verstuurd');
    await expect(kaart.getByRole('link', { name: 'Open het traject' })).toHaveCount(0);
    await kaart.getByRole('button', { name: 'Accepteren' }).click();
    await expect(page.locator('#dv-postbus-uitkomst')).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'De doorverwijzing is geaccepteerd.' })).toBeVisible();
    await expect(kaart).toContainText('Geaccepteerd');
    await kaart.getByRole('link', { name: 'Open het traject' }).click();

    // No contact details in the toestemming: no name, and the page says why.
    await expect(h1(page)).toHaveText('Traject: Ander werk / van werk naar werk');
    const gegevens = page.locator('#traject-gegevens');
    await expect(gegevens).toContainText('Niet zichtbaar: de toestemming van de klant omvat geen naam en contactgegevens.');
    await expect(gegevens).not.toContainText(klantNaam);
    await expect(page.locator('#traject-klantvraag')).toContainText('het liefst in de ouderenzorg');
    await expect(page.getByRole('main')).toContainText('Niet zichtbaar: de toestemming van de klant omvat de doelgroepkenmerken niet.');
    await expect(page.locator('#traject-betrokken')).toContainText('UWV Utrecht – doorverwezen');
    await expect(page.getByRole('heading', { name: 'Status wijzigen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Toestemming vastleggen' })).toHaveCount(0);

    // It costs money: it starts only after a coordinator approved its verplichting, and the page says so.
    expect(interventieId).not.toBe('');
    const stap = page.getByRole('group', { name: `Wat is er gebeurd met ${dienstOpen}?` });
    const wacht = 'kan pas starten als de coördinator de verplichting op het budget heeft goedgekeurd';
    await expect(stap).toHaveAccessibleDescription(new RegExp(wacht));
    await expect(rij(page, 'interventies-tabel', dienstOpen)).toContainText('Wacht op akkoord van de coördinator');
    const coordinator = await loggedInContext(browser, baseURL, 'coordinator');
    try {
      await keurVerplichtingGoedApi(await coordinator.newPage(), interventieId);
    } finally {
      await coordinator.close();
    }
    await page.reload();
    await expect(rij(page, 'interventies-tabel', dienstOpen)).toContainText('Goedgekeurd');
    await expect(stap).not.toHaveAccessibleDescription(new RegExp(wacht));

    // UWV delivers the interventie: started, then completed with a diploma.
    await stap.getByLabel('Gestart').check();
    await expect(page.getByLabel('Datum van de start')).toHaveValue(dag());
    await page.getByRole('button', { name: 'Voortgang opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De interventie is gestart.' })).toBeVisible();
    await expect(rij(page, 'interventies-tabel', dienstOpen)).toContainText('Gestart');

    await page.getByRole('group', { name: `Wat is er gebeurd met ${dienstOpen}?` }).getByLabel('Afgerond, met een resultaat').check();
    await page.getByRole('button', { name: 'Voortgang opslaan' }).click();
    await expect(page.locator(`[id$="-fouten"]`).filter({ hasText: 'Kies het resultaat van de interventie' })).toBeFocused();
    await page.getByLabel('Resultaat', { exact: true }).selectOption('diploma');
    await page.getByRole('button', { name: 'Voortgang opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De interventie is afgerond.' })).toBeVisible();
    await expect(rij(page, 'interventies-tabel', dienstOpen).locator('td')).toContainText(['UWV Utrecht', '', '', '€ 750,50', 'Afgerond', 'Diploma behaald']);

    // The toestemming has no notes for everyone: UWV writes for itself only.
    await expect(page.getByRole('main')).toContainText('Uw notitie is alleen zichtbaar voor uw eigen organisatie');
    await page.getByLabel('Notitie', { exact: true }).fill(`Intern UWV ${stamp}`);
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De notitie is toegevoegd.' })).toBeVisible();
    await expect(page.locator('#tijdlijn-lijst li').filter({ hasText: `Intern UWV ${stamp}` })).toContainText('Alleen eigen organisatie');
    guard.expectClean();
  } finally {
    await context.close();
  }
});

test('Ahmed Advies ziet het resultaat en sluit het traject af met werk gevonden; nametingen komen aan de beurt', async ({ browser, baseURL }) => {
  expect(trajectId).not.toBe('');
  const { context, page, guard } = await asUser(browser, baseURL, 'adviseur');
  guard.allow(new RegExp(`/api/v1/trajecten/${trajectId}/statuswijzigingen$`)); // the 412 provoked below
  try {
    await page.goto(`/trajecten/${trajectId}`);
    await expect(h1(page)).toHaveText(`Traject van ${klantNaam}`);
    await expect(rij(page, 'interventies-tabel', dienstOpen).locator('td')).toContainText(['UWV Utrecht', '', '', '€ 750,50', 'Afgerond', 'Diploma behaald']);
    const tijdlijn = page.locator('#tijdlijn-lijst');
    await expect(tijdlijn).toContainText(`Interventie afgerond: ${dienstOpen}`);
    // Who did it: Umar Uitvoering of UWV Utrecht recorded the result.
    await expect(tijdlijn.locator('li').filter({ hasText: `Interventie afgerond: ${dienstOpen}` })).toContainText('Umar Uitvoering, UWV Utrecht');
    await expect(tijdlijn).not.toContainText(`Intern UWV ${stamp}`);

    await page.getByLabel('Notitie', { exact: true }).fill('Klant is blij met het diploma.');
    await page.getByRole('group', { name: 'Wie mag de notitie lezen?' }).getByLabel('Alle betrokken organisaties').check();
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await expect(tijdlijn.locator('li').last()).toContainText('Klant is blij met het diploma.');
    await expect(tijdlijn.locator('li').last()).toContainText('Werkcentrum Midden-Utrecht');

    await page.getByRole('button', { name: 'Afsluiten…' }).click();
    await expect(page.getByRole('button', { name: 'Niet afsluiten' })).toHaveAttribute('aria-expanded', 'true');
    await page.getByLabel('Uitkomst').selectOption('werk_gevonden');
    await page.getByLabel('Datum van het resultaat').fill(dag(-200));
    await page.getByRole('button', { name: 'Traject afsluiten' }).click();
    const summary = page.locator('#afs-fouten');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Kies de contractvorm van het werk', 'Vul het aantal uren per week in']);
    await summary.getByRole('link', { name: 'Vul het aantal uren per week in' }).click();
    await expect(page.getByLabel('Uren per week', { exact: true })).toBeFocused();
    await page.getByLabel('Uren per week', { exact: true }).fill('32');
    await page.getByLabel('Contractvorm', { exact: true }).selectOption('vast');
    // Someone else changes the traject in the meantime: the closing form keeps what was filled in.
    await wijzigTrajectApi(page, trajectId, { doelen: 'Werk in de ouderenzorg.' });
    await page.getByRole('button', { name: 'Traject afsluiten' }).click();
    await expect(page.locator('#status-uitkomst')).toBeFocused();
    await expect(page.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit traject intussen gewijzigd' })).toBeVisible();
    await expect(page.locator('#traject-gegevens')).toContainText('Werk in de ouderenzorg.');
    await expect(page.getByLabel('Uren per week', { exact: true })).toHaveValue('32');
    await page.getByRole('button', { name: 'Traject afsluiten' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Het traject is afgesloten.' })).toBeVisible();
    await expect(page.locator('#traject-status')).toContainText('Afgesloten');
    await expect(page.locator('#traject-resultaat')).toContainText('Werk gevonden');
    await expect(page.locator('#traject-resultaat')).toContainText('Vast contract, 32 uur per week');
    await expect(page.getByRole('heading', { name: 'Traject heropenen' })).toBeVisible();

    // 3 and 6 months after a result 200 days back: due; 12 months: not yet.
    await expect(page.locator('#nametingen-tabel tbody tr')).toHaveCount(3);
    await expect(rij(page, 'nametingen-tabel', 'Na 3 maanden')).toContainText('Aan de beurt');
    await expect(rij(page, 'nametingen-tabel', 'Na 6 maanden')).toContainText('Aan de beurt');
    await expect(rij(page, 'nametingen-tabel', 'Na 12 maanden')).toContainText('Nog niet aan de beurt');
    guard.expectClean();
  } finally {
    await context.close();
  }
});

test('Ahmed Advies legt de nameting na 3 maanden vast vanuit Nametingen', async ({ browser, baseURL }) => {
  expect(trajectId).not.toBe('');
  const { context, page, guard } = await asUser(browser, baseURL, 'adviseur');
  try {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nametingen' }).click();
    await expect(h1(page)).toHaveText('Nametingen');
    await loaded(page);
    let kaart = page.locator(`#nm-lijst > li[data-traject="${trajectId}"]`).filter({ hasText: 'na 3 maanden' });
    for (let i = 0; i < 20 && (await kaart.count()) === 0; i += 1) {
      await page.getByRole('button', { name: 'Volgende pagina' }).click();
      await loaded(page);
      kaart = page.locator(`#nm-lijst > li[data-traject="${trajectId}"]`).filter({ hasText: 'na 3 maanden' });
    }
    await expect(kaart).toHaveCount(1);
    await expect(kaart.getByRole('heading', { level: 2 })).toContainText(`${klantNaam}: nameting na 3 maanden`); // whom to call
    await expect(kaart.getByRole('link', { name: 'Open het traject' })).toHaveAttribute('href', `/trajecten/${trajectId}`);
    await kaart.getByRole('group').getByLabel('Werkend', { exact: true }).check();
    await kaart.getByRole('button', { name: 'Nameting vastleggen' }).click();
    await expect(kaart.locator('[id$="-fouten"]')).toBeFocused();
    await expect(kaart.locator('[id$="-fouten"]').getByRole('link')).toHaveText(['Kies de contractvorm van het werk']);
    await kaart.getByLabel('Contractvorm').selectOption('tijdelijk');
    await kaart.getByLabel('Uren per week (niet verplicht)').fill('24');
    await kaart.getByRole('button', { name: 'Nameting vastleggen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De nameting is vastgelegd.' })).toBeVisible();
    await expect(page.locator(`#nm-lijst > li[data-traject="${trajectId}"]`).filter({ hasText: 'na 3 maanden' })).toHaveCount(0);

    await page.goto(`/trajecten/${trajectId}`);
    await expect(rij(page, 'nametingen-tabel', 'Na 3 maanden').locator('td')).toContainText(['', 'Vastgelegd', 'Werkend, Tijdelijk contract, 24 uur per week']);
    await expect(page.locator('#tijdlijn-lijst')).toContainText('Nameting na 3 maanden: Werkend');
    // The timeline in English: every entry in the UI's language, codes in words.
    await page.getByRole('button', { name: 'English' }).click();
    const timeline = page.locator('#tijdlijn-lijst');
    await expect(timeline).toContainText('Follow-up after 3 months: Working');
    await expect(timeline).toContainText('Case closed: Found work');
    await expect(timeline).toContainText(`Intervention completed: ${dienstOpen} (result: `);
    await expect(timeline).toContainText('Referred to UWV Utrecht');
    await expect(timeline).not.toContainText(/Nameting na|Interventie |Doorverwezen|Traject /);
    guard.expectClean();
  } finally {
    await context.close();
  }
});

test('als de keuzelijsten niet laden, zegt de trajectpagina dat in plaats van lege keuzes te tonen', async ({ browser, baseURL }) => {
  expect(trajectId).not.toBe('');
  const { context, page, guard } = await asUser(browser, baseURL, 'adviseur');
  guard.allow(/\/api\/v1\/codelijsten$/); // the simulated failure
  try {
    await page.route('**/api/v1/codelijsten', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Niet beschikbaar', status: 503 }),
      }),
    );
    await page.goto(`/trajecten/${trajectId}`);
    await expect(h1(page)).toHaveText(`Traject van ${klantNaam}`);
    await expect(page.getByRole('alert').filter({ hasText: 'De keuzelijsten konden niet worden geladen' })).toBeVisible();
    guard.expectClean();
  } finally {
    await context.close();
  }
});

test.describe('kosten afgewezen', () => {
  let id = '';
  const naam = `E2E Afgewezen ${stamp}`;
  const dienst = `Coaching afgewezen ${stamp}`;
  const reden = 'Eerst een goedkopere opleiding zoeken.';

  test.beforeAll(async ({ browser, baseURL }) => {
    const front = await loggedInContext(browser, baseURL, 'frontoffice');
    const adviseur = await loggedInContext(browser, baseURL, 'adviseur');
    const coordinator = await loggedInContext(browser, baseURL, 'coordinator');
    try {
      const page = await front.newPage();
      id = await trajectApi(page, { klantId: await klantApi(page, naam) });
      const cpage = await coordinator.newPage();
      const interventie = await interventieApi(await adviseur.newPage(), id, await createDienstApi(cpage, dienst));
      await wijsVerplichtingAfApi(cpage, interventie, reden);
    } finally {
      await front.close();
      await adviseur.close();
      await coordinator.close();
    }
  });

  test('de adviseur ziet waarom de interventie niet kan starten en vraagt met lagere kosten opnieuw akkoord', async ({ browser, baseURL }) => {
    const { context, page, guard } = await asUser(browser, baseURL, 'adviseur');
    try {
      await page.goto(`/trajecten/${id}`);
      await expect(h1(page)).toHaveText(`Traject van ${naam}`);
      await expect(rij(page, 'interventies-tabel', dienst)).toContainText(`Afgewezen: ${reden}`);
      const stap = page.getByRole('group', { name: `Wat is er gebeurd met ${dienst}?` });
      await expect(stap).toHaveAccessibleDescription(`De coördinator heeft de kosten afgewezen, met als reden: „${reden}”. Met andere kosten (de planning of de kosten wijzigen) vraagt u opnieuw om akkoord.`);

      await stap.getByLabel('De planning of de kosten wijzigen').check();
      await page.getByLabel('Afgesproken kosten in euro', { exact: true }).fill('500');
      await page.getByRole('button', { name: 'Voortgang opslaan' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'De planning van de interventie is gewijzigd.' })).toBeVisible();
      await expect(rij(page, 'interventies-tabel', dienst).locator('td')).toContainText(['UWV Utrecht', '', '', '€ 500,00', 'Gepland']);
      await expect(rij(page, 'interventies-tabel', dienst)).toContainText('Wacht op akkoord van de coördinator');
      await expect(stap).toHaveAccessibleDescription(/kan pas starten als de coördinator de verplichting op het budget heeft goedgekeurd/);
      guard.expectClean();
    } finally {
      await context.close();
    }
  });
});

test.describe('traject wijzigen', () => {
  let id = '';
  const naam = `E2E Wijzigen ${stamp}`;

  test.beforeAll(async ({ browser, baseURL }) => {
    const front = await loggedInContext(browser, baseURL, 'frontoffice');
    try {
      const page = await front.newPage();
      id = await trajectApi(page, { klantId: await klantApi(page, naam) });
    } finally {
      await front.close();
    }
  });

  test('de regievoerder wijzigt de vraag; een verouderde wijziging geeft “iemand anders”', async ({ browser, baseURL }) => {
    const { context, page, guard } = await asUser(browser, baseURL, 'adviseur');
    guard.allow(new RegExp(`/api/v1/trajecten/${id}$`)); // the 412 provoked below
    try {
      await page.goto(`/trajecten/${id}`);
      await expect(h1(page)).toHaveText(`Traject van ${naam}`);
      const toon = page.getByRole('button', { name: 'Wijzigen…' });
      await expect(toon).toHaveAttribute('aria-expanded', 'false');
      await toon.click();
      await expect(page.getByRole('button', { name: 'Niet wijzigen' })).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('#tw-klantvraag')).toHaveValue('Ik wil de zorg in.');
      await expect(page.locator('#tw-categorie')).toHaveValue('van_werk_naar_werk');
      await expect(page.locator('#tw-regievoerder option:checked')).toHaveText('Ahmed Advies (Werkcentrum Midden-Utrecht)');

      // Empty question: the summary names it.
      await page.locator('#tw-klantvraag').fill('');
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await expect(page.locator('#tw-fouten')).toBeFocused();
      await expect(page.locator('#tw-fouten').getByRole('link')).toHaveText(['Beschrijf de vraag in de woorden van de klant']);

      await page.locator('#tw-klantvraag').fill('Ik wil de zorg in, als helpende.');
      await page.locator('#tw-doelen').fill('Binnen een half jaar een contract.');
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await expect(page.locator('#wijzigen-uitkomst')).toBeFocused();
      await expect(page.getByRole('status').filter({ hasText: 'Het traject is gewijzigd.' })).toBeVisible();
      await expect(page.locator('#traject-klantvraag')).toHaveText('Ik wil de zorg in, als helpende.');
      await expect(page.locator('#traject-gegevens')).toContainText('Binnen een half jaar een contract.');
      await expect(page.locator('#tijdlijn-lijst')).toContainText('Traject bijgewerkt');
      await expect(page.locator('#wijzigen-formulier')).toBeHidden();

      // Someone else changes the traject in the meantime: saving gets 412 and shows the newest.
      await page.getByRole('button', { name: 'Wijzigen…' }).click();
      await page.locator('#tw-klantvraag').fill('Mijn versie.');
      await wijzigTrajectApi(page, id, { klantvraag: 'Ik wil de ouderenzorg in.' });
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await expect(page.locator('#wijzigen-uitkomst')).toBeFocused();
      await expect(page.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit traject intussen gewijzigd' })).toBeVisible();
      await expect(page.locator('#traject-klantvraag')).toHaveText('Ik wil de ouderenzorg in.');
      await expect(page.locator('#tw-klantvraag')).toHaveValue('Ik wil de ouderenzorg in.'); // not "Mijn versie."
      guard.expectClean();
    } finally {
      await context.close();
    }
  });

  test('na het overdragen van de regie aan UWV gaat de regievoerder naar de lijst, met uitleg', async ({ browser, baseURL }) => {
    const { context, page, guard } = await asUser(browser, baseURL, 'adviseur');
    guard.allow(new RegExp(`/api/v1/trajecten/${id}$`)); // the 404 after the handover
    try {
      await page.goto(`/trajecten/${id}`);
      await expect(h1(page)).toHaveText(`Traject van ${naam}`);
      await page.getByRole('button', { name: 'Wijzigen…' }).click();
      await page.locator('#tw-regievoerder').selectOption({ label: 'Umar Uitvoering (UWV Utrecht)' });
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await expect(page).toHaveURL(/\/trajecten$/);
      await expect(h1(page)).toHaveText('Trajecten');
      await expect(page.getByRole('status').filter({ hasText: 'De regie over het traject is overgedragen aan UWV Utrecht.' })).toBeVisible();
      guard.expectClean();
    } finally {
      await context.close();
    }
  });
});

test.describe('toegang per betrokkenheid', () => {
  let id = '';
  const vraag = `Toegangstest ${stamp}`;

  test.beforeAll(async ({ browser, baseURL }) => {
    const front = await loggedInContext(browser, baseURL, 'frontoffice');
    try {
      const page = await front.newPage();
      id = await trajectApi(page, { klantId: await klantApi(page, `E2E Toegang ${stamp}`) });
    } finally {
      await front.close();
    }
    const adviseur = await loggedInContext(browser, baseURL, 'adviseur');
    try {
      const page = await adviseur.newPage();
      await doorverwijzingUwvApi(page, id, await toestemmingUwvApi(page, id), vraag);
    } finally {
      await adviseur.close();
    }
  });

  test('een niet-betrokken gemeente krijgt “niet gevonden”', async ({ browser, baseURL }) => {
    const { context, page, guard } = await asUser(browser, baseURL, 'adviseurGemeente', 320);
    guard.allow(new RegExp(`/api/v1/trajecten/${id}$`));
    try {
      await page.goto(`/trajecten/${id}`);
      await expect(h1(page)).toHaveText('Traject niet gevonden');
      await expect(page).toHaveTitle('Traject niet gevonden – Trajecten – RMT-platform');
      await expect(page.locator('#traject-gegevens')).toHaveCount(0);
      guard.expectClean();
    } finally {
      await context.close();
    }
  });

  test('UWV: niet voor, wel na accepteren, en niet meer nadat de toestemming is ingetrokken', async ({ browser, baseURL }) => {
    const uwv = await asUser(browser, baseURL, 'adviseurUwv');
    uwv.guard.allow(new RegExp(`/api/v1/trajecten/${id}$`));
    const ahmed = await asUser(browser, baseURL, 'adviseur');
    try {
      await uwv.page.goto(`/trajecten/${id}`);
      await expect(h1(uwv.page)).toHaveText('Traject niet gevonden');

      await uwv.page.goto('/doorverwijzingen');
      await loaded(uwv.page);
      const kaart = uwv.page.locator('#dv-lijst > li').filter({ hasText: vraag });
      await kaart.getByRole('button', { name: 'Accepteren' }).click();
      await expect(kaart).toContainText('Geaccepteerd');
      await kaart.getByRole('link', { name: 'Open het traject' }).click();
      await expect(h1(uwv.page)).toHaveText('Traject: Ander werk / van werk naar werk');
      await expect(uwv.page.locator('#traject-klantvraag')).toHaveText('Ik wil de zorg in.');

      // The klant withdraws the toestemming; Ahmed records it, after a confirmation.
      await ahmed.page.goto(`/trajecten/${id}`);
      await expect(h1(ahmed.page)).toHaveText(`Traject van E2E Toegang ${stamp}`);
      await expect(rij(ahmed.page, 'traject-doorverwijzingen-tabel', 'UWV Utrecht')).toContainText('Geaccepteerd');
      await rij(ahmed.page, 'toestemmingen-tabel', 'UWV Utrecht').getByRole('button', { name: /Intrekken/ }).click();
      const dialog = ahmed.page.getByRole('alertdialog', { name: 'Toestemming intrekken?' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
      await dialog.getByRole('button', { name: 'Toestemming intrekken' }).click();
      await expect(ahmed.page.getByRole('status').filter({ hasText: 'De toestemming is ingetrokken.' })).toBeVisible();
      await expect(rij(ahmed.page, 'toestemmingen-tabel', 'UWV Utrecht')).toContainText('Ingetrokken');
      // When it was given and when withdrawn.
      await expect(rij(ahmed.page, 'toestemmingen-tabel', 'UWV Utrecht').locator('td .rmt-table__sub')).toHaveCount(2);
      await expect(rij(ahmed.page, 'traject-doorverwijzingen-tabel', 'UWV Utrecht')).toContainText('Ingetrokken');
      await expect(rij(ahmed.page, 'traject-doorverwijzingen-tabel', 'UWV Utrecht')).toContainText('De klant heeft de toestemming ingetrokken.');
      await expect(ahmed.page.locator('#traject-betrokken')).not.toContainText('UWV Utrecht');

      await uwv.page.reload();
      await expect(h1(uwv.page)).toHaveText('Traject niet gevonden');
      await uwv.page.goto('/doorverwijzingen');
      await loaded(uwv.page);
      // The question was shared under the consent: the card stays, without it and without a way in.
      await expect(uwv.page.locator('#dv-lijst')).not.toContainText(vraag);
      const na = uwv.page.locator('#dv-lijst > li').filter({ hasText: 'Niet meer te zien: de toestemming van de klant is ingetrokken' }).first();
      await expect(na).toContainText('Ingetrokken');
      await expect(na.getByRole('link', { name: 'Open het traject' })).toHaveCount(0);
      uwv.guard.expectClean();
      ahmed.guard.expectClean();
    } finally {
      await uwv.context.close();
      await ahmed.context.close();
    }
  });
});
