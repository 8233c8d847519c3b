import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser, Page } from '@playwright/test';
import { ConsoleGuard, expect } from './fixtures';
import { loggedInContext, type DemoUser } from './auth';

/** The accessibility checks every page gets: axe with the WCAG 2.0–2.2 A/AA rules, at both widths. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const widths = [320, 1280];

export function summary(violations: Result[]): string[] {
  return violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** No axe violations and no horizontal overflow, once loading has finished. */
export async function checkPage(page: Page, label: string): Promise<void> {
  await expect(page.locator('[role="status"][data-loading="true"]')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(summary(results.violations), label).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${label}: horizontal overflow`).toBeLessThanOrEqual(0);
}

/** A page of a logged-in demo user at the given width, with a console guard. */
export async function asUser(browser: Browser, baseURL: string | undefined, user: DemoUser, width: number) {
  const context = await loggedInContext(browser, baseURL, user, { viewport: { width, height: 900 } });
  const page = await context.newPage();
  return { context, page, guard: new ConsoleGuard(page) };
}
