import { asUser, checkPage, widths } from './axe-check';
import { ConsoleGuard, expect, test } from './fixtures';
import { loggedInContext } from './auth';
import { aanmeldingId, postAsStaff, submitAanmeldingApi } from './toegang';
import { trajectApi } from './trajecten';

// Every page of centrale toegang and its key states (errors, confirmation, duplicate choice,
// 404/429), checked with axe (WCAG 2.0–2.2 A/AA) and for horizontal overflow at 320 and 1280 px.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const stamp = `${Date.now()}`.slice(-8);

/** Ids of test data made once for all widths: an aanmelding, a klant and a werkgever (with a traject) in AM13. */
const data = { aanmeldingId: '', klantId: '', werkgeverId: '' };

test.beforeAll(async ({ browser, baseURL }) => {
  const anonymous = await browser.newContext({ baseURL });
  const ontvangen = await submitAanmeldingApi(anonymous.request, `E2E Axe ${stamp}`).finally(() => anonymous.close());
  const context = await loggedInContext(browser, baseURL, 'frontoffice');
  try {
    const page = await context.newPage();
    data.aanmeldingId = (await aanmeldingId(page, ontvangen.referentienummer)).id;
    const klant = await postAsStaff(page, '/api/v1/klanten', {
      naam: `E2E Axe Klant ${stamp}`,
      geboortedatum: '1978-09-12',
      woongemeenteCode: 'GM0344',
      bsn: '999990020',
      dubbelBevestigd: true,
    });
    expect(klant.status(), await klant.text()).toBe(201);
    data.klantId = ((await klant.json()) as { id: string }).id;
    const werkgever = await postAsStaff(page, '/api/v1/werkgevers', {
      bedrijfsnaam: `E2E Axe BV ${stamp}`,
      kvkNummer: `8${stamp.slice(-7)}`,
      contactpersoon: 'E2E Contact',
      vestigingsgemeenteCode: 'GM0344',
      dubbelBevestigd: true,
    });
    expect(werkgever.status(), await werkgever.text()).toBe(201);
    data.werkgeverId = ((await werkgever.json()) as { id: string }).id;
    await trajectApi(page, { werkgeverId: data.werkgeverId });
  } finally {
    await context.close();
  }
});

