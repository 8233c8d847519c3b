import { expect, test } from './fixtures';
import { demoPassword, demoSecret, demoUsers, enterPassword, loginAs, loginHeadings, menuLinks, totpCodes } from './auth';
import { base32Decode, hotp, timeStep, totp } from './totp';

// Logging in takes a TOTP code; a user who logs in twice may have to wait for the next step.
test.describe.configure({ timeout: 120_000 });

test.describe('inloggen en menu per rol', () => {
  test('beheerder ziet Organisaties, Medewerkers en API-tokens', async ({ page }) => {
    await loginAs(page, 'beheerder');
    expect(await menuLinks(page)).toEqual(['Home', 'Regio’s', 'Organisaties', 'Medewerkers', 'API-tokens']);
    await expect(page.getByRole('banner')).toContainText(/Ingelogd als\s*\S+/);
    await expect(page).toHaveTitle('Home – RMT-platform');
  });

  test('privacy ziet Auditlog en Verwerkingen, geen beheer', async ({ page }) => {
    await loginAs(page, 'privacy');
    const links = await menuLinks(page);
    expect(links).toEqual(['Home', 'Regio’s', 'Auditlog', 'Verwerkingen']);
  });

  test('frontoffice ziet Aanmeldingen, Klanten en Organisaties, geen Medewerkers of Auditlog; een beheerpagina zegt “geen toegang”', async ({ page }) => {
    await loginAs(page, 'frontoffice');
    const links = await menuLinks(page);
    expect(links).toEqual(['Home', 'Regio’s', 'Aanmeldingen', 'Klanten', 'Werkgevers', 'Contact registreren', 'Trajecten', 'Doorverwijzingen', 'Nametingen', 'Dienstencatalogus', 'Declaraties', 'Organisaties']);
    expect(links).not.toContain('Medewerkers');
    expect(links).not.toContain('Auditlog');

    await page.goto('/beheer/medewerkers');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
    await expect(page.getByRole('alert')).toContainText('geen rol');
    await expect(page).toHaveTitle('Geen toegang – RMT-platform');

    // Reading organisations is allowed for frontoffice, without the add link.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisaties');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.locator('[role="status"][data-loading="true"]')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Organisatie toevoegen' })).toHaveCount(0);
  });

  test('zonder inloggen vraagt een beheerpagina om in te loggen en keert daarna terug', async ({ page }) => {
    await page.goto('/privacy/auditlog');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen vereist');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Inloggen' })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Inloggen' }).click();
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Fprivacy%2Fauditlog$/);
    await page.getByLabel('E-mailadres').fill(demoUsers.privacy);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByLabel('Code van 6 cijfers').fill(await totpCodes.next(demoUsers.privacy, demoSecret));
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await expect(page).toHaveURL(/\/privacy\/auditlog$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Auditlog');
  });

  test('uitloggen: terug naar inloggen en de sessie bestaat niet meer', async ({ page }) => {
    await loginAs(page, 'kassier');
    expect(await menuLinks(page)).toEqual(['Home', 'Regio’s', 'Dienstencatalogus', 'Budget', 'Kassier', 'Declaraties', 'Betaalrondes', 'Organisaties']);
    const before = await page.request.get('/api/v1/sessie');
    expect(before.status()).toBe(200);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(loginHeadings.password);
    await expect(page.getByRole('status').filter({ hasText: 'U bent uitgelogd.' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('button', { name: 'Uitloggen' })).toHaveCount(0);
    expect(await menuLinks(page)).toEqual(['Home', 'Regio’s']);

    const after = await page.request.get('/api/v1/sessie');
    expect(after.status()).toBe(401);
  });

  test('een onjuist wachtwoord geeft een duidelijke foutmelding', async ({ page, consoleGuard }) => {
    consoleGuard.allow(/\/api\/v1\/sessie$/);
    await enterPassword(page, demoUsers.analist, 'dit-is-niet-het-wachtwoord');
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toHaveClass(/utrecht-alert--error/);
    await expect(alert.getByRole('heading')).toHaveText('Inloggen is niet gelukt');
    await expect(alert).toContainText(/onjuist/i);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(loginHeadings.password);
    // The rejected password is not kept in the field.
    await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveValue('');
  });

  test('lege velden: foutensamenvatting met links naar de velden', async ({ page }) => {
    await page.goto('/inloggen');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    const summary = page.locator('#login-fouten');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Er is een probleem');
    await expect(page).toHaveTitle('Fout: Inloggen – RMT-platform');
    const email = page.getByLabel('E-mailadres');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAttribute('aria-describedby', 'login-email-fout');
    await expect(page.locator('#login-email-fout')).toHaveText('Vul uw e-mailadres in');
    await summary.getByRole('link', { name: 'Vul uw wachtwoord in' }).click();
    await expect(page.getByLabel('Wachtwoord', { exact: true })).toBeFocused();
  });

  test('een onjuiste TOTP-code geeft een foutmelding; de herstelcode is een alternatief', async ({ page, consoleGuard }) => {
    consoleGuard.allow(/\/api\/v1\/sessie\/totp$/);
    await enterPassword(page, demoUsers.analist);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(loginHeadings.totp);
    await expect(page).toHaveTitle('Code invoeren – Inloggen – RMT-platform');

    const codeField = page.getByLabel('Code van 6 cijfers');
    await expect(codeField).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(codeField).toHaveAttribute('inputmode', 'numeric');

    // Client-side check first: not six digits.
    await codeField.fill('12345');
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await expect(page.locator('#totp-fouten')).toContainText('precies 6 cijfers');

    // A well-formed code that is valid in none of the accepted steps.
    const key = base32Decode(demoSecret);
    const now = timeStep();
    const valid = new Set([-1, 0, 1].map((d) => hotp(key, now + d)));
    let wrong = '000000';
    for (let n = 0; valid.has(wrong); n += 1) wrong = String(n).padStart(6, '0');
    await codeField.fill(wrong);
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    const summary = page.locator('#totp-fouten');
    await expect(summary).toBeFocused();
    await expect(codeField).toHaveAttribute('aria-invalid', 'true');
    await expect(heading).toHaveText(loginHeadings.totp);

    // "Herstelcode gebruiken" swaps the field and moves focus to it.
    await page.getByRole('button', { name: 'Herstelcode gebruiken' }).click();
    const herstel = page.getByLabel('Herstelcode', { exact: true });
    await expect(herstel).toBeFocused();
    await page.getByRole('button', { name: 'Code uit de app gebruiken' }).click();
    await expect(codeField).toBeFocused();

    // The right code still works after one wrong one.
    await codeField.fill(await totpCodes.next(demoUsers.analist, demoSecret));
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await expect(page).toHaveURL(/\/$/);
    expect(await menuLinks(page)).toEqual(['Home', 'Regio’s']);
  });
});

