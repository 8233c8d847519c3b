import { expect, type Page } from '@playwright/test';

/** Every page (and key state) of the app, with what marks it as fully rendered. */
export interface AppPage {
  name: string;
  path: string;
  heading: string;
  /** API paths that answer with an error on purpose (their console 404 is expected). */
  expectedApiErrors?: RegExp[];
  ready?: (page: Page) => Promise<void>;
}

export const appPages: AppPage[] = [
  { name: 'home', path: '/', heading: 'RMT-platform' },
  {
    name: 'arbeidsmarktregio’s',
    path: '/regios',
    heading: 'Arbeidsmarktregio’s',
    ready: async (page) => expect(page.locator('#regios-tabel tbody tr')).toHaveCount(35),
  },
  {
    name: 'regio AM13',
    path: '/regios/AM13',
    heading: 'Midden-Utrecht',
    ready: async (page) => expect(page.locator('#gemeenten-tabel tbody tr')).toHaveCount(14),
  },
  { name: 'toegankelijkheidsverklaring', path: '/toegankelijkheid', heading: 'Toegankelijkheidsverklaring' },
  {
    name: 'vraag stellen (aanmelden)',
    path: '/aanmelden',
    heading: 'Stel uw vraag aan het werkcentrum',
    // 342 gemeenten and the code lists are loaded.
    ready: async (page) => {
      await expect(page.locator('#aanm-gemeente option')).toHaveCount(343);
      await expect(page.locator('#aanm-categorie option')).not.toHaveCount(1);
    },
  },
  { name: 'status van een aanmelding', path: '/aanmelding-status', heading: 'Status van uw aanmelding' },
  {
    name: 'onbekende regio',
    path: '/regios/AM99',
    heading: 'Arbeidsmarktregio niet gevonden',
    expectedApiErrors: [/\/api\/v1\/regios\/AM99$/],
  },
  { name: 'onbekende pagina', path: '/bestaat-niet', heading: 'Pagina niet gevonden' },
];

export async function openAppPage(page: Page, appPage: AppPage): Promise<void> {
  await page.goto(appPage.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(appPage.heading);
  if (appPage.ready) await appPage.ready(page);
  await expect(page.locator('[role="status"][data-loading="true"]')).toHaveCount(0);
}
