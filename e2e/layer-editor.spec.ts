import { expect, test } from '@playwright/test';
import { saveScreenshot } from './support/page';

test('a custom network shows every layer’s output and parameters, and an impossible one is refused inline', async ({ page }, testInfo) => {
  await page.goto('/?backend=wasm');
  await expect(page.getByRole('status', { name: 'Dataset status' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('combobox', { name: 'Architecture' }).selectOption('Custom');
  const editor = page.getByRole('region', { name: 'Layer editor' });
  const rows = editor.getByRole('table', { name: 'Layers' }).getByRole('row');
  await expect(rows).toHaveCount(9);
  await expect(rows.nth(1)).toContainText('28×28×6');
  await expect(rows.nth(1)).toContainText('156');
  await expect(editor).toContainText('61,706 parameters in all.');
  expect(page.url()).toContain('arch=custom');

  await page.getByRole('button', { name: 'Remove layer 5' }).click();
  await expect(editor.getByRole('alert')).toContainText('Layer 5 (dense 120 tanh) with input 5×5×16: a dense layer needs a flat input: add a flatten layer before it.');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('region', { name: 'Training setup' }).getByRole('alert').last()).toContainText('add a flatten layer');
  await saveScreenshot(page, testInfo, 'layer-editor-refused');

  await page.getByRole('combobox', { name: 'Layer 5 kind' }).selectOption('flatten');
  await expect(editor.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Move layer 2 down' }).click();
  await expect(rows.nth(2)).toContainText('24×24×16');
  await expect(rows.nth(3)).toContainText('12×12×16');
  await page.getByRole('spinbutton', { name: 'Layer 1 filters' }).fill('12');
  await expect(rows.nth(1)).toContainText('28×28×12');
  await page.getByRole('spinbutton', { name: 'Training examples' }).fill('640');
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('1');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('region', { name: 'Run status' })).toContainText('Finished', { timeout: 120_000 });
  await expect(page.getByRole('region', { name: 'Run status' })).toContainText('Custom network');
});
