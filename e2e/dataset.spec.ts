import { expect, test } from '@playwright/test';
import { DATASETS } from '../src/core/datasets/catalog';
import { cifarLabels, mnistLabels } from './support/labels';
import { readSamples, saveScreenshot, waitForSamples, watchErrors } from './support/page';

const MNIST_TRAIN_COUNTS = ['5,923', '6,742', '5,958', '6,131', '5,842', '5,421', '5,918', '6,265', '5,851', '5,949'];

test('MNIST loads with progress shown, and the samples carry the labels of the official files', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue('mnist');
  await expect(page.getByRole('progressbar', { name: 'Dataset loading' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Backend' })).toHaveText(/^(webgpu|webgl|wasm|cpu)$/);
  await waitForSamples(page);
  await expect(page.getByRole('progressbar', { name: 'Dataset loading' })).toHaveCount(0);

  const samples = await readSamples(page);
  expect(samples).toHaveLength(18);
  const labels = mnistLabels('train');
  for (const sample of samples) {
    expect(sample.split).toBe('train');
    expect(sample.label, `train image ${sample.index}`).toBe(labels[sample.index]);
    expect(sample.alt).toBe(`${labels[sample.index]} (train #${sample.index})`);
  }
  const counts = page.getByRole('table', { name: 'Class counts' });
  for (const [digit, count] of MNIST_TRAIN_COUNTS.entries()) {
    await expect(counts.getByRole('row').nth(digit + 1).getByRole('cell').nth(2)).toHaveText(count);
  }
  await expect(counts.getByRole('row').last()).toContainText('60,000');
  await expect(page.getByRole('status', { name: 'Dataset status' })).toContainText('70,000 images');
  await saveScreenshot(page, testInfo, 'mnist-samples');
  expect(errors).toEqual([]);
});

test('a reload takes MNIST from the browser cache without fetching the sprites again', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status', { name: 'Dataset status' })).toContainText('downloaded and cached');
  const spriteRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/data\/mnist\/.+\.(png|bin)$/.test(request.url())) spriteRequests.push(request.url());
  });
  await page.reload();
  await expect(page.getByRole('status', { name: 'Dataset status' })).toContainText('from this browser’s cache');
  await waitForSamples(page);
  expect(spriteRequests).toEqual([]);
});

test('switching to CIFAR-10 loads it and shows its images with their class names', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await waitForSamples(page);
  await page.getByRole('combobox', { name: 'Dataset' }).selectOption({ label: 'CIFAR-10' });
  await expect(page.getByRole('progressbar', { name: 'Dataset loading' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Dataset status' })).toContainText('60,000 images', { timeout: 150_000 });
  await waitForSamples(page);
  const labels = cifarLabels('train');
  const samples = await readSamples(page);
  expect(samples).toHaveLength(18);
  for (const sample of samples) {
    const name = DATASETS.cifar10.classNames[labels[sample.index] ?? -1]?.en;
    expect(sample.label, `train image ${sample.index}`).toBe(labels[sample.index]);
    expect(sample.alt).toBe(`${name} (train #${sample.index})`);
  }
  const counts = page.getByRole('table', { name: 'Class counts' });
  await expect(counts.getByRole('row').nth(4)).toContainText('catGato5,000–1,000');
  await saveScreenshot(page, testInfo, 'cifar10-samples');
  expect(errors).toEqual([]);
});

test('the GMNet protocol splits 45k / 15k / 10k, and the same seed gives the same samples', async ({ page }) => {
  await page.goto('/');
  await waitForSamples(page);
  await page.getByRole('combobox', { name: 'Split' }).selectOption('gmnet');
  const totals = page.getByRole('table', { name: 'Class counts' }).getByRole('row').last();
  await expect(totals).toContainText('45,00015,00010,000');
  await page.getByRole('combobox', { name: 'Show samples from' }).selectOption('validation');
  await expect(page.getByRole('region', { name: 'Samples' }).getByRole('img').first()).toHaveAttribute('data-split', 'validation');
  const first = await readSamples(page);
  await page.getByRole('spinbutton', { name: 'Seed' }).fill('2');
  await expect.poll(async () => (await readSamples(page))[0]?.index).not.toBe(first[0]?.index);
  await expect(totals).toContainText('45,00015,00010,000');
  await page.getByRole('spinbutton', { name: 'Seed' }).fill('1');
  await expect.poll(async () => (await readSamples(page)).map((sample) => sample.index)).toEqual(first.map((sample) => sample.index));
  const labels = mnistLabels('train');
  for (const sample of first) expect(sample.label).toBe(labels[sample.index]);
});

test('missing assets give a message that says to run npm run data', async ({ page }) => {
  await page.route('**/data/mnist/manifest.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('MNIST could not be loaded');
  await expect(alert).toContainText('npm run data');
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toBeEnabled();
});

test('a corrupt sprite sheet is named, with the fix', async ({ page }) => {
  await page.route('**/data/mnist/train-2.png', async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    const middle = body.length >> 1;
    body[middle] = (body[middle] ?? 0) ^ 0xff;
    await route.fulfill({ response, body });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('train-2.png is corrupt');
  await expect(alert).toContainText('npm run data');
});

test('a truncated labels file is reported as truncated', async ({ page }) => {
  await page.route('**/data/mnist/test-labels.bin', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: Buffer.from(await response.body()).subarray(0, 5000) });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('test-labels.bin is 5000 bytes, expected 10000 (truncated)');
});

for (const backend of ['wasm', 'cpu'] as const) {
  test(`?backend=${backend} runs the data on ${backend}`, async ({ page }) => {
    await page.goto(`/?backend=${backend}`);
    await expect(page.getByRole('status', { name: 'Backend' })).toHaveText(backend);
    await expect(page.getByText('requested in the URL')).toBeVisible();
    await expect(page.getByRole('status', { name: 'Dataset status' })).toContainText('[64, 28, 28, 1]');
  });
}
