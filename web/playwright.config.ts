import { defineConfig } from '@playwright/test';

/**
 * Browser tests against a RUNNING server (the project's test script starts the rmt binary
 * with --web-root web/dist and sets RMT_BASE_URL). Debian's Chromium is used; no browser is
 * ever downloaded.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // One file at a time, in order: the flows build on each other and on shared demo state (the
  // AM13 budget's saldi to the cent, the newest audit lines). Two workers were ~20 % faster but
  // failed on exactly that in 3 of 6 runs. The test script runs the PostgreSQL suite beside this
  // one instead, on a server and database of its own.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  outputDir: process.env.RMT_E2E_OUTPUT ?? 'test-results',
  use: {
    baseURL: process.env.RMT_BASE_URL ?? 'http://127.0.0.1:18080',
    browserName: 'chromium',
    locale: 'nl-NL',
    viewport: { width: 1280, height: 800 },
    trace: 'off',
    screenshot: 'off',
    video: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
