import { expect, test } from '@playwright/test';
import { saveScreenshot, watchErrors } from './support/page';
import { currentBatch, setUpRun } from './support/training';

test('LeNet-5 trains in the worker, pauses, resumes and stops within a second', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  await setUpRun(page, '/?backend=wasm', { 'Training examples': '20000', Epochs: '3' });
  await page.getByRole('button', { name: 'Train' }).click();
  const status = page.getByRole('region', { name: 'Run status' });
  await expect(status).toContainText('Training on wasm', { timeout: 30_000 });
  await expect.poll(() => currentBatch(page)).toBeGreaterThan(5);

  const pausedAt = Date.now();
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(status).toContainText('Paused', { timeout: 1000 });
  testInfo.annotations.push({ type: 'pause latency', description: `${Date.now() - pausedAt} ms` });
  const stepWhilePaused = await currentBatch(page);
  await page.waitForTimeout(1000);
  expect(await currentBatch(page)).toBe(stepWhilePaused);

  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(status).toContainText('Training', { timeout: 1000 });
  await expect.poll(() => currentBatch(page)).toBeGreaterThan(stepWhilePaused);
  await expect(page.getByRole('status', { name: 'Examples per second' })).not.toHaveText('0');

  const stoppedAt = Date.now();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(status).toContainText('Stopped', { timeout: 1000 });
  testInfo.annotations.push({ type: 'stop latency', description: `${Date.now() - stoppedAt} ms` });
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
  await saveScreenshot(page, testInfo, 'run-stopped');
  expect(errors).toEqual([]);
});

test('a short run finishes with the test-set metrics and the classification report', async ({ page }, testInfo) => {
  await setUpRun(page, '/?backend=wasm', { 'Training examples': '4000', Epochs: '2' });
  await page.getByRole('button', { name: 'Train' }).click();
  const metrics = page.getByRole('table', { name: 'Test metrics' });
  await expect(metrics).toBeVisible({ timeout: 120_000 });
  const accuracy = Number(await metrics.getByRole('cell').first().innerText());
  expect(accuracy).toBeGreaterThan(0.85);
  await expect(page.getByRole('table', { name: 'Epochs' }).getByRole('row')).toHaveCount(3);
  await expect(page.getByLabel('Classification report')).toContainText('weighted avg');
  await expect(page.getByRole('region', { name: 'Run status' })).toContainText('Finished on wasm');
  await saveScreenshot(page, testInfo, 'run-finished');
});

test('with no backend named, the fastest is measured once and remembered on this device', async ({ page }) => {
  test.setTimeout(240_000);
  await setUpRun(page, '/', { 'Training examples': '640', Epochs: '1' });
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('region', { name: 'Run status' })).toContainText('Measuring which backend');
  await expect(page.getByRole('region', { name: 'Run status' })).toContainText('Finished', { timeout: 200_000 });
  const backend = await page.getByRole('status', { name: 'Backend' }).innerText();
  expect(['webgpu', 'webgl', 'wasm', 'cpu']).toContain(backend);
  await expect(page.getByText(/fastest for LeNet-5, measured just now: webgpu .*, webgl .*, wasm .*, cpu/)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('status', { name: 'Dataset status' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('spinbutton', { name: 'Training examples' }).fill('640');
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('1');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByText(/fastest for LeNet-5, measured earlier on this device/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status', { name: 'Backend' })).toHaveText(backend);
});

test('a run whose learning rate is far too high stops as diverged and says so', async ({ page }) => {
  await setUpRun(page, '/?backend=wasm', { 'Training examples': '1000', Epochs: '3', 'Batch size': '8', 'Learning rate': '10' });
  await page.getByRole('combobox', { name: 'Optimizer' }).selectOption('sgd');
  await page.getByRole('button', { name: 'Train' }).click();
  const status = page.getByRole('region', { name: 'Run status' });
  await expect(status).toContainText('Diverged', { timeout: 120_000 });
  await expect(status.getByRole('alert')).toContainText(/diverged\. Lower the learning rate/);
});

test('impossible settings are refused with what is wrong', async ({ page }) => {
  await setUpRun(page, '/?backend=wasm', { 'Learning rate': '0', 'Batch size': '0' });
  await page.getByRole('button', { name: 'Train' }).click();
  const alert = page.getByRole('region', { name: 'Training setup' }).getByRole('alert');
  await expect(alert).toContainText('Learning rate must be above 0');
  await expect(alert).toContainText('Batch size must be a whole number from 1 to 4096; got 0.');
  await expect(page.getByRole('region', { name: 'Run status' })).toHaveCount(0);
  await page.getByRole('spinbutton', { name: 'Learning rate' }).fill('0.001');
  await page.getByRole('spinbutton', { name: 'Training examples' }).fill('50');
  await page.getByRole('spinbutton', { name: 'Batch size' }).fill('64');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(alert).toHaveText('These settings cannot train:Batch size must be a whole number from 1 to 50 (there are 50 training examples); got 64.');
});
