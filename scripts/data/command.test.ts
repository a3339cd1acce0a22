import { cp, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/core/datasets/catalog';
import { manifestProblem, type DatasetManifest } from '../../src/core/datasets/manifest';
import { runDataCommand } from './command';
import { sha256Hex } from './hash';
import { makeTempDir, memoryLog, pngColorType, readRealSource, readSheetPixels, realDatasetsDir, REPO_ROOT } from './test-support';
import { contentHash, manifestFiles } from './write-assets';

let work: string;
let goodOut: string;

/** Runs `npm run data` in-process with DATASETS_DIR set; returns exit code and log. */
async function run(args: string[], datasetsDir: string) {
  const log = memoryLog();
  const code = await runDataCommand(args, { repoRoot: REPO_ROOT, cwd: work, env: { DATASETS_DIR: datasetsDir }, log });
  return { code, log };
}

/** A datasets folder linking to the real MNIST files, with `replace` applied (null = delete). */
async function mnistInputs(name: string, replace: Record<string, Buffer | null>): Promise<string> {
  const dir = join(work, name);
  await mkdir(join(dir, 'mnist'), { recursive: true });
  for (const { name: source } of DATASETS.mnist.sources) {
    const file = `${source}.gz`;
    const replacement = replace[file];
    if (replacement === undefined) await symlink(join(realDatasetsDir(), 'mnist', file), join(dir, 'mnist', file));
    else if (replacement !== null) await writeFile(join(dir, 'mnist', file), replacement);
  }
  return dir;
}

/** Name, size and modification time of every file under `dir`, to prove it untouched. */
async function snapshot(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).sort();
  return Promise.all(names.map(async (name) => {
    const info = await stat(join(dir, name));
    return `${name} ${info.size} ${info.mtimeMs}`;
  }));
}

beforeAll(async () => {
  work = await makeTempDir('data-command');
  goodOut = join(work, 'good-out');
  const { code, log } = await run(['--dataset', 'mnist', '--out', goodOut], realDatasetsDir());
  expect(log.errors).toEqual([]);
  expect(code).toBe(0);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm run data on the real MNIST files', () => {
  let manifest: DatasetManifest;
  beforeAll(async () => {
    manifest = JSON.parse(await readFile(join(goodOut, 'mnist', 'manifest.json'), 'utf8')) as DatasetManifest;
  });

  it('writes a manifest the app accepts, with the verified sources', () => {
    expect(manifestProblem(manifest, 'mnist')).toBeUndefined();
    expect(manifest.sources).toEqual(DATASETS.mnist.sources.map(({ name, sha256 }) => ({ name, sha256 })));
    expect(manifest.splits.train.sheets.map((sheet) => sheet.file)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `train-${i}.png`));
    expect(manifest.splits.test.sheets.map((sheet) => [sheet.file, sheet.count, sheet.firstIndex])).toEqual([['test-0.png', 10_000, 0]]);
    expect(manifest.splits.train.classCounts).toEqual([5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]);
    expect(manifest.splits.test.classCounts).toEqual([980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]);
    expect(manifest.contentHash).toBe(contentHash(manifest.splits));
  });

  it('lists every file with its true size and SHA-256, and nothing else is in the folder', async () => {
    const files = manifestFiles(manifest.splits);
    for (const file of files) {
      const bytes = await readFile(join(goodOut, 'mnist', file.file));
      expect([file.file, bytes.byteLength, sha256Hex(bytes)]).toEqual([file.file, file.bytes, file.sha256]);
    }
    expect((await readdir(join(goodOut, 'mnist'))).sort()).toEqual([...files.map((f) => f.file), 'manifest.json'].sort());
    expect(await readdir(goodOut)).toEqual(['mnist']);
  });

  it('stores labels as raw bytes and pixels exactly as in the source files', async () => {
    for (const [split, prefix] of [['train', 'train'], ['test', 't10k']] as const) {
      const images = (await readRealSource('mnist', `${prefix}-images-idx3-ubyte`)).subarray(16);
      const labels = (await readRealSource('mnist', `${prefix}-labels-idx1-ubyte`)).subarray(8);
      expect((await readFile(join(goodOut, 'mnist', `${split}-labels.bin`))).equals(labels)).toBe(true);
      const sheets = await Promise.all(manifest.splits[split].sheets.map(async (sheet) => {
        const png = await readFile(join(goodOut, 'mnist', sheet.file));
        expect(pngColorType(png)).toBe(0);
        return readSheetPixels(png, sheet.count, DATASETS.mnist.imageShape);
      }));
      const decoded = Buffer.concat(sheets);
      expect(decoded.equals(images)).toBe(true);
      expect(manifest.splits[split].pixelsSha256).toBe(sha256Hex(decoded));
    }
  });
});

const labelsGz = 't10k-labels-idx1-ubyte.gz';
const imagesGz = 'train-images-idx3-ubyte.gz';

