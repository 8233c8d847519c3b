import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { TotpCodes } from './totp';

/**
 * Demo accounts of `rmt serve --demo` (demo only): one password, TOTP already set up with one
 * base32 secret, no forced password change. nieuw@ has no TOTP yet and must change the password.
 */
export const demoPassword = 'Werkcentrum-demo-2026';
export const demoSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export const demoUsers = {
  beheerder: 'beheerder@demo.example',
  beheerderAmsterdam: 'beheerder.amsterdam@demo.example',
  frontoffice: 'frontoffice@demo.example',
  frontofficeAmsterdam: 'frontoffice.amsterdam@demo.example',
  adviseur: 'adviseur@demo.example',
  /** UWV Utrecht (AM13): a partner organisation. */
  adviseurUwv: 'adviseur.uwv@demo.example',
  /** Gemeente Utrecht (AM13): a partner organisation. */
  adviseurGemeente: 'adviseur.gemeente@demo.example',
  coordinator: 'coordinator@demo.example',
  /** A second coordinator (AM13): the second akkoord of a large verplichting. */
  coordinator2: 'coordinator2@demo.example',
  kassier: 'kassier@demo.example',
  /** A second kassier (AM13). */
  kassier2: 'kassier2@demo.example',
  /** Olga Opleider, adviseur at the aanbieder "Opleidingen Utrecht" (AM13): enters declaraties. */
  aanbieder: 'aanbieder@demo.example',
  analist: 'analist@demo.example',
  privacy: 'privacy@demo.example',
  nieuw: 'nieuw@demo.example',
} as const;

export type DemoUser = keyof typeof demoUsers;

/**
 * One code source for the whole run (one worker): a code is valid once per user and step, so
 * logging the same user in twice takes the next step's code, or waits for a new step. The used
 * steps are kept in Playwright's output folder, which it empties when a run starts.
 */
export const totpCodes = new TotpCodes('test-results/.totp-gebruikt.json');

/** Headings of the login steps, as the user sees them. */
export const loginHeadings = {
  password: 'Inloggen',
  totp: 'Code uit uw authenticator-app',
  enrol: 'Authenticator-app instellen',
  codes: 'Bewaar uw herstelcodes',
  passwordChange: 'Kies een nieuw wachtwoord',
} as const;

/** Step 1 only: e-mail address and password; ends on the TOTP step (no code is used up). */
export async function enterPassword(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.goto('/inloggen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loginHeadings.password);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

/** The whole login of a demo user through the UI, ending on the home page. */
export async function loginAs(page: Page, user: DemoUser): Promise<void> {
  const email = demoUsers[user];
  await enterPassword(page, email);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(loginHeadings.totp);
  await expect(heading).toBeFocused();
  await page.getByLabel('Code van 6 cijfers').fill(await totpCodes.next(email, demoSecret));
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(heading).toHaveText('RMT-platform');
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
}

const savedStates = new Map<DemoUser, Awaited<ReturnType<import('@playwright/test').BrowserContext['storageState']>>>();

/**
 * A logged-in session cookie for a demo user, logged in once per run through the UI and then
 * reused (a session lasts 30 idle minutes; the suite is shorter). Never use this for a user
 * whose test logs out.
 */
export async function sessionState(browser: Browser, baseURL: string | undefined, user: DemoUser) {
  const saved = savedStates.get(user);
  if (saved) return saved;
  const context = await browser.newContext({ baseURL, locale: 'nl-NL' });
  try {
    const page = await context.newPage();
    await loginAs(page, user);
    const state = await context.storageState();
    savedStates.set(user, state);
    return state;
  } finally {
    await context.close();
  }
}

/** Context options for a page that is logged in as `user`. */
export async function loggedInContext(
  browser: Browser,
  baseURL: string | undefined,
  user: DemoUser,
  options: BrowserContextOptions = {},
) {
  const storageState = await sessionState(browser, baseURL, user);
  return browser.newContext({ baseURL, locale: 'nl-NL', ...options, storageState });
}

/** The main menu's link texts. */
export async function menuLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav.getByRole('link', { name: 'Regio’s' })).toBeVisible();
  return (await nav.getByRole('link').allTextContents()).map((t) => t.trim());
}

/** The CSRF token of the page's session (for API calls made by a test itself). */
export async function csrfToken(page: Page): Promise<string> {
  const response = await page.request.get('/api/v1/sessie');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}