for (const width of widths) {
  test.describe(`axe bij ${width} px: centrale toegang`, () => {
    test('vraag stellen: formulier, foutmeldingen, werkgever en bevestiging', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, viewport: { width, height: 900 }, locale: 'nl-NL' });
      try {
        const page = await context.newPage();
        const guard = new ConsoleGuard(page);
        await page.goto('/aanmelden');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stel uw vraag aan het werkcentrum');
        await expect(page.locator('#aanm-gemeente option')).toHaveCount(343);
        await checkPage(page, 'aanmelden');

        await page.getByRole('button', { name: 'Vraag versturen' }).click();
        await expect(page.locator('#aanm-fouten')).toBeFocused();
        await checkPage(page, 'aanmelden met fouten');

        await page.getByLabel('Als werkgever').check();
        await page.getByRole('button', { name: 'Vraag versturen' }).click();
        await expect(page.locator('#aanm-kvk')).toHaveAttribute('aria-invalid', 'true');
        await checkPage(page, 'aanmelden als werkgever met fouten');

        // The confirmation, with a simulated answer (no real aanmelding for every width).
        await page.route('**/api/v1/aanmeldingen', (route) =>
          route.fulfill({
            status: 201,
            json: {
              referentienummer: 'RMT-AB12-CD34',
              code: 'K7Q2M9XP',
              status: 'ontvangen',
              regioCode: 'AM13',
              regioNaam: 'Midden-Utrecht',
              volgendeStap: 'Een medewerker neemt binnen 5 werkdagen contact met u op.',
            },
          }),
        );
        await page.getByLabel('Voor mijzelf').check();
        await page.getByLabel('Uw naam').fill('Test Persoon');
        await page.getByLabel('E-mailadres').fill('test@voorbeeld.example');
        await page.getByLabel('Woonplaats (gemeente)').selectOption({ label: 'Utrecht' });
        await page.getByLabel('Waar gaat uw vraag over?').selectOption('werk_vinden');
        await page.getByLabel('Uw vraag', { exact: true }).fill('Testvraag');
        await page.getByLabel('Het werkcentrum mag contact met mij opnemen').check();
        await page.getByRole('button', { name: 'Vraag versturen' }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw vraag is verstuurd');
        await checkPage(page, 'bevestiging met referentienummer en code');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });

    test('status: gevonden, niet gevonden en te veel pogingen (nagebootste antwoorden)', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, viewport: { width, height: 900 }, locale: 'nl-NL' });
      try {
        const page = await context.newPage();
        const guard = new ConsoleGuard(page);
        guard.allow(/\/api\/v1\/aanmeldingen\/status$/);
        let answer: 'ok' | '404' | '429' = '404';
        await page.route('**/api/v1/aanmeldingen/status', (route) => {
          if (answer === 'ok') {
            return route.fulfill({
              status: 200,
              json: {
                referentienummer: 'RMT-AB12-CD34',
                status: 'in_behandeling',
                statusOmschrijving: 'Een medewerker werkt aan uw vraag.',
                volgendeStap: 'U hoort binnen 5 werkdagen van ons.',
                ontvangenOp: '2026-11-20',
              },
            });
          }
          return route.fulfill({
            status: answer === '404' ? 404 : 429,
            contentType: 'application/problem+json',
            headers: answer === '429' ? { 'Retry-After': '600' } : {},
            body: JSON.stringify({ title: answer === '404' ? 'Niet gevonden' : 'Te veel verzoeken', status: Number(answer) }),
          });
        });
        await page.goto('/aanmelding-status');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Status van uw aanmelding');
        await checkPage(page, 'status');
        await page.getByRole('button', { name: 'Status bekijken' }).click();
        await expect(page.locator('#status-fouten')).toBeFocused();
        await checkPage(page, 'status met fouten');

        await page.getByLabel('Referentienummer').fill('RMT-AB12-CD34');
        await page.getByLabel('Code', { exact: true }).fill('K7Q2M9XP');
        await page.getByRole('button', { name: 'Status bekijken' }).click();
        await expect(page.getByRole('alert')).toContainText('Combinatie niet gevonden');
        await checkPage(page, 'status niet gevonden');

        answer = '429';
        await page.getByRole('button', { name: 'Status bekijken' }).click();
        await expect(page.getByRole('alert')).toContainText('Probeer het over 10 minuten opnieuw');
        await checkPage(page, 'status te veel pogingen');

        answer = 'ok';
        await page.getByRole('button', { name: 'Status bekijken' }).click();
        await expect(page.locator('#status-waarde')).toHaveText('Een medewerker werkt aan uw vraag.');
        await checkPage(page, 'status gevonden');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });

    test('wachtrij, aanmelding met triage en klantformulier met fouten (frontoffice)', async ({ browser, baseURL }) => {
      const { context, page, guard } = await asUser(browser, baseURL, 'frontoffice', width);
      try {
        const h1 = page.getByRole('heading', { level: 1 });
        await page.goto('/aanmeldingen');
        await expect(h1).toHaveText('Aanmeldingen');
        await expect(page.locator('#aanmeldingen-tabel')).toBeVisible();
        await checkPage(page, 'wachtrij');
        await page.getByLabel('Wacht minstens (dagen, niet verplicht)').fill('x');
        await page.getByRole('button', { name: 'Filter toepassen' }).click();
        await expect(page.locator('#filter-fouten')).toBeFocused();
        await checkPage(page, 'wachtrij met fout in het filter');

        await page.goto(`/aanmeldingen/${data.aanmeldingId}`);
        await expect(h1).toHaveText(/^Aanmelding RMT-/);
        await expect(page.locator('#aanm-gegevens')).toBeVisible();
        await checkPage(page, 'aanmelding');
        await page.getByRole('button', { name: 'Toewijzen', exact: true }).click();
        await expect(page.locator('#toew-fouten')).toBeFocused();
        await page.getByRole('button', { name: 'Klant vastleggen' }).click();
        await expect(page.locator('#omz-fouten')).toBeFocused();
        await page.getByLabel('Uitkomst').selectOption('doorverwezen');
        await page.getByRole('button', { name: 'Aanmelding afsluiten' }).click();
        await expect(page.locator('#afs-fouten')).toBeFocused();
        await checkPage(page, 'aanmelding met fouten in alle drie de formulieren');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });

    test('klanten: zoeken, nieuw met dubbele klant, klantpagina met BSN en intake (frontoffice)', async ({ browser, baseURL }) => {
      const { context, page, guard } = await asUser(browser, baseURL, 'frontoffice', width);
      guard.allow(/\/api\/v1\/klanten$/); // the 409 duplicate warning
      try {
        const h1 = page.getByRole('heading', { level: 1 });
        await page.goto('/klanten');
        await expect(h1).toHaveText('Klanten');
        await checkPage(page, 'klanten zoeken');
        await page.getByRole('button', { name: 'Zoeken' }).click();
        await expect(page.locator('#zoek-fouten')).toBeFocused();
        await checkPage(page, 'klanten zoeken met fout');
        await page.locator('#zoek-bsn').fill('999990020');
        await page.getByRole('button', { name: 'Zoeken' }).click();
        await expect(page.locator('#klanten-tabel')).toBeVisible();
        await checkPage(page, 'klanten gevonden');

        await page.goto('/klanten/nieuw');
        await expect(h1).toHaveText('Nieuwe klant vastleggen');
        await page.getByRole('button', { name: 'Klant vastleggen' }).click();
        await expect(page.locator('#kl-fouten')).toBeFocused();
        await checkPage(page, 'nieuwe klant met fouten');
        await page.getByLabel('Naam', { exact: true }).fill(`E2E Axe Klant ${stamp}`);
        await page.getByLabel('Geboortedatum', { exact: true }).fill('1978-09-12');
        await page.getByLabel('Woongemeente').selectOption({ label: 'Utrecht' });
        await page.getByRole('button', { name: 'Klant vastleggen' }).click();
        await expect(page.getByRole('heading', { name: 'Deze klant lijkt al te bestaan' })).toBeVisible();
        await checkPage(page, 'dubbele klant: kiezen');

        await page.goto(`/klanten/${data.klantId}`);
        await expect(h1).toHaveText(`E2E Axe Klant ${stamp}`);
        await expect(page.locator('#intakes-tabel')).toBeVisible();
        await checkPage(page, 'klantpagina');
        await page.getByRole('button', { name: 'BSN tonen' }).click();
        await expect(page.locator('#klant-bsn-waarde')).toHaveText('999990020');
        await page.getByRole('button', { name: 'Intake vastleggen' }).click();
        await expect(page.locator('#int-fouten')).toBeFocused();
        await checkPage(page, 'klantpagina met BSN en intakefouten');

        await page.goto(`/contacten/nieuw?klantId=${data.klantId}`);
        await expect(h1).toHaveText('Contact registreren');
        await checkPage(page, 'contact registreren');
        await page.getByLabel('Uitkomst').selectOption('doorverwezen');
        await page.getByRole('button', { name: 'Contact vastleggen' }).click();
        await expect(page.locator('#con-fouten')).toBeFocused();
        await checkPage(page, 'contact registreren met fouten');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });

    test('werkgevers: zoeken, nieuw en werkgeverpagina (adviseur)', async ({ browser, baseURL }) => {
      const { context, page, guard } = await asUser(browser, baseURL, 'adviseur', width);
      try {
        const h1 = page.getByRole('heading', { level: 1 });
        await page.goto('/werkgevers');
        await expect(h1).toHaveText('Werkgevers');
        await page.getByRole('textbox', { name: 'KvK-nummer' }).fill(`8${stamp.slice(-7)}`);
        await page.getByRole('button', { name: 'Zoeken' }).click();
        await expect(page.locator('#werkgevers-tabel')).toBeVisible();
        await checkPage(page, 'werkgevers gevonden');

        await page.goto('/werkgevers/nieuw');
        await expect(h1).toHaveText('Nieuwe werkgever vastleggen');
        await page.getByRole('button', { name: 'Werkgever vastleggen' }).click();
        await expect(page.locator('#wg-fouten')).toBeFocused();
        await checkPage(page, 'nieuwe werkgever met fouten');

        await page.goto(`/werkgevers/${data.werkgeverId}`);
        await expect(h1).toHaveText(`E2E Axe BV ${stamp}`);
        await expect(page.locator('#contacten-tabel')).toBeVisible();
        await expect(page.locator('#werkgever-trajecten-tabel tbody a')).toHaveCount(1);
        await checkPage(page, 'werkgeverpagina met trajecten');

        // adviseur has no triage queue.
        await page.goto('/aanmeldingen');
        await expect(h1).toHaveText('Geen toegang');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });

    test('vraag stellen in het Engels', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, viewport: { width, height: 900 } });
      try {
        await context.addInitScript(() => localStorage.setItem('rmt.taal', 'en'));
        const page = await context.newPage();
        const guard = new ConsoleGuard(page);
        await page.goto('/aanmelden');
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ask the work centre your question');
        await expect(page.locator('#aanm-categorie')).toContainText('Finding work');
        await page.getByRole('button', { name: 'Send question' }).click();
        await expect(page.locator('#aanm-fouten')).toBeFocused();
        await checkPage(page, 'aanmelden (en) met fouten');
        guard.expectClean();
      } finally {
        await context.close();
      }
    });
  });
}
