import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DIGIT_STROKES, drawStrokes } from './support/pad';
import { saveScreenshot, watchErrors } from './support/page';
import { darkOneOnPaper, greyPng } from './support/png';

const FIXTURES = 'scripts/fixtures/out';
const fixture = (name: string) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(`${FIXTURES}/${name}`) });
const TRAINED = 'lenet5-mnist-trained.h5';

async function openMnist(page: Page): Promise<void> {
  await page.goto('/?backend=wasm');
  await expect(page.getByRole('status', { name: 'Dataset status' })).toBeVisible({ timeout: 120_000 });
}

async function importModel(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByLabel('Import model').setInputFiles(file);
}

const modelsAlert = (page: Page) => page.getByRole('region', { name: 'Models' }).getByRole('alert');

test('a Keras .h5 trained on MNIST imports, evaluates on the whole test set and drives the drawing pad', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  await openMnist(page);
  const started = Date.now();
  await importModel(page, fixture(TRAINED));
  await expect(page.getByText(/^Loaded model: lenet5-mnist-trained\.h5 \(Keras \.h5\), input 28 × 28 × 1, 10 classes, 61,706 parameters/)).toBeVisible();
  await page.getByRole('button', { name: 'Evaluate on test set' }).click();
  const metrics = page.getByRole('region', { name: 'Model evaluation' }).getByRole('table', { name: 'Test metrics' });
  await expect(metrics).toBeVisible({ timeout: 120_000 });
  const seconds = (Date.now() - started) / 1000;
  const accuracy = Number(await metrics.getByRole('cell').first().innerText());
  testInfo.annotations.push({ type: 'import + evaluation', description: `${seconds.toFixed(1)} s, test accuracy ${accuracy}` });
  expect(accuracy).toBeGreaterThan(0.97);
  await expect(page.getByText('Evaluated on all 10,000 MNIST test images')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Model evaluation' }).getByLabel('Classification report')).toContainText('weighted avg');

  await drawStrokes(page, DIGIT_STROKES['7'] ?? []);
  await expect(page.getByRole('status', { name: 'Prediction' })).toHaveText(/^7 \(/);
  await saveScreenshot(page, testInfo, 'imported-h5');
  expect(errors).toEqual([]);
});

test('ten digits drawn on the pad, read by the imported trained LeNet-5', async ({ page }, testInfo) => {
  await openMnist(page);
  await importModel(page, fixture(TRAINED));
  await expect(page.getByText(/^Loaded model: lenet5-mnist-trained\.h5/)).toBeVisible();
  const readings: string[] = [];
  for (const [digit, strokes] of Object.entries(DIGIT_STROKES)) {
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(page.getByRole('table', { name: 'Probability of each digit' })).toHaveCount(0);
    await drawStrokes(page, strokes);
    await expect(page.getByRole('table', { name: 'Probability of each digit' })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Prediction' })).toHaveText(/^\d \(/);
    readings.push(`${digit} → ${await page.getByRole('status', { name: 'Prediction' }).innerText()}`);
  }
  testInfo.annotations.push({ type: 'pad readings', description: readings.join('; ') });
  const right = readings.filter((reading) => reading[0] === reading.split('→ ')[1]?.[0]).length;
  expect(right, readings.join('; ')).toBeGreaterThanOrEqual(8);
});

test('a Keras 3 .keras archive and a downloaded TF.js Layers pair import too', async ({ page }, testInfo) => {
  await openMnist(page);
  await importModel(page, fixture('lenet5.keras'));
  await expect(page.getByText(/^Loaded model: lenet5\.keras \(Keras \.keras\)/)).toBeVisible();

  const downloads = new Map<string, Buffer>();
  page.on('download', (download) => {
    void download.path().then((path) => downloads.set(download.suggestedFilename(), readFileSync(path)));
  });
  await page.getByRole('button', { name: 'Download (TF.js Layers)' }).click();
  await expect.poll(() => [...downloads.keys()].sort()).toEqual(['model.json', 'weights.bin']);
  await page.getByLabel('Import model').setInputFiles([...downloads].map(([name, buffer]) => ({ name, mimeType: 'application/octet-stream', buffer })));
  await expect(page.getByText(/^Loaded model: model\.json \(TF\.js Layers\), input 28 × 28 × 1, 10 classes, 61,706 parameters/)).toBeVisible();
  await saveScreenshot(page, testInfo, 'imported-layers');
});

test('bad model files are refused with a reason, and the loaded model stays', async ({ page }) => {
  await openMnist(page);
  await importModel(page, fixture(TRAINED));
  const loadedLine = page.getByText(/^Loaded model: lenet5-mnist-trained\.h5/);
  await expect(loadedLine).toBeVisible();

  const truncated = readFileSync(`${FIXTURES}/${TRAINED}`).subarray(0, 40_000);
  const cases: [{ name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
    [{ name: 'truncated.h5', mimeType: 'application/octet-stream', buffer: truncated }, /truncated|corrupt|damaged|cannot be read|not a valid/i],
    [{ name: 'empty.h5', mimeType: 'application/octet-stream', buffer: Buffer.alloc(0) }, /empty/i],
    [fixture('tiny-functional.h5'), /8×8×1/],
    [fixture('lstm.h5'), /LSTM/],
    [{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a model') }, /\.h5|\.keras|model\.json/],
  ];
  for (const [file, reason] of cases) {
    await importModel(page, file);
    await expect(modelsAlert(page)).toContainText(reason);
    await expect(modelsAlert(page)).toContainText('The model could not be loaded.');
    await expect(loadedLine).toBeVisible();
  }
  await drawStrokes(page, DIGIT_STROKES['1'] ?? []);
  await expect(page.getByRole('status', { name: 'Prediction' })).toHaveText(/^1 \(/);
});

test('bad images are refused one by one with a reason, and the page keeps predicting', async ({ page }, testInfo) => {
  await openMnist(page);
  await importModel(page, fixture(TRAINED));
  await expect(page.getByText(/^Loaded model: lenet5-mnist-trained\.h5/)).toBeVisible();
  const huge = greyPng(8660, 5774, (x, y) => ((x + y) % 97 === 0 ? 0 : 255));
  await page.getByLabel('Upload images').setInputFiles([
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello, not an image') },
    { name: 'empty.png', mimeType: 'image/png', buffer: Buffer.alloc(0) },
    { name: 'huge.png', mimeType: 'image/png', buffer: huge },
    { name: 'fine.png', mimeType: 'image/png', buffer: darkOneOnPaper(300, 300) },
  ]);
  const item = (name: string) => page.getByRole('listitem', { name });
  await expect(item('notes.txt').getByRole('alert')).toContainText('not a PNG, JPEG or WebP image');
  await expect(item('empty.png').getByRole('alert')).toContainText('empty');
  await expect(item('huge.png').getByRole('alert')).toContainText('50.0 megapixels');
  await expect(item('fine.png').getByRole('table', { name: 'Top 5 classes for fine.png' })).toBeVisible();
  await saveScreenshot(page, testInfo, 'bad-images');
});

/** Room for one saved LeNet-5 (about 250 kB in IndexedDB) but not two, bytes. */
const ROOM_FOR_ONE_MODEL = 400_000;

test('a full storage refuses the save with a reason and keeps the models saved before', async ({ page, context }) => {
  // Chromium applies a quota override to storage the origin opens afterwards, so set it
  // on a page of the origin that touches no storage (the manifest), before the app starts.
  await page.goto('/data/mnist/manifest.json');
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: ROOM_FOR_ONE_MODEL });
  await openMnist(page);
  await expect(page.getByRole('status', { name: 'Dataset status' })).toContainText('downloaded but not cached');
  await importModel(page, fixture(TRAINED));
  await expect(page.getByText(/^Loaded model: lenet5-mnist-trained\.h5/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Model name' }).fill('kept');
  await page.getByRole('button', { name: 'Save model' }).click();
  await expect(page.getByText('Saved “kept” in this browser.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Model name' }).fill('too much');
  await page.getByRole('button', { name: 'Save model' }).click();
  await expect(modelsAlert(page)).toContainText("The model was not saved. The browser refused to store the model: this site's storage is full (QuotaExceededError).");
  const saved = page.getByRole('table', { name: 'Saved models' });
  await expect(saved.getByRole('rowheader', { name: 'kept' })).toBeVisible();
  await expect(saved.getByRole('rowheader', { name: 'too much' })).toHaveCount(0);
  await page.getByLabel('Upload images').setInputFiles({ name: 'one.png', mimeType: 'image/png', buffer: darkOneOnPaper(200, 200) });
  await expect(page.getByRole('status', { name: 'Prediction' })).toHaveText(/^1 \(/);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
});