describe('a bad input stops the build with one message naming the file', async () => {
  const official = (): Promise<Buffer> => readRealSource('mnist', 't10k-labels-idx1-ubyte');
  const cases: { name: string; replace: () => Promise<Record<string, Buffer | null>>; message: RegExp }[] = [
    {
      name: 'truncated .gz',
      replace: async () => ({ [imagesGz]: (await readFile(join(realDatasetsDir(), 'mnist', imagesGz))).subarray(0, 500_000) }),
      message: /^Error: mnist\/train-images-idx3-ubyte\.gz: is a truncated gzip file .*Replace it with the official file, or unset DATASETS_DIR to download it\.$/,
    },
    {
      name: 'valid gzip of the wrong content',
      replace: async () => ({ [labelsGz]: gzipSync((await official()).map((v, i) => (i === 100 ? (v + 1) % 10 : v))) }),
      message: new RegExp(`^Error: mnist/${labelsGz}: SHA-256 is [0-9a-f]{64}, expected ${DATASETS.mnist.sources[3]?.sha256} \\(corrupt or not the official file\\)\\. Replace it`),
    },
    {
      name: 'wrong size',
      replace: async () => ({ [labelsGz]: gzipSync(Buffer.concat([await official(), Buffer.from([1])])) }),
      message: /^Error: mnist\/t10k-labels-idx1-ubyte\.gz: decompresses to 10009 bytes, expected 10008 /,
    },
    {
      name: 'not gzip at all',
      replace: async () => ({ [labelsGz]: await official() }),
      message: /^Error: mnist\/t10k-labels-idx1-ubyte\.gz: is not a valid gzip file/,
    },
    {
      name: 'missing file',
      replace: () => Promise.resolve({ [labelsGz]: null }),
      message: /^Error: mnist\/t10k-labels-idx1-ubyte\.gz: not found in .*mnist\. Put the official file there, or unset DATASETS_DIR/,
    },
  ];

  it.each(cases)('$name', async ({ name, replace, message }) => {
    const inputs = await mnistInputs(name.replaceAll(' ', '-'), await replace());
    const freshOut = join(work, `out-${name.replaceAll(' ', '-')}`);
    const before = await snapshot(join(goodOut, 'mnist'));
    for (const out of [freshOut, goodOut]) {
      const { code, log } = await run(['--dataset', 'mnist', '--out', out], inputs);
      expect(code).toBe(1);
      expect(log.errors).toHaveLength(1);
      expect(log.errors[0]).toMatch(message);
      expect(log.errors[0]).not.toMatch(/\n\s+at /);
    }
    expect(await readdir(freshOut).catch(() => [])).toEqual([]);
    expect(await readdir(goodOut)).toEqual(['mnist']);
    expect(await snapshot(join(goodOut, 'mnist'))).toEqual(before);
  });

  it('a bad CIFAR-10 batch (truncated .gz) likewise', async () => {
    const inputs = join(work, 'cifar-truncated');
    await cp(join(realDatasetsDir(), 'cifar10'), join(inputs, 'cifar10'), { recursive: true });
    const batch = join(inputs, 'cifar10', 'data_batch_3.bin.gz');
    await writeFile(batch, (await readFile(batch)).subarray(0, 1_000_000));
    const { code, log } = await run(['--dataset', 'cifar10', '--out', join(work, 'out-cifar')], inputs);
    expect([code, log.errors]).toEqual([1, [expect.stringMatching(/^Error: cifar10\/data_batch_3\.bin\.gz: is a truncated gzip file/)]]);
    expect(await readdir(join(work, 'out-cifar')).catch(() => [])).toEqual([]);
  });
});

describe('--if-missing', () => {
  it('skips complete assets without touching them', async () => {
    const before = await snapshot(join(goodOut, 'mnist'));
    const { code, log } = await run(['--dataset', 'mnist', '--out', goodOut, '--if-missing'], realDatasetsDir());
    expect(code).toBe(0);
    expect(log.lines).toContain('mnist: assets complete, skipped (--if-missing)');
    expect(await snapshot(join(goodOut, 'mnist'))).toEqual(before);
  });

  it('rebuilds incomplete assets', async () => {
    const out = join(work, 'incomplete-out');
    await cp(join(goodOut, 'mnist'), join(out, 'mnist'), { recursive: true });
    await rm(join(out, 'mnist', 'train-3.png'));
    const { code, log } = await run(['--dataset', 'mnist', '--out', out, '--if-missing'], realDatasetsDir());
    expect(code).toBe(0);
    expect(log.lines).toContain('mnist: train-3.png is missing; building');
    const rebuilt = await readFile(join(out, 'mnist', 'train-3.png'));
    expect(rebuilt.equals(await readFile(join(goodOut, 'mnist', 'train-3.png')))).toBe(true);
  });
});

describe('options', () => {
  it.each([
    [['--dataset', 'fashion'], /Unknown dataset "fashion", expected one of mnist, cifar10\.\nUsage:/],
    [['--bogus'], /Unknown option '--bogus'.*\nUsage:/],
  ])('%j is refused with usage', async (args, message) => {
    const { code, log } = await run(args, realDatasetsDir());
    expect(code).toBe(1);
    expect(log.errors[0]).toMatch(message);
  });

  it('refuses a DATASETS_DIR that does not exist', async () => {
    const { code, log } = await run(['--dataset', 'mnist', '--out', join(work, 'never')], join(work, 'nowhere'));
    expect(code).toBe(1);
    expect(log.errors[0]).toMatch(/DATASETS_DIR is .*nowhere, which is not a folder/);
  });
});
