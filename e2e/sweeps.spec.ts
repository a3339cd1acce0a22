import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot, watchErrors } from './support/page';

/** How many runs the stored sweep holds (read from IndexedDB, as a reload would). */
async function storedRuns(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('convnet-playground');
    open.onerror = () => reject(open.error ?? new Error('IndexedDB could not be opened'));
    open.onsuccess = () => {
      const request = open.result.transaction('sweeps').objectStore('sweeps').getAll();
      request.onsuccess = () => {
        open.result.close();
        resolve((request.result as { runs: unknown[] }[])[0]?.runs.length ?? 0);
      };
    };
  }));
}

/** Opens the app on wasm, waits for MNIST and fills the "New sweep" form with the quick demo, searched at random. */
async function setUpQuickDemo(page: Page): Promise<void> {
  await page.goto('/?backend=wasm');
  await expect(page.getByRole('status', { name: 'Dataset status' })).toBeVisible({ timeout: 120_000 });
  await page.getByRole('button', { name: 'New sweep' }).click();
  const form = page.getByRole('region', { name: 'Sweep setup' });
  await form.getByRole('combobox', { name: 'Start from' }).selectOption({ label: 'Quick demo sweep' });
  const method = form.getByRole('combobox', { name: 'Search method' });
  await expect(method.getByRole('option')).toHaveText(['Grid', 'Random', 'Bayesian']);
  await method.selectOption({ label: 'Random' });
  await form.getByRole('spinbutton', { name: 'Runs', exact: true }).fill('3');
  await expect(form.getByRole('textbox', { name: 'Learning rate choices' })).toHaveValue('0.001, 0.01, 10');
  await expect(form).toContainText('3 runs planned.');
}

test('a small random sweep runs to the end with a diverging member recorded as diverged', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  await setUpQuickDemo(page);
  await page.getByRole('region', { name: 'Sweep setup' }).screenshot({ path: testInfo.outputPath('sweep-form.png') });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export W&B YAML' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('sweep.yaml');
  const yaml = await readFile(await download.path(), 'utf8');
  expect(yaml).toContain('method: random');
  expect(yaml).toMatch(/learning_rate:\n\s+values: \[0\.001, 0\.01, 10\]/);
  await page.getByRole('button', { name: 'Start sweep' }).click();
  const sweeps = page.getByRole('region', { name: 'Sweeps' });
  await expect(sweeps.getByText(/^Run [123] of 3$/)).toBeVisible();
  await expect(sweeps.getByRole('status', { name: 'Sweep status' })).toHaveText('Completed: every planned run has ended.', { timeout: 240_000 });
  await expect(sweeps.getByText('Run 3 of 3')).toBeVisible();

  const rows = sweeps.getByRole('table', { name: 'Sweep results' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  const statuses = await rows.locator('td:nth-child(3)').allInnerTexts();
  expect(statuses.sort()).toEqual(['completed', 'completed', 'diverged']);
  const diverged = rows.filter({ hasText: 'diverged' });
  await expect(diverged.getByRole('cell').first()).toHaveText('10');
  await expect(diverged).toContainText(/diverged\. Lower the learning rate/);

  const best = sweeps.locator('tr[aria-current="true"]');
  await expect(best).toHaveCount(1);
  await expect(best).toContainText('best');
  await expect(best).toContainText('completed');

  const chart = sweeps.getByRole('region', { name: 'Parallel coordinates' });
  await expect(chart).toBeVisible();
  await expect(chart.getByRole('img')).toHaveAttribute('aria-label', /^3 runs over Learning rate, coloured by val_accuracy .* 1 diverged or failed runs dashed in grey/);
  await expect(chart.locator('polyline')).toHaveCount(3);
  await expect(chart.locator('polyline[stroke-dasharray]')).toHaveCount(1);
  await expect(sweeps.getByRole('table', { name: 'Parameter importance' })).toBeVisible();
  await saveScreenshot(page, testInfo, 'sweep-completed');
  await sweeps.screenshot({ path: testInfo.outputPath('sweeps-panel.png') });

  await sweeps.getByRole('button', { name: 'Use the best run’s settings' }).click();
  const bestRate = await best.getByRole('cell').first().innerText();
  await expect(page.getByRole('spinbutton', { name: 'Learning rate' })).toHaveValue(bestRate);
  await expect(page.getByRole('spinbutton', { name: 'Training examples' })).toHaveValue('2000');
  expect(errors).toEqual([]);
});

test('a sweep interrupted by a reload is paused, says so, and resumes with the interrupted run', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  await setUpQuickDemo(page);
  await page.getByRole('button', { name: 'Start sweep' }).click();
  const sweeps = page.getByRole('region', { name: 'Sweeps' });
  await expect(sweeps.getByText('Run 2 of 3')).toBeVisible({ timeout: 120_000 });
  await expect.poll(() => storedRuns(page)).toBe(2);

  await page.reload();
  const status = sweeps.getByRole('status', { name: 'Sweep status' });
  await expect(status).toHaveText('Interrupted by a reload of the page. Resume trains run 2 again from its start.', { timeout: 60_000 });
  await expect(sweeps.getByRole('table', { name: 'Sweep results' }).getByRole('row')).toHaveCount(2);
  await saveScreenshot(page, testInfo, 'sweep-interrupted');
  await expect(page.getByRole('status', { name: 'Dataset status' })).toBeVisible({ timeout: 120_000 });
  await sweeps.getByRole('button', { name: 'Resume sweep' }).click();
  await expect(sweeps.getByText('Run 2 of 3')).toBeVisible();
  await sweeps.getByRole('button', { name: 'Pause sweep' }).click();
  await expect(status).toHaveText('Paused. Resume trains run 2 again from its start.');
  await sweeps.getByRole('button', { name: 'Resume sweep' }).click();
  await expect(status).toHaveText('Completed: every planned run has ended.', { timeout: 240_000 });
  await expect(sweeps.getByRole('table', { name: 'Sweep results' }).getByRole('row')).toHaveCount(4);
});
