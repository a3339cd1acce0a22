import { expect, type Page } from '@playwright/test';

/** Opens the app, waits for MNIST, and fills the training form. */
export async function setUpRun(page: Page, url: string, fields: Record<string, string>): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('status', { name: 'Dataset status' })).toBeVisible({ timeout: 120_000 });
  for (const [name, value] of Object.entries(fields)) await page.getByRole('spinbutton', { name }).fill(value);
}

/** The run's current step within its epoch, from the "Epoch N of M, batch B of C" label. */
export async function currentBatch(page: Page): Promise<number> {
  const text = await page.getByRole('region', { name: 'Run status' }).getByText(/^Epoch \d+ of \d+, batch/).innerText();
  const match = /Epoch (\d+) of \d+, batch (\d+) of (\d+)/.exec(text);
  if (!match) throw new Error(`Unexpected progress label: ${text}`);
  const [, epoch, batch, perEpoch] = match.map(Number);
  return ((epoch ?? 1) - 1) * (perEpoch ?? 0) + (batch ?? 0);
}
