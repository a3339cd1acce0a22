import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/core/datasets/catalog';
import { decodeCifarBatch } from '../../src/core/datasets/cifar';
import { manifestProblem, type DatasetManifest } from '../../src/core/datasets/manifest';
import { runDataCommand } from './command';
import { sha256Hex } from './hash';
import { makeTempDir, memoryLog, pngChunkTypes, pngColorType, readRealSource, readSheetPixels, realDatasetsDir, REPO_ROOT } from './test-support';
import { contentHash, manifestFiles } from './write-assets';

/** The one full CIFAR-10 build of the test suite. */
let out: string;
let manifest: DatasetManifest;

beforeAll(async () => {
  out = await makeTempDir('cifar-build');
  const log = memoryLog();
  const code = await runDataCommand(['--dataset', 'cifar10', '--out', out], {
    repoRoot: REPO_ROOT, cwd: out, env: { DATASETS_DIR: realDatasetsDir() }, log,
  });
  expect(log.errors).toEqual([]);
  expect(code).toBe(0);
  manifest = JSON.parse(await readFile(join(out, 'cifar10', 'manifest.json'), 'utf8')) as DatasetManifest;
});

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe('npm run data on the real CIFAR-10 files', () => {
  it('writes five train sheets and one test sheet, balanced classes, verified sources', async () => {
    expect(manifestProblem(manifest, 'cifar10')).toBeUndefined();
    expect(manifest.sources).toEqual(DATASETS.cifar10.sources.map(({ name, sha256 }) => ({ name, sha256 })));
    expect(manifest.splits.train.sheets.map((sheet) => [sheet.file, sheet.firstIndex])).toEqual(
      [0, 1, 2, 3, 4].map((i) => [`train-${i}.png`, i * 10_000]),
    );
    expect(manifest.splits.train.classCounts).toEqual(new Array(10).fill(5000));
    expect(manifest.splits.test.classCounts).toEqual(new Array(10).fill(1000));
    expect(manifest.contentHash).toBe(contentHash(manifest.splits));
    const files = manifestFiles(manifest.splits);
    expect((await readdir(join(out, 'cifar10'))).sort()).toEqual([...files.map((f) => f.file), 'manifest.json'].sort());
    for (const file of files) {
      const bytes = await readFile(join(out, 'cifar10', file.file));
      expect([bytes.byteLength, sha256Hex(bytes)]).toEqual([file.bytes, file.sha256]);
    }
  });

  it('stores the test split as RGB PNG pixels and raw labels equal to the decoded source', async () => {
    const source = decodeCifarBatch(await readRealSource('cifar10', 'test_batch.bin'), 'test_batch.bin');
    const png = await readFile(join(out, 'cifar10', 'test-0.png'));
    expect(pngColorType(png)).toBe(2);
    expect(pngChunkTypes(png).filter((type) => type !== 'IDAT')).toEqual(['IHDR', 'IEND']);
    expect(Buffer.from(readSheetPixels(png, 10_000, DATASETS.cifar10.imageShape)).equals(source.pixels)).toBe(true);
    expect(manifest.splits.test.pixelsSha256).toBe(sha256Hex(source.pixels));
    expect((await readFile(join(out, 'cifar10', 'test-labels.bin'))).equals(source.labels)).toBe(true);
  });
});
