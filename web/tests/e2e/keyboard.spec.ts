import { expect, test } from './fixtures';

test.describe('toetsenbord', () => {
  test('de skiplink is de eerste tabstop en zet de focus op main', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('RMT-platform');

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await expect(skipLink).toHaveAttribute('href', '#inhoud');

    await page.keyboard.press('Enter');
    await expect(page.locator('main#inhoud')).toBeFocused();
    await expect(page).toHaveURL(/\/#inhoud$/);

    // The next Tab continues inside the main content, not in the header.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Stel uw vraag (aanmelden)' })).toBeFocused();
  });

  test('navigeren met het toetsenbord zet de focus op de kop van de nieuwe pagina', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Regio’s' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/regios$/);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Arbeidsmarktregio’s');
    await expect(heading).toBeFocused();
    await expect(nav.getByRole('link', { name: 'Regio’s' })).toHaveAttribute('aria-current', 'page');
  });

  test('de taalknop werkt met het toetsenbord', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: 'Nederlands' }).focus();
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });
});