test.describe('eerste keer inloggen', () => {
  test('nieuw@: TOTP instellen, herstelcodes, eigen wachtwoord kiezen', async ({ page, consoleGuard }) => {
    consoleGuard.allow(/\/api\/v1\/sessie\/wachtwoord$/);
    await enterPassword(page, demoUsers.nieuw);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading, 'nieuw@demo.example must still be new: run against a fresh --demo database').toHaveText(
      loginHeadings.enrol,
    );
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle('Authenticator-app instellen – Inloggen – RMT-platform');

    // QR code with a text alternative, and the key in groups of four for typing over.
    const qr = page.getByRole('img', { name: /QR-code/ });
    await expect(qr).toBeVisible();
    const manual = page.locator('#totp-geheim');
    await expect(manual).toHaveText(/^([A-Z2-7]{1,4} )+[A-Z2-7]{1,4}$/);
    const secret = ((await manual.textContent()) ?? '').replace(/\s/g, '');
    expect(secret.length).toBeGreaterThanOrEqual(16);

    const codeField = page.getByLabel('Code van 6 cijfers');
    await expect(codeField).toHaveAttribute('autocomplete', 'one-time-code');
    await codeField.fill(totp(secret));
    await page.getByRole('button', { name: 'Bevestigen' }).click();

    await expect(heading).toHaveText(loginHeadings.codes);
    await expect(heading).toBeFocused();
    const codes = page.locator('#herstelcodes li');
    await expect(codes).toHaveCount(10);
    await expect(page.getByRole('main')).toContainText('maar één keer');
    await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();

    await expect(heading).toHaveText(loginHeadings.passwordChange);
    await expect(heading).toBeFocused();
    const nieuw = 'Mijn eigen wachtzin voor het werkcentrum 2026!';
    await page.getByLabel('Huidig wachtwoord').fill(demoPassword);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(nieuw);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(`${nieuw}x`);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page.locator('#wachtwoord-fouten')).toContainText('niet gelijk');
    await expect(page.getByLabel('Herhaal het nieuwe wachtwoord')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('kort');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page.locator('#wachtwoord-fouten')).toContainText('minimaal 12 tekens');

    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(nieuw);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(nieuw);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();

    await expect(page).toHaveURL(/\/$/);
    await expect(heading).toHaveText('RMT-platform');
    // nieuw@ is adviseur: klanten and contacts, not the triage queue.
    expect(await menuLinks(page)).toEqual(['Home', 'Regio’s', 'Klanten', 'Werkgevers', 'Contact registreren', 'Trajecten', 'Doorverwijzingen', 'Nametingen', 'Dienstencatalogus', 'Declaraties', 'Organisaties']);
    const sessie = await page.request.get('/api/v1/sessie');
    expect(((await sessie.json()) as { stap: string }).stap).toBe('voltooid');
  });
});

