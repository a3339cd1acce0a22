import { expect, test, type Page } from '@playwright/test';
import { DIGIT_STROKES, drawStrokes } from './support/pad';
import { saveScreenshot, watchErrors } from './support/page';
import { darkOneOnPaper, greyPng } from './support/png';
import { currentBatch, setUpRun } from './support/training';

const prediction = (page: Page) => page.getByRole('status', { name: 'Prediction' });

async function trainShortLeNet(page: Page): Promise<void> {
  await setUpRun(page, '/?backend=wasm', { 'Training examples': '12000', Epochs: '1' });
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('table', { name: 'Test metrics' })).toBeVisible({ timeout: 120_000 });
}

test('drawn digits are classified by the model trained in this tab, with the 28×28 input and every class’s bar', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  await trainShortLeNet(page);
  for (const digit of ['1', '0', '7']) {
    await page.getByRole('button', { name: 'Clear' }).click();
    await drawStrokes(page, DIGIT_STROKES[digit] ?? []);
    await expect(prediction(page)).toHaveText(new RegExp(`^${digit} \\(`));
    testInfo.annotations.push({ type: `pad ${digit}`, description: await prediction(page).innerText() });
  }
  await expect(page.getByRole('img', { name: /What the network sees: the drawing as a 28 × 28/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Probability of each digit' }).getByRole('row')).toHaveCount(10);
  const inside = page.getByRole('region', { name: 'Inside the network' });
  await expect(inside.getByRole('img', { name: /filters, 5 × 5 × 1 × 6/ })).toBeVisible();
  await expect(inside.getByRole('img', { name: /6 of 6 feature maps, 28 × 28/ })).toBeVisible();
  await expect(inside.getByRole('img', { name: /16 of 16 feature maps, 10 × 10/ })).toBeVisible();
  await saveScreenshot(page, testInfo, 'pad-seven');

  await page.getByLabel('Upload images').setInputFiles({ name: 'one-on-paper.png', mimeType: 'image/png', buffer: darkOneOnPaper(600, 400) });
  const upload = page.getByRole('listitem', { name: 'one-on-paper.png' });
  await expect(upload.getByRole('table', { name: 'Top 5 classes for one-on-paper.png' }).getByRole('row')).toHaveCount(5);
  await expect(prediction(page)).toHaveText(/^1 \(/);
  await expect(upload.getByRole('img', { name: 'What the network sees of one-on-paper.png' })).toBeVisible();

  const tests = page.getByRole('region', { name: 'Test images' });
  await tests.getByRole('button').first().click();
  await expect(tests.getByRole('table', { name: 'Top 5 classes for the test image' })).toBeVisible();
  await saveScreenshot(page, testInfo, 'predict-panels');
  expect(errors).toEqual([]);
});

test('the pad reads the model between training steps without stopping the run', async ({ page }) => {
  await setUpRun(page, '/?backend=wasm', { 'Training examples': '30000', Epochs: '3' });
  await page.getByRole('button', { name: 'Train' }).click();
  await expect.poll(() => currentBatch(page), { timeout: 60_000 }).toBeGreaterThan(20);
  await expect(page.getByRole('radio', { name: /This run’s model \(live/ })).toBeChecked();
  await drawStrokes(page, DIGIT_STROKES['1'] ?? []);
  await expect(prediction(page)).toHaveText(/^\d \(/);
  const afterDrawing = await currentBatch(page);
  await expect.poll(() => currentBatch(page)).toBeGreaterThan(afterDrawing);
  await expect(page.getByRole('region', { name: 'Run status' })).toContainText('Training');
  await page.getByRole('button', { name: 'Stop' }).click();
});

test('a trained model is saved in IndexedDB, survives a reload, and is used, renamed, downloaded and deleted', async ({ page }, testInfo) => {
  await trainShortLeNet(page);
  await page.getByRole('textbox', { name: 'Model name' }).fill('LeNet-5 quick');
  await page.getByRole('button', { name: 'Save model' }).click();
  await expect(page.getByText('Saved “LeNet-5 quick” in this browser.')).toBeVisible();

  await page.reload();
  const saved = page.getByRole('table', { name: 'Saved models' });
  await expect(saved.getByRole('rowheader', { name: 'LeNet-5 quick' })).toBeVisible();
  await page.getByRole('button', { name: 'Use LeNet-5 quick' }).click();
  await expect(page.getByRole('radio', { name: 'Loaded: LeNet-5 quick' })).toBeChecked();
  await drawStrokes(page, DIGIT_STROKES['1'] ?? []);
  await expect(prediction(page)).toHaveText(/^1 \(/);

  await page.getByRole('button', { name: 'Rename LeNet-5 quick' }).click();
  await page.getByRole('textbox', { name: 'New name for LeNet-5 quick' }).fill('LeNet-5 renamed');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(saved.getByRole('rowheader', { name: 'LeNet-5 renamed' })).toBeVisible();

  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await page.getByRole('button', { name: 'Download LeNet-5 renamed' }).click();
  await expect.poll(() => downloads.sort()).toEqual(['model.json', 'weights.bin']);
  await saveScreenshot(page, testInfo, 'saved-models');

  await page.getByRole('button', { name: 'Delete LeNet-5 renamed' }).click();
  await expect(page.getByText('No models saved in this browser yet.')).toBeVisible();
});

test('a CIFAR-10 model classifies an uploaded picture from its centre square at 32 × 32, with the top five classes', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await page.getByRole('combobox', { name: 'Dataset' }).selectOption('cifar10');
  await expect(page.getByRole('status', { name: 'Dataset status' })).toContainText('CIFAR-10', { timeout: 120_000 });
  await page.getByRole('spinbutton', { name: 'Training examples' }).fill('256');
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('1');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('table', { name: 'Test metrics' })).toBeVisible({ timeout: 150_000 });
  await expect(page.getByText('The drawing pad is for MNIST models')).toBeVisible();
  const sky = greyPng(1200, 800, (x, y) => (y < 500 ? 200 : 90 + ((x >> 4) % 2) * 40));
  await page.getByLabel('Upload images').setInputFiles({ name: 'landscape.png', mimeType: 'image/png', buffer: sky });
  const upload = page.getByRole('listitem', { name: 'landscape.png' });
  await expect(upload.getByRole('table', { name: 'Top 5 classes for landscape.png' }).getByRole('row')).toHaveCount(5);
  await expect(upload).toContainText('1,200 × 800 image, centre-cropped and scaled to 32 × 32');
  await expect(page.getByRole('status', { name: 'Prediction' })).toHaveText(/^(airplane|automobile|bird|cat|deer|dog|frog|horse|ship|truck) \(/);
  await expect(page.getByRole('region', { name: 'Inside the network' }).getByRole('img', { name: /32 of 32 feature maps, 32 × 32/ }).first()).toBeVisible();
});
