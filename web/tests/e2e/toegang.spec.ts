import type { Browser, BrowserContext, Page } from '@playwright/test';
import { ConsoleGuard, expect, test } from './fixtures';
import { loggedInContext } from './auth';
import {
  aanmeldingId,
  alleAanmeldingen,
  fillAanmeldFormPersoon,
  findRowLink,
  postAsStaff,
  readOntvangen,
  type Ontvangen,
} from './toegang';

// Centrale toegang end to end: a person asks a question (320 and 1280 px), follows its status,
// frontoffice of AM13 triages it into a klant; AM18 never sees it. Synthetic data only; the
// one BSN is an RvIG test number (999990019, passes the elfproef).
test.describe.configure({ mode: 'serial', timeout: 150_000 });

const stamp = `${Date.now()}`.slice(-8);
const persoon320 = { naam: `E2E Smal ${stamp}`, email: `e2e-smal-${stamp}@voorbeeld.example` };
const persoon1280 = { naam: `E2E Breed ${stamp}`, email: `e2e-breed-${stamp}@voorbeeld.example` };
const geboortedatum = '1990-05-17';
const testBsn = '999990019';

let smal: Ontvangen | null = null;
let breed: Ontvangen | null = null;
let klantUrl = '';

async function newPage(browser: Browser, baseURL: string | undefined, width: number) {
  const context = await browser.newContext({ baseURL, viewport: { width, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  return { context, page, guard: new ConsoleGuard(page) };
}

async function checkStatus(page: Page, ontvangen: Ontvangen): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Status van uw aanmelding');
  await page.getByLabel('Referentienummer').fill(ontvangen.referentienummer.toLowerCase());
  await page.getByLabel('Code', { exact: true }).fill(ontvangen.code);
  await page.getByRole('button', { name: 'Status bekijken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Aanmelding ${ontvangen.referentienummer}` })).toBeVisible();
  await expect(page.locator('#status-waarde')).toContainText(/ontvangen|behandeling|afgerond/i);
  await expect(page.locator('#status-resultaat')).toBeFocused();
}

test.describe('publiek: vraag stellen en status volgen', () => {
  test('een leeg formulier geeft per veld een foutmelding; een werkgever krijgt bedrijfsvelden', async ({ browser, baseURL }) => {
    const { context, page, guard } = await newPage(browser, baseURL, 320);
    try {
      await page.goto('/aanmelden');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stel uw vraag aan het werkcentrum');
      await expect(page.locator('#aanm-gemeente option')).toHaveCount(343);
      await page.getByRole('button', { name: 'Vraag versturen' }).click();
      const summary = page.locator('#aanm-fouten');
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText([
        'Kies voor wie u de vraag stelt',
        'Vul uw naam in',
        'Vul een e-mailadres of een telefoonnummer in',
        'Kies een gemeente',
        'Kies waar uw vraag over gaat',
        'Vul uw vraag in',
        'Geef toestemming om contact met u op te nemen',
      ]);
      await expect(page).toHaveTitle(/^Fout: Vraag stellen/);
      await expect(page.getByLabel('Uw naam')).toHaveAttribute('aria-invalid', 'true');
      await summary.getByRole('link', { name: 'Vul uw vraag in' }).click();
      await expect(page.getByLabel('Uw vraag', { exact: true })).toBeFocused();

      await page.getByLabel('Als werkgever').check();
      await expect(page.getByLabel('Naam contactpersoon')).toBeVisible();
      await page.getByLabel('KvK-nummer').fill('1234');
      await page.getByLabel('E-mailadres').fill('geen-adres');
      await page.getByRole('button', { name: 'Vraag versturen' }).click();
      await expect(summary.getByRole('link')).toContainText([
        'Vul de naam van het bedrijf in',
        'Een KvK-nummer bestaat uit 8 cijfers, bijvoorbeeld 12345678',
      ]);
      await expect(summary.getByRole('link', { name: /geldig e-mailadres/ })).toBeVisible();

      // The honeypot is off-screen, hidden from assistive technology and out of the tab order.
      const honeypot = page.locator('#aanm-website');
      await expect(honeypot).toHaveAttribute('tabindex', '-1');
      await expect(honeypot).toHaveAttribute('autocomplete', 'off');
      await expect(page.locator('.rmt-honeypot')).toHaveAttribute('aria-hidden', 'true');
      expect(await honeypot.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(0);
      guard.expectClean();
    } finally {
      await context.close();
    }
  });

  test('een persoon stelt een vraag bij 320 px, ziet referentienummer en code, en bekijkt de status', async ({ browser, baseURL }) => {
    const { context, page, guard } = await newPage(browser, baseURL, 320);
    guard.allow(/\/api\/v1\/aanmeldingen\/status$/);
    try {
      await page.goto('/');
      await page.getByRole('main').getByRole('link', { name: 'Stel uw vraag (aanmelden)' }).click();
      await expect(page).toHaveURL(/\/aanmelden$/);
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toHaveText('Stel uw vraag aan het werkcentrum');
      await expect(h1).toBeFocused();
      await expect(page.locator('#aanm-gemeente option')).toHaveCount(343);

      await fillAanmeldFormPersoon(page, persoon320.naam, persoon320.email);
      await page.getByRole('button', { name: 'Vraag versturen' }).click();
      smal = await readOntvangen(page);
      await expect(h1).toBeFocused();
      await expect(page.getByRole('main')).toContainText('Midden-Utrecht');
      await expect(page.getByRole('main')).toContainText('Schrijf het referentienummer en de code op');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      // A wrong code gets the neutral answer.
      await page.getByRole('link', { name: 'Naar de statuspagina' }).click();
      await page.getByLabel('Referentienummer').fill(smal.referentienummer);
      await page.getByLabel('Code', { exact: true }).fill('XXXXXXXX');
      await page.getByRole('button', { name: 'Status bekijken' }).click();
      await expect(page.getByRole('alert')).toContainText('Combinatie niet gevonden');

      await checkStatus(page, smal);
      guard.expectClean();
    } finally {
      await context.close();
    }
  });

  test('bij 1280 px: na een verloren antwoord maakt opnieuw versturen geen tweede aanmelding (Idempotency-Key)', async ({ browser, baseURL }) => {
    const { context, page, guard } = await newPage(browser, baseURL, 1280);
    guard.allow(/\/api\/v1\/aanmeldingen$/);
    try {
      const keys: string[] = [];
      let eerste: Ontvangen | null = null;
      await page.route('**/api/v1/aanmeldingen', async (route) => {
        keys.push(route.request().headers()['idempotency-key'] ?? '');
        if (eerste === null) {
          // The server answers, but the answer never reaches the browser.
          const response = await route.fetch();
          expect(response.status()).toBe(201);
          eerste = (await response.json()) as Ontvangen;
          await route.abort('failed');
          return;
        }
        await route.continue();
      });

      await page.goto('/aanmelden');
      await expect(page.locator('#aanm-gemeente option')).toHaveCount(343);
      await fillAanmeldFormPersoon(page, persoon1280.naam, persoon1280.email);
      await page.getByRole('button', { name: 'Vraag versturen' }).click();
      await expect(page.getByRole('alert')).toContainText('Geen verbinding met de server');
      await page.getByRole('button', { name: 'Vraag versturen' }).click();
      breed = await readOntvangen(page);

      expect(keys).toHaveLength(2);
      expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(keys[1]).toBe(keys[0]);
      expect(eerste).not.toBeNull();
      expect(breed.referentienummer).toBe((eerste as unknown as Ontvangen).referentienummer);

      await page.getByRole('link', { name: 'Naar de statuspagina' }).click();
      await checkStatus(page, breed);
      guard.expectClean();
    } finally {
      await context.close();
    }
  });
});

test.describe('triage door frontoffice', () => {
  let context: BrowserContext;
  let page: Page;
  let guard: ConsoleGuard;

  test.beforeAll(async ({ browser, baseURL }) => {
    context = await loggedInContext(browser, baseURL, 'frontoffice');
    page = await context.newPage();
    guard = new ConsoleGuard(page);
  });

  test.afterAll(async () => {
    await context?.close();
  });

  test.afterEach(() => {
    guard.expectClean();
  });

  test('frontoffice (AM13) ziet de aanmelding in de wachtrij en maakt er een nieuwe klant van', async () => {
    expect(breed, 'the aanmelding of the 1280 px test').not.toBeNull();
    const ref = (breed as Ontvangen).referentienummer;
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanmeldingen' }).click();
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText('Aanmeldingen');
    await expect(h1).toBeFocused();
    await expect(page.locator('[role="status"][data-loading="true"]')).toHaveCount(0);
    await expect(page.locator('#aanmeldingen-tabel caption')).toHaveText('Aanmeldingen, oudste eerst');

    const link = await findRowLink(page, 'aanmeldingen-tabel', ref);
    await expect(link).toHaveCount(1);
    const row = page.locator('#aanmeldingen-tabel tbody tr').filter({ hasText: ref });
    await expect(row).toContainText(/\d+ (minuut|minuten|uur|dag|dagen)/);
    await expect(row).toContainText('Utrecht');
    // No names or question text in the list.
    await expect(page.locator('#aanmeldingen-tabel')).not.toContainText(persoon1280.naam);

    await link.click();
    await expect(h1).toHaveText(`Aanmelding ${ref}`);
    await expect(h1).toBeFocused();
    await expect(page).toHaveTitle(`Aanmelding ${ref} – Aanmeldingen – RMT-platform`);
    const gegevens = page.locator('#aanm-gegevens');
    await expect(gegevens).toContainText(persoon1280.naam);
    await expect(gegevens).toContainText(persoon1280.email);
    await expect(gegevens).toContainText('Ik zoek werk in de zorg');
    await expect(page.locator('#aanm-status')).toHaveText('Nieuw');

    // Assign to myself (and the first organisation of the regio, if there is one).
    if ((await page.locator('#toew-organisatie option').count()) > 1) {
      await page.locator('#toew-organisatie').selectOption({ label: 'Werkcentrum Midden-Utrecht' });
    }
    await page.getByLabel('Medewerker (niet verplicht)').selectOption({ label: 'Mijzelf (Fenna Front)' });
    await page.getByRole('button', { name: 'Toewijzen', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De aanmelding is toegewezen.' })).toBeVisible();
    await expect(page.locator('#aanm-status')).toHaveText('Toegewezen');

    // Turn into a klant: prefilled from the aanmelding; staff add the date of birth.
    await expect(page.getByLabel('Naam', { exact: true })).toHaveValue(persoon1280.naam);
    await expect(page.getByLabel('E-mailadres (niet verplicht)')).toHaveValue(persoon1280.email);
    await expect(page.getByLabel('Woongemeente')).toHaveValue('GM0344');
    await page.getByRole('button', { name: 'Klant vastleggen' }).click();
    await expect(page.locator('#omz-fouten')).toBeFocused();
    await expect(page.locator('#omz-fouten').getByRole('link')).toHaveText(['Vul de geboortedatum in']);
    await page.getByLabel('Geboortedatum', { exact: true }).fill(geboortedatum);
    await page.getByRole('button', { name: 'Klant vastleggen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'de persoon is nu klant' })).toBeVisible();
    await expect(page.locator('#aanm-status')).toHaveText('Klant geworden');
    await expect(page.getByRole('button', { name: 'Klant vastleggen' })).toHaveCount(0);

    await page.getByRole('link', { name: 'Naar de klant' }).click();
    await expect(h1).toHaveText(persoon1280.naam);
    klantUrl = page.url();
    await expect(page.getByRole('main')).toContainText('Geen BSN vastgelegd');
  });

  test('een gelijktijdige wijziging geeft 412: “iemand anders”, daarna lukt afsluiten als contact', async () => {
    expect(smal).not.toBeNull();
    guard.allow(/\/afsluiting$/); // the 412 is provoked on purpose
    const row = await aanmeldingId(page, (smal as Ontvangen).referentienummer);
    await page.goto(`/aanmeldingen/${row.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Aanmelding ${(smal as Ontvangen).referentienummer}`);
    await expect(page.locator('#aanm-status')).toHaveText('Nieuw');

    // Someone else assigns it in the meantime.
    const sessie = (await (await page.request.get('/api/v1/sessie')).json()) as { medewerker: { id: string } };
    const other = await postAsStaff(page, `/api/v1/aanmeldingen/${row.id}/toewijzing`, { medewerkerId: sessie.medewerker.id }, {
      'If-Match': `"${row.versie}"`,
    });
    expect(other.status(), await other.text()).toBe(200);

    await page.getByLabel('Uitkomst').selectOption('doorverwezen');
    await page.getByRole('button', { name: 'Aanmelding afsluiten' }).click();
    await expect(page.locator('#afs-fouten').getByRole('link')).toHaveText(['Vul in naar wie is doorverwezen']);
    await page.getByLabel('Doorverwezen naar').fill('UWV');
    await page.getByLabel('Toelichting (niet verplicht)').fill('Informatie over de WW gegeven en doorverwezen.');
    await page.getByRole('button', { name: 'Aanmelding afsluiten' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit intussen gewijzigd' })).toBeVisible();
    await expect(page.locator('#aanm-uitkomst')).toBeFocused();
    await expect(page.locator('#aanm-status')).toHaveText('Toegewezen');

    await page.getByRole('button', { name: 'Aanmelding afsluiten' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De aanmelding is afgesloten' })).toBeVisible();
    await expect(page.locator('#aanm-status')).toHaveText('Afgesloten');
  });

  test('een medewerker legt een telefoontje vast via het formulier; anoniem is er alleen het web', async ({ browser, baseURL }) => {
    const anonymous = await browser.newContext({ baseURL });
    const publiek = await anonymous.newPage();
    await publiek.goto('/aanmelden');
    await expect(publiek.getByLabel('Uw naam')).toBeVisible();
    await expect(publiek.getByLabel('Hoe kwam de vraag binnen?')).toHaveCount(0);
    await anonymous.close();

    await page.goto('/aanmelden');
    await fillAanmeldFormPersoon(page, `E2E Telefoon ${stamp}`, `e2e-telefoon-${stamp}@voorbeeld.example`);
    await page.getByLabel('Hoe kwam de vraag binnen?').selectOption('telefoon');
    await page.getByRole('button', { name: 'Vraag versturen' }).click();
    const ontvangen = await readOntvangen(page);
    const row = await aanmeldingId(page, ontvangen.referentienummer);
    const detail = await page.request.get(`/api/v1/aanmeldingen/${row.id}`);
    expect(((await detail.json()) as { kanaal: string }).kanaal).toBe('telefoon');
  });

  test('een werkgeversvraag wordt een werkgever (velden uit de aanmelding overgenomen)', async ({ browser, baseURL }) => {
    const bedrijf = `E2E Zorg ${stamp} BV`;
    const kvk = `7${stamp.slice(-7)}`;
    const anonymous = await browser.newContext({ baseURL });
    const response = await anonymous.request.post('/api/v1/aanmeldingen', {
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      data: {
        soort: 'werkgever',
        naam: `E2E Contactpersoon ${stamp}`,
        telefoon: '030 123 45 67',
        bedrijfsnaam: bedrijf,
        kvkNummer: kvk,
        gemeenteCode: 'GM0344',
        categorie: 'personeelsvraag',
        vraag: 'Wij zoeken drie verzorgenden.',
        kanaal: 'web',
        toestemmingContact: true,
        website: '',
      },
    });
    expect(response.status()).toBe(201);
    const ref = ((await response.json()) as Ontvangen).referentienummer;
    await anonymous.close();
    const row = await aanmeldingId(page, ref);
    await page.goto(`/aanmeldingen/${row.id}`);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(`Aanmelding ${ref}`);
    await expect(page.getByRole('heading', { name: 'Werkgever van maken' })).toBeVisible();
    await expect(page.getByLabel('Bedrijfsnaam')).toHaveValue(bedrijf);
    await expect(page.getByLabel('KvK-nummer')).toHaveValue(kvk);
    await expect(page.getByLabel('Contactpersoon')).toHaveValue(`E2E Contactpersoon ${stamp}`);
    await expect(page.getByLabel('Vestigingsgemeente')).toHaveValue('GM0344');
    await page.getByRole('button', { name: 'Werkgever vastleggen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'de werkgever is nu klant' })).toBeVisible();
    await expect(page.locator('#aanm-status')).toHaveText('Klant geworden');
    await page.getByRole('link', { name: 'Naar de werkgever' }).click();
    await expect(h1).toHaveText(bedrijf);
  });

  test('nieuwe klant met dezelfde naam en geboortedatum: de bestaande klant kiezen', async () => {
    guard.allow(/\/api\/v1\/klanten$/); // the 409 duplicate warning
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Klanten' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Klanten');
    await page.getByRole('link', { name: 'Nieuwe klant vastleggen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuwe klant vastleggen');
    await page.getByRole('button', { name: 'Klant vastleggen' }).click();
    await expect(page.locator('#kl-fouten').getByRole('link')).toHaveText([
      'Vul de naam in',
      'Vul de geboortedatum in',
      'Kies de woongemeente',
    ]);

    await page.getByLabel('Naam', { exact: true }).fill(persoon1280.naam);
    await page.getByLabel('Geboortedatum', { exact: true }).fill(geboortedatum);
    await page.getByLabel('BSN (niet verplicht)').fill('123456789');
    await page.getByLabel('Woongemeente').selectOption({ label: 'Utrecht' });
    await page.getByRole('button', { name: 'Klant vastleggen' }).click();
    await expect(page.locator('#kl-fouten').getByRole('link')).toHaveText([/Dit is geen geldig BSN/]);
    await page.getByLabel('BSN (niet verplicht)').fill('');
    await page.getByRole('button', { name: 'Klant vastleggen' }).click();

    const keuze = page.getByRole('group', { name: 'Wat wilt u doen?' });
    await expect(page.getByRole('heading', { name: 'Deze klant lijkt al te bestaan' })).toBeVisible();
    await expect(page.locator('#kl-dubbel')).toBeFocused();
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await expect(page.locator('#kl-dubbel-fouten')).toBeFocused();
    await keuze.getByLabel(new RegExp(`Bestaande klant gebruiken: ${persoon1280.naam}`)).first().check();
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(persoon1280.naam);
    expect(page.url()).toBe(klantUrl);
    await expect(page.getByRole('status').filter({ hasText: 'U gebruikt de bestaande klant.' })).toBeVisible();
  });

  test('klant met BSN: gemaskeerd, “BSN tonen”, zoeken op BSN zonder BSN in het webadres', async () => {
    guard.allow(/\/api\/v1\/klanten$/); // a 409 if an earlier run used the same test BSN
    const naam = `E2E Bsn ${stamp}`;
    await page.goto('/klanten/nieuw');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuwe klant vastleggen');
    await page.getByLabel('Naam', { exact: true }).fill(naam);
    await page.getByLabel('Geboortedatum', { exact: true }).fill('1985-02-03');
    await page.getByLabel('BSN (niet verplicht)').fill(testBsn);
    await page.getByLabel('Woongemeente').selectOption({ label: 'Utrecht' });
    await page.getByRole('button', { name: 'Klant vastleggen' }).click();
    // An earlier run may have used the same test BSN: then confirm that this is another person.
    const h1 = page.getByRole('heading', { level: 1 });
    const dubbel = page.getByRole('heading', { name: 'Deze klant lijkt al te bestaan' });
    await expect(page.getByRole('heading', { level: 1, name: naam }).or(dubbel)).toBeVisible();
    if (await dubbel.isVisible()) {
      await page.getByLabel('Het is een andere persoon: nieuwe klant vastleggen').check();
      await page.getByRole('button', { name: 'Doorgaan' }).click();
    }
    await expect(h1).toHaveText(naam);
    await expect(page.locator('#klant-bsn-waarde')).toHaveText('*****0019');
    await expect(page.getByRole('main')).toContainText('wordt vastgelegd wie dat deed');
    await page.getByRole('button', { name: 'BSN tonen' }).click();
    await expect(page.locator('#klant-bsn-waarde')).toHaveText(testBsn);
    await expect(page.locator('#klant-bsn-waarde')).toBeFocused();

    await page.goto('/klanten');
    const bsnField = page.locator('#zoek-bsn');
    await expect(page.getByLabel('BSN', { exact: true }).and(bsnField)).toBeVisible();
    await expect(bsnField).toHaveAttribute('type', 'password');
    await expect(bsnField).toHaveAttribute('inputmode', 'numeric');
    await bsnField.fill(testBsn);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page.locator('#klanten-tabel')).toContainText(naam);
    expect(page.url()).not.toContain(testBsn);
    expect(await page.evaluate(() => location.search + location.hash + JSON.stringify(history.state))).not.toContain(testBsn);

    await page.getByLabel('Naam en geboortedatum').check();
    await page.getByLabel('Naam', { exact: true }).fill(persoon1280.naam);
    await page.getByLabel('Geboortedatum', { exact: true }).fill(geboortedatum);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.locator('#klanten-tabel').getByRole('link', { name: persoon1280.naam }).click();
    await expect(h1).toHaveText(persoon1280.naam);
  });

  test('intake en contact voor de klant', async () => {
    await page.goto(klantUrl);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(persoon1280.naam);
    await expect(page.locator('#intakes-tabel')).toBeVisible();
    await page.getByRole('button', { name: 'Intake vastleggen' }).click();
    await expect(page.locator('#int-fouten').getByRole('link')).toHaveText([
      'Kies de arbeidsmarktpositie',
      'Kies de uitkeringssituatie',
      'Kies het opleidingsniveau',
    ]);
    await page.getByLabel('Arbeidsmarktpositie').selectOption({ index: 1 });
    await page.getByLabel('Uitkeringssituatie').selectOption({ index: 1 });
    await page.getByLabel('Opleidingsniveau').selectOption({ index: 1 });
    await page.getByLabel('Statushouder').check();
    await page.getByRole('button', { name: 'Intake vastleggen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'De intake is vastgelegd.' })).toBeVisible();
    await expect(page.locator('#intakes-tabel tbody tr')).toHaveCount(1);
    await expect(page.locator('#intakes-tabel tbody tr')).toContainText('Statushouder');

    await page.getByRole('link', { name: 'Contact met deze klant registreren' }).click();
    await expect(h1).toHaveText('Contact registreren');
    await expect(page).toHaveURL(/\/contacten\/nieuw\?klantId=[0-9a-f-]{36}$/);
    await expect(page.getByRole('main')).toContainText(`Voor klant ${persoon1280.naam}`);
    await expect(page.getByLabel('Regio')).toHaveValue('AM13');
    await page.getByRole('button', { name: 'Contact vastleggen' }).click();
    await expect(page.locator('#con-fouten').getByRole('link')).toHaveText(['Kies het kanaal', 'Kies het onderwerp', 'Kies de uitkomst']);
    await page.getByLabel('Kanaal').selectOption('telefoon');
    await page.getByLabel('Onderwerp').selectOption('scholing');
    await page.getByLabel('Uitkomst').selectOption('informatie_gegeven');
    await page.getByLabel('Toelichting (niet verplicht)').fill('Uitleg over scholingsmogelijkheden.');
    await page.getByRole('button', { name: 'Contact vastleggen' }).click();
    await expect(h1).toHaveText(persoon1280.naam);
    await expect(page.getByRole('status').filter({ hasText: 'Het contact is vastgelegd.' })).toBeVisible();
    await expect(page.locator('#contacten-tabel tbody tr')).toHaveCount(1);
    await expect(page.locator('#contacten-tabel')).toContainText('Uitleg over scholingsmogelijkheden.');
  });

  test('werkgever vastleggen, terugvinden op KvK-nummer en een contact registreren', async () => {
    const bedrijf = `E2E Bouw ${stamp} BV`;
    const kvk = `9${stamp.slice(-7)}`;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkgevers' }).click();
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText('Werkgevers');
    await page.getByRole('link', { name: 'Nieuwe werkgever vastleggen' }).click();
    await expect(h1).toHaveText('Nieuwe werkgever vastleggen');
    await page.getByRole('button', { name: 'Werkgever vastleggen' }).click();
    await expect(page.locator('#wg-fouten')).toBeFocused();
    await page.getByLabel('Bedrijfsnaam').fill(bedrijf);
    await page.getByLabel('KvK-nummer').fill(kvk);
    await page.getByLabel('Contactpersoon').fill(`E2E Contact ${stamp}`);
    await page.getByLabel('Vestigingsgemeente').selectOption({ label: 'Utrecht' });
    await page.getByRole('button', { name: 'Werkgever vastleggen' }).click();
    await expect(h1).toHaveText(bedrijf);
    await expect(page.getByRole('main')).toContainText(kvk);

    await page.goto('/werkgevers');
    await page.getByRole('textbox', { name: 'KvK-nummer' }).fill(kvk);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.locator('#werkgevers-tabel').getByRole('link', { name: bedrijf }).click();
    await expect(h1).toHaveText(bedrijf);
    await page.getByRole('link', { name: 'Contact met deze werkgever registreren' }).click();
    await expect(page.getByRole('main')).toContainText(`Voor werkgever ${bedrijf}`);
    await page.getByLabel('Kanaal').selectOption('balie');
    await page.getByLabel('Onderwerp').selectOption('personeelsvraag');
    await page.getByLabel('Uitkomst').selectOption('informatie_gegeven');
    await page.getByRole('button', { name: 'Contact vastleggen' }).click();
    await expect(h1).toHaveText(bedrijf);
    await expect(page.locator('#contacten-tabel tbody tr')).toHaveCount(1);
  });
});

test('frontoffice van Amsterdam (AM18) ziet de aanmeldingen uit Utrecht niet', async ({ browser, baseURL }) => {
  expect(breed).not.toBeNull();
  expect(smal).not.toBeNull();
  const context = await loggedInContext(browser, baseURL, 'frontofficeAmsterdam');
  try {
    const page = await context.newPage();
    const guard = new ConsoleGuard(page);
    guard.allow(/\/api\/v1\/aanmeldingen\/[0-9a-f-]{36}$/);
    await page.goto('/aanmeldingen');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanmeldingen');
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(page.locator('[role="status"][data-loading="true"]')).toHaveCount(0);
    await expect(page.getByRole('main')).not.toContainText((breed as Ontvangen).referentienummer);
    await expect(page.getByRole('main')).not.toContainText((smal as Ontvangen).referentienummer);

    const refs = (await alleAanmeldingen(page)).map((r) => r.referentienummer);
    expect(refs).not.toContain((breed as Ontvangen).referentienummer);
    expect(refs).not.toContain((smal as Ontvangen).referentienummer);

    // Opening it directly does not work either (the id comes from the AM13 test above).
    const klantId = klantUrl.split('/').pop() ?? '';
    expect(klantId).toMatch(/^[0-9a-f-]{36}$/);
    guard.allow(/\/api\/v1\/klanten\/[0-9a-f-]{36}$/);
    await page.goto(`/klanten/${klantId}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Klant niet gevonden');
    guard.expectClean();
  } finally {
    await context.close();
  }
});
