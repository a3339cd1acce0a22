import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot } from './support/page';

async function lossTable(page: Page): Promise<{ train: number; heldOut: number }[]> {
  const chart = page.getByRole('region', { name: 'Loss chart' });
  if (!(await chart.getByRole('table').isVisible())) await chart.getByText('Show as a table').click();
  const rows = page.getByRole('table', { name: 'Loss per epoch' }).locator('tbody tr');
  return rows.evaluateAll((elements) =>
    elements.map((row) => {
      const cells = Array.from(row.querySelectorAll('td'), (cell) => Number(cell.textContent));
      return { train: cells[0] ?? NaN, heldOut: cells[1] ?? NaN };
    }),
  );
}

test('the overfitting demo shows validation loss turning up, then overlays a re-run with dropout', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  await page.goto('/?backend=wasm');
  await expect(page.getByRole('status', { name: 'Dataset status' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('combobox', { name: 'Experiment preset' }).selectOption({ label: 'Overfitting demo' });
  await expect(page.getByRole('spinbutton', { name: 'Training examples' })).toHaveValue('1000');
  const started = Date.now();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const status = page.getByRole('region', { name: 'Run status' });
  await expect(status).toContainText('Finished', { timeout: 200_000 });
  const seconds = (Date.now() - started) / 1000;
  testInfo.annotations.push({ type: 'overfitting demo duration', description: `${seconds.toFixed(1)} s` });
  console.log(`overfitting demo: ${seconds.toFixed(1)} s`);

  const epochs = await lossTable(page);
  expect(epochs).toHaveLength(20);
  const best = epochs.reduce((low, epoch, i) => ((epoch.heldOut < (epochs[low]?.heldOut ?? Infinity)) ? i : low), 0);
  const last = epochs.at(-1)!;
  testInfo.annotations.push({ type: 'validation loss', description: `lowest ${epochs[best]?.heldOut} at epoch ${best + 1}, last ${last.heldOut}; train last ${last.train}` });
  console.log(`validation loss lowest ${epochs[best]?.heldOut} at epoch ${best + 1}, last ${last.heldOut}; training loss last ${last.train}`);
  expect(best).toBeLessThan(15);
  expect(last.heldOut).toBeGreaterThan((epochs[best]?.heldOut ?? 0) * 1.1);
  expect(last.train).toBeLessThan(epochs[best]?.train ?? 0);
  await saveScreenshot(page, testInfo, 'overfitting');

  await page.getByRole('button', { name: 'Re-run with dropout' }).click();
  await expect(status).toContainText('Training', { timeout: 30_000 });
  await expect(status).toContainText('Finished', { timeout: 200_000 });
  await expect(page.getByRole('region', { name: 'Loss chart' })).toContainText('before, no dropout');
  await saveScreenshot(page, testInfo, 'overfitting-with-dropout');
});