test.describe('sessie verloopt (WCAG 2.2.1)', () => {
  test('waarschuwing twee minuten vooraf, verlengen, en daarna de melding “verlopen”', async ({ page }) => {
    await page.clock.install();
    await loginAs(page, 'coordinator');
    expect(await menuLinks(page)).toEqual(['Home', 'Regio’s', 'Aanmeldingen', 'Klanten', 'Werkgevers', 'Contact registreren', 'Trajecten', 'Doorverwijzingen', 'Nametingen', 'Dienstencatalogus', 'Budget', 'Verplichtingen', 'Declaraties', 'Organisaties', 'Medewerkers']);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Medewerkers' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medewerkers');
    await expect(page.locator('[role="status"][data-loading="true"]')).toHaveCount(0);

    await page.clock.fastForward('28:00');
    const dialog = page.getByRole('alertdialog', { name: 'Uw sessie verloopt bijna' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Uw sessie verloopt over 2 minuten');
    const extend = dialog.getByRole('button', { name: 'Sessie verlengen' });
    await expect(extend).toBeFocused();
    // Each extension is awaited before the clock jumps again: a late answer would restart the
    // timer after the jump (seen under load in a full run).
    const verlengd = () => page.waitForResponse((r) => r.url().endsWith('/api/v1/sessie/verlenging') && r.ok());
    let antwoord = verlengd();
    await extend.click();
    await antwoord;
    await expect(dialog).toBeHidden();

    // Escape also keeps the session (the user is clearly there).
    await page.clock.fastForward('28:30');
    await expect(dialog).toBeVisible();
    antwoord = verlengd();
    await page.keyboard.press('Escape');
    await antwoord;
    await expect(dialog).toBeHidden();

    // So does a close by the browser itself, without a cancel event (Chrome may do that).
    await page.clock.fastForward('28:30');
    await expect(dialog).toBeVisible();
    antwoord = verlengd();
    await dialog.evaluate((d: HTMLDialogElement) => d.close());
    await antwoord;
    await expect(dialog).toBeHidden();

    await page.clock.fastForward('30:00');
    const expired = page.getByRole('alertdialog', { name: 'Uw sessie is verlopen' });
    await expect(expired).toBeVisible();
    const again = expired.getByRole('link', { name: 'Opnieuw inloggen' });
    await expect(again).toBeFocused();
    await again.click();
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Fbeheer%2Fmedewerkers$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(loginHeadings.password);
  });
});
