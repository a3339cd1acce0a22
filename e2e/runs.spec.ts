import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { saveScreenshot, watchErrors } from './support/page';
import { currentBatch, setUpRun } from './support/training';

/** Trains one short run from the form and waits until the history lists it as completed. */
async function trainShortRun(page: Page, completedBefore: number): Promise<void> {
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Run status' })).toContainText('Finished on wasm', { timeout: 120_000 });
  await expect(runRows(page, 'completed')).toHaveCount(completedBefore + 1, { timeout: 120_000 });
}

/** Body rows of the table "Runs", optionally only those with a status. */
function runRows(page: Page, status?: string) {
  const rows = page.getByRole('table', { name: 'Runs' }).locator('tbody tr');
  return status ? rows.filter({ has: page.getByRole('cell', { name: status, exact: true }) }) : rows;
}

async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

test('two short runs survive a reload, are compared, and one’s model card downloads with its metrics', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  await setUpRun(page, '/?backend=wasm', { 'Training examples': '1000', Epochs: '1' });
  await trainShortRun(page, 0);
  await page.getByRole('spinbutton', { name: 'Seed' }).fill('2');
  await trainShortRun(page, 1);

  await page.reload();
  const table = page.getByRole('table', { name: 'Runs' });
  await expect(runRows(page, 'completed')).toHaveCount(2);
  await table.getByRole('checkbox', { name: 'Select LeNet-5 #1' }).check();
  await table.getByRole('checkbox', { name: 'Select LeNet-5 #2' }).check();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();

  const comparison = page.getByRole('region', { name: 'Comparison' });
  const metrics = comparison.getByRole('table', { name: 'Metrics by run' });
  await expect(metrics.locator('tbody tr')).toHaveCount(2);
  const first = metrics.getByRole('row', { name: /LeNet-5 #1/ });
  const accuracy = await first.getByRole('cell').first().innerText();
  expect(accuracy).toMatch(/^0\.\d{4}$/);
  const diff = comparison.getByRole('table', { name: 'Settings that differ' });
  await expect(diff.getByRole('row')).toHaveCount(2);
  await expect(diff.getByRole('row', { name: /Seed/ })).toContainText(/1\s*2/);
  await expect(comparison.getByRole('table', { name: 'Per-class change from LeNet-5 #1 to LeNet-5 #2' }).locator('tbody tr')).toHaveCount(10);
  await expect(comparison.getByRole('region', { name: 'Accuracy per epoch' }).locator('canvas')).toBeVisible();
  await saveScreenshot(page, testInfo, 'runs-compared');

  const downloadStarted = page.waitForEvent('download');
  await runRows(page).filter({ hasText: 'LeNet-5 #1' }).getByRole('button', { name: 'Export model card' }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toBe('model-card-LeNet-5-1.zip');
  const files = unzipSync(new Uint8Array(await downloaded(download)));
  expect(Object.keys(files).sort()).toEqual(['card.md', 'confusion-matrix.png', 'curves.png']);
  const card = strFromU8(files['card.md'] ?? new Uint8Array());
  for (const section of ['Model Details', 'Intended Use', 'Training Data', 'Evaluation Data', 'Metrics', 'Ethical Considerations', 'Caveats and Recommendations']) {
    expect(card).toContain(`## ${section}`);
  }
  expect(card).toContain(`| LeNet-5 #1 | ${accuracy} |`);
  expect(card).toContain('61,706 parameters');
  expect(card).toContain('![Confusion matrix](confusion-matrix.png)');
  for (const image of ['confusion-matrix.png', 'curves.png']) {
    const bytes = files[image] ?? new Uint8Array();
    expect([...bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    await writeFile(testInfo.outputPath(image), bytes);
    await testInfo.attach(image, { path: testInfo.outputPath(image), contentType: 'image/png' });
  }
  await writeFile(testInfo.outputPath('card.md'), card);

  const scriptStarted = page.waitForEvent('download');
  await runRows(page).filter({ hasText: 'LeNet-5 #1' }).getByRole('button', { name: 'Keras script' }).click();
  const script = (await downloaded(await scriptStarted)).toString('utf8');
  expect(script).toContain('model.summary()');
  expect(script).toContain('61706');
  await writeFile(testInfo.outputPath('train.py'), script);
  expect(errors).toEqual([]);
});

test('a run cut off by a reload shows as interrupted, with the epoch that was lost', async ({ page }) => {
  await setUpRun(page, '/?backend=wasm', { 'Training examples': '20000', Epochs: '3' });
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => currentBatch(page), { timeout: 60_000 }).toBeGreaterThan(5);
  await expect(runRows(page, 'running')).toHaveCount(1);
  await page.reload();
  const row = runRows(page, 'interrupted');
  await expect(row).toHaveCount(1);
  await expect(runRows(page)).toHaveCount(1);
  await row.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('region', { name: /^Edit run/ })).toContainText('The page was closed or reloaded during epoch 1 of 3');
});

test('kept weights are named in the run; runs export to JSON and CSV, a malformed import is refused whole, a good one merges; rename, tag, delete and undo', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await setUpRun(page, '/?backend=wasm', { 'Training examples': '1000', Epochs: '1' });
  await trainShortRun(page, 0);

  const csvStarted = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = (await downloaded(await csvStarted)).toString('utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^name,status,dataset,network,params,/);
  expect(csv).toContain('LeNet-5 #1,completed,MNIST,LeNet-5,61706,');

  await page.getByRole('button', { name: 'Save model' }).click();
  await expect(page.getByText('Saved “LeNet-5” in this browser.')).toBeVisible();

  const jsonStarted = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const exported = JSON.parse((await downloaded(await jsonStarted)).toString('utf8')) as { runs: Record<string, unknown>[] };
  const original = exported.runs[0] ?? {};
  expect(original.savedModelId).toEqual(expect.any(String));
  const copy = { ...original, id: 'imported-copy', name: 'Imported copy' };
  const broken = { ...exported, runs: [copy, { ...copy, id: 'broken', epochs: [{ epoch: 0, loss: 'oops' }] }] };

  const input = page.getByLabel('Import runs (JSON or CSV)');
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByRole('alert').filter({ hasText: 'The file was not imported and no run was added' })).toContainText('runs[1]');
  await expect(runRows(page)).toHaveCount(1);
  await saveScreenshot(page, testInfo, 'import-refused');

  await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, runs: [copy] })) });
  await expect(page.getByText('1 runs imported.')).toBeVisible();
  await expect(runRows(page)).toHaveCount(2);
  await input.setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.replace('""loss"":', '""loss"":""oops"",""was"":')) });
  await expect(page.getByRole('alert').filter({ hasText: 'The file was not imported and no run was added' })).toContainText('loss is not a number');
  await input.setInputFiles({ name: 'runs.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByText('1 runs imported.')).toBeVisible();
  await expect(runRows(page)).toHaveCount(2);

  const copyRow = runRows(page).filter({ hasText: 'Imported copy' });
  await copyRow.getByRole('button', { name: 'Edit' }).click();
  const editor = page.getByRole('region', { name: /^Edit run / });
  await editor.getByRole('textbox', { name: 'Run name' }).fill('Renamed copy');
  await editor.getByRole('button', { name: 'Rename' }).click();
  await editor.getByRole('textbox', { name: 'New tag' }).fill('baseline');
  await editor.getByRole('button', { name: 'Add tag' }).click();
  await expect(runRows(page).filter({ hasText: 'Renamed copy' })).toContainText('baseline');
  await editor.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Filter runs' }).fill('baseline');
  await expect(runRows(page)).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Filter runs' }).fill('');

  await runRows(page).filter({ hasText: 'Renamed copy' }).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(runRows(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(runRows(page)).toHaveCount(2);
  await page.reload();
  await expect(runRows(page).filter({ hasText: 'Renamed copy' })).toContainText('baseline');
});

test('the coursework’s experiment map queues five labelled runs and compares them in one table', async ({ page }, testInfo) => {
  test.setTimeout(600_000);
  await setUpRun(page, '/?backend=wasm', {});
  const map = page.getByRole('region', { name: 'Coursework experiment map' });
  await map.getByRole('combobox', { name: 'Epochs per run' }).selectOption('1');
  await map.getByRole('combobox', { name: 'Training examples per run' }).selectOption('1000');
  await map.getByRole('button', { name: 'Run the experiment map' }).click();
  await expect(map.getByRole('status', { name: 'Experiment map progress' })).toContainText('run 1 of 5');
  await expect(map.getByRole('status', { name: 'Experiment map progress' })).toContainText('Experiment map finished: 5 runs', { timeout: 540_000 });
  const metrics = page.getByRole('region', { name: 'Comparison' }).getByRole('table', { name: 'Metrics by run' });
  await expect(metrics.locator('tbody tr')).toHaveCount(5);
  for (const name of ['LeNet', 'LeNet_D_A', 'IvanNet', 'GMNet', 'GMNet_D_A']) {
    await expect(metrics.getByRole('rowheader', { name: `${name} (1 of the coursework's 20 epochs), 1000 training examples`, exact: true })).toBeVisible();
  }
  await expect(metrics.getByRole('cell', { name: '—' })).toHaveCount(0);
  await saveScreenshot(page, testInfo, 'experiment-map');
});
