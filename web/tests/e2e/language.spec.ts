import { expect, test } from './fixtures';

test('taalwissel naar Engels en terug, onthouden na herladen', async ({ page }) => {
  await page.goto('/regios');
  await expect(page.locator('#regios-tabel tbody tr')).toHaveCount(35);

  const toEnglish = page.getByRole('button', { name: 'English' });
  await expect(toEnglish).toHaveAttribute('lang', 'en');
  await toEnglish.click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Labour-market regions');
  await expect(page).toHaveTitle('Labour-market regions – RMT-platform');
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Regions' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
  await expect(page.getByText('Source: CBS')).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('rmt.taal'))).toBe('en');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Labour-market regions');

  const toDutch = page.getByRole('button', { name: 'Nederlands' });
  await expect(toDutch).toHaveAttribute('lang', 'nl');
  await toDutch.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arbeidsmarktregio’s');
  await expect(page).toHaveTitle('Arbeidsmarktregio’s – RMT-platform');
  expect(await page.evaluate(() => localStorage.getItem('rmt.taal'))).toBe('nl');
});
