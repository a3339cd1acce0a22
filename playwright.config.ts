import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './e2e/support/chromium';

/** Port of the served build; E2E_PORT lets several builds be tested side by side (one per port). */
const port = Number(process.env.E2E_PORT ?? 4173);

/**
 * End-to-end tests in Debian's headless Chromium against the production build,
 * served exactly as `npm start` serves it (data assets prepared when missing).
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  timeout: 180_000,
  expect: { timeout: 60_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'npm start',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: 'pipe',
  },
});
