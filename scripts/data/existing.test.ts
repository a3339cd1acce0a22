import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/core/datasets/catalog';
import { MANIFEST_FORMAT, TILES_PER_ROW, type DatasetManifest, type SplitAssets } from '../../src/core/datasets/manifest';
import { assetsProblem } from './existing';
import { makeTempDir } from './test-support';

let dir: string;
const roots: string[] = [];

/** A split whose files are a few bytes each: only names and sizes matter here. */
function fakeSplit(split: 'train' | 'test', count: number): SplitAssets {
  const sheets = Array.from({ length: count / 10_000 }, (_, i) => ({
    file: `${split}-${i}.png`, bytes: 3, sha256: 'x', count: 10_000, firstIndex: i * 10_000,
  }));
  return { count, sheets, labels: { file: `${split}-labels.bin`, bytes: 3, sha256: 'x' }, pixelsSha256: 'x', classCounts: [] };
}

const manifest: DatasetManifest = {
  format: MANIFEST_FORMAT,
  dataset: 'mnist',
  imageShape: DATASETS.mnist.imageShape,
  tilesPerRow: TILES_PER_ROW,
  sources: [],
  splits: { train: fakeSplit('train', 60_000), test: fakeSplit('test', 10_000) },
  contentHash: 'x',
};

async function writeAssets(value: unknown): Promise<void> {
  await writeFile(join(dir, 'manifest.json'), typeof value === 'string' ? value : JSON.stringify(value));
  for (const split of ['train', 'test'] as const) {
    for (const { file } of [...manifest.splits[split].sheets, manifest.splits[split].labels]) {
      await writeFile(join(dir, file), 'abc');
    }
  }
}

beforeEach(async () => {
  const root = await makeTempDir('existing');
  roots.push(root);
  dir = join(root, 'mnist');
  await mkdir(dir);
});

afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

describe('assetsProblem (the --if-missing check)', () => {
  it('accepts a complete folder', async () => {
    await writeAssets(manifest);
    expect(await assetsProblem(dir, 'mnist')).toBeUndefined();
  });

  it('reports a folder never built', async () => {
    expect(await assetsProblem(join(dir, 'absent'), 'mnist')).toBe('not built yet (no manifest.json)');
  });

  it.each([
    ['invalid JSON', '{"format":', 'manifest.json is not valid JSON'],
    ['another format', { ...manifest, format: 99 }, 'manifest.json has format 99, this version of the app reads format 1'],
    ['another dataset', { ...manifest, dataset: 'cifar10' }, 'manifest.json describes cifar10, expected mnist'],
    ['a null sheet', { ...manifest, splits: { ...manifest.splits, test: { ...manifest.splits.test, sheets: [null] } } }, "manifest.json's test sheets hold NaN images, expected 10000"],
    ['no labels entry', { ...manifest, splits: { ...manifest.splits, test: { ...manifest.splits.test, labels: undefined } } }, 'manifest.json does not list its files properly'],
  ])('reports %s', async (_name, value, problem) => {
    await writeAssets(value);
    expect(await assetsProblem(dir, 'mnist')).toBe(problem);
  });

  it('reports a missing or wrongly sized file', async () => {
    await writeAssets(manifest);
    await rm(join(dir, 'train-4.png'));
    expect(await assetsProblem(dir, 'mnist')).toBe('train-4.png is missing');
    await writeFile(join(dir, 'train-4.png'), 'abcd');
    expect(await assetsProblem(dir, 'mnist')).toBe('train-4.png is 4 bytes, manifest.json lists 3');
  });
});
