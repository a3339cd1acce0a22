import { expect, type Page, type TestInfo } from '@playwright/test';

/** Collects console errors and uncaught page errors, to assert there are none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return errors;
}

/** Saves a full-page screenshot into the test's output folder and attaches it to the report. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  return path;
}

/** Waits until the dataset view shows its sample grid. */
export async function waitForSamples(page: Page): Promise<void> {
  await expect(page.getByRole('region', { name: 'Samples' }).getByRole('img').first()).toBeVisible({ timeout: 120_000 });
}

/** Reads every sample image's split, index and label as the page shows them. */
export async function readSamples(page: Page): Promise<{ alt: string; split: string; index: number; label: number }[]> {
  return page.getByRole('region', { name: 'Samples' }).getByRole('img').evaluateAll((images) =>
    images.map((image) => ({
      alt: image.getAttribute('alt') ?? '',
      split: image.getAttribute('data-split') ?? '',
      index: Number(image.getAttribute('data-index')),
      label: Number(image.getAttribute('data-label')),
    })),
  );
}
