import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot, watchErrors } from './support/page';

/** Words that, in the Portuguese UI, would be English left untranslated (brand and Keras names excepted). */
const ENGLISH_LEFTOVERS = /\b(Train|Training|Epochs?|Loss|Accuracy|Samples|Dataset|Architecture|Optimizer|Learning rate|Batch size|Seed|Confusion|Per class|Elapsed|Time left|Tensors|Finished|validation|predicted|images|parameters|Show as a table|Lines)\b/;

/** Every visible text (the sklearn-style report excepted), accessible name and alt text of the page. */
async function pageTexts(page: Page): Promise<{ text: string; labels: string[] }> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('pre, script, style').forEach((element) => element.remove());
    const labels = Array.from(document.querySelectorAll('[aria-label], img[alt], input[placeholder]'), (element) =>
      [element.getAttribute('aria-label'), element.getAttribute('alt'), element.getAttribute('placeholder')].filter(Boolean).join(' | '));
    return { text: body.innerText || body.textContent || '', labels };
  });
}

async function expectNoEnglishLeft(page: Page): Promise<void> {
  const { text, labels } = await pageTexts(page);
  expect(text.match(ENGLISH_LEFTOVERS)?.[0], 'English word in the Portuguese page text').toBeUndefined();
  expect(labels.filter((label) => ENGLISH_LEFTOVERS.test(label)), 'English accessible names or alt texts').toEqual([]);
}

/** Clicks "Outras amostras" until a cat (label 3) is among the samples, and returns its image. */
async function findCat(page: Page) {
  const samples = page.getByRole('region', { name: 'Amostras' });
  const cat = samples.locator('img[data-label="3"]').first();
  await expect(async () => {
    if ((await cat.count()) === 0) await page.getByRole('button', { name: 'Outras amostras' }).click();
    await expect(cat).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 60_000 });
  return cat;
}

test('the UI switches to Português (Brasil), remembers it after a reload, and switches back to the same English names', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  await page.goto('/?ds=cifar10&backend=wasm');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('status', { name: 'Dataset status' })).toContainText('60,000 images', { timeout: 180_000 });
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');

  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Português (Brasil)' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('pt-BR');
  await expect(page.getByRole('button', { name: 'Treinar', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Arquitetura' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Conjunto de dados' })).toHaveValue('cifar10');
  for (const name of ['Épocas', 'Tamanho do lote', 'Taxa de aprendizado', 'Exemplos de treino', 'Semente']) {
    await expect(page.getByRole('spinbutton', { name })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Modo apresentação' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Estado do conjunto de dados' })).toContainText('60.000 imagens (50.000 de treino, 10.000 de teste)');
  await expect(page.getByRole('table', { name: 'Contagem por classe' }).getByRole('row').nth(4)).toContainText('catGato5.000–1.000');

  const cat = await findCat(page);
  await expect(cat).toHaveAttribute('alt', /^Gato \(treino nº \d+\)$/);
  await expect(cat.locator('xpath=ancestor::figure[1]//strong')).toHaveText('Gato');
  await saveScreenshot(page, testInfo, 'cifar10-pt-BR');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('pt-BR');
  await expect(page.getByRole('button', { name: 'Treinar', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Amostras' }).getByRole('img').first()).toBeVisible({ timeout: 120_000 });
  await expectNoEnglishLeft(page);

  await page.getByRole('combobox', { name: 'Idioma' }).selectOption({ label: 'English' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Architecture' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Samples' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Dataset status' })).toContainText('60,000 images (50,000 train, 10,000 test)');
  await expect(page.getByRole('table', { name: 'Class counts' }).getByRole('row').nth(4)).toContainText('catGato5,000–1,000');
  const englishCat = page.getByRole('region', { name: 'Samples' }).locator('img[data-label="3"]').first();
  await expect(englishCat).toHaveAttribute('alt', /^cat \(train #\d+\)$/);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  expect(errors).toEqual([]);
});

test.describe('in a browser set to Portuguese', () => {
  test.use({ locale: 'pt-BR' });

  test('the UI starts in Português (Brasil) when nothing is saved', async ({ page }) => {
    await page.goto('/?backend=wasm');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
    await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('pt-BR');
    await expect(page.getByRole('button', { name: 'Treinar', exact: true })).toBeVisible();
  });
});

test('a short run in Portuguese shows Portuguese status, charts and test metrics', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await page.goto('/?backend=wasm');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('pt-BR');
  await expect(page.getByRole('status', { name: 'Estado do conjunto de dados' })).toBeVisible({ timeout: 120_000 });
  await page.getByRole('spinbutton', { name: 'Exemplos de treino' }).fill('640');
  await page.getByRole('spinbutton', { name: 'Épocas' }).fill('1');
  await page.getByRole('button', { name: 'Treinar', exact: true }).click();

  const status = page.getByRole('region', { name: 'Estado do treino' });
  await expect(status).toContainText(/(Treinando|Concluído) em wasm/, { timeout: 30_000 });
  await expect(status).toContainText('Concluído em wasm', { timeout: 180_000 });
  await expect(status).toContainText('640 exemplos de treino');
  await expect(page.getByRole('progressbar', { name: 'Progresso da época' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Exemplos por segundo' })).not.toHaveText('0');

  const metrics = page.getByRole('table', { name: 'Métricas de teste' });
  await expect(metrics).toBeVisible({ timeout: 60_000 });
  await expect(metrics.getByRole('columnheader').first()).toHaveText('acurácia');
  await expect(metrics.getByRole('cell').first()).toHaveText(/^[01],\d{4}$/);
  await expect(page.getByRole('table', { name: 'Métricas por classe' }).getByRole('row')).toHaveCount(11);
  await expect(page.getByRole('region', { name: 'Gráfico de perda' })).toContainText('Linhas: treino (por lote, suavizado)');
  await expect(page.getByRole('region', { name: 'Gráfico de acurácia' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Matriz de confusão', exact: true })).toContainText('Clique numa contagem');
  await expect(page.getByRole('status', { name: 'Avisos do treino' })).toContainText('Treino concluído. Acurácia de teste');
  await expect(page.getByLabel('Relatório de classificação')).toContainText('weighted avg');
  await expectNoEnglishLeft(page);
  await saveScreenshot(page, testInfo, 'dashboard-pt-BR');

  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
  await expect(page.getByRole('table', { name: 'Test metrics' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Run status' })).toContainText('Finished on wasm');
  await expect(page.getByRole('region', { name: 'Loss chart' })).toContainText('Lines: train (per batch, smoothed)');
  expect(errors).toEqual([]);
});
