import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetId } from '../../src/core/datasets/catalog';
import { lenet5 } from '../../src/core/model/presets';
import { buildModel } from '../../src/engine/model/build-model';
import { testReport } from '../../src/engine/training/evaluate';
import { startNodeBackend } from '../cli/backend';
import { chooseInputFolder } from '../data/input-folder';
import { loadDataset, type LoadedDataset } from '../data/load-dataset';
import { makeTempDir, memoryLog, REPO_ROOT } from '../data/test-support';
import { FIXTURE_DIR, readFixture } from '../fixtures/fixture-files';
import { setFixtureWeights } from '../fixtures/fixture-weights';
import { runEvalCommand, type EvalRecord } from './command';

let dir: string;
let mnist: LoadedDataset;

beforeAll(async () => {
  dir = await makeTempDir('eval-keras');
  await startNodeBackend('wasm');
  mnist = await loadDataset(chooseInputFolder(REPO_ROOT, process.env), 'mnist');
});

/** Runs eval in process from the fixtures folder; only MNIST may be loaded, and it is loaded once. */
async function evaluate(...argv: string[]) {
  const log = memoryLog();
  const loader = (dataset: DatasetId) => (dataset === 'mnist' ? Promise.resolve(mnist) : Promise.reject(new Error(`${dataset} should not be loaded`)));
  const code = await runEvalCommand(argv, { repoRoot: REPO_ROOT, cwd: FIXTURE_DIR, env: process.env, log, loadDataset: loader });
  return { code, errors: log.errors, lines: log.lines };
}

describe('npm run eval on Keras files', () => {
  it('evaluates a Keras 2 .h5 LeNet-5 on the 10,000 MNIST test images, scoring as the same network built in TF.js', async () => {
    const json = join(dir, 'lenet5-h5.json');
    const { code, errors, lines } = await evaluate('--model', 'lenet5.h5', '--dataset', 'mnist', '--json', json);
    expect([code, errors]).toEqual([0, []]);
    expect(lines[0]).toMatch(/^model {6}.*lenet5\.h5: sequential \(Keras 2 \.h5\), 61,706 parameters, loaded in \d+\.\d s$/);
    const record = JSON.parse(await readFile(json, 'utf8')) as EvalRecord;
    expect(record).toMatchObject({ model: join(FIXTURE_DIR, 'lenet5.h5'), format: 'keras-h5', dataset: 'mnist', backend: 'wasm', params: 61_706 });
    expect(record.test.confusion.flat().reduce((sum, count) => sum + count, 0)).toBe(10_000);
    expect(record.loadMs).toBeGreaterThan(0);
    const twin = buildModel(lenet5(), 1);
    setFixtureWeights(twin, 1);
    const reference = await testReport(twin, mnist.splits.test, 10);
    twin.dispose();
    expect(record.test.accuracy).toBe(reference.accuracy);
    expect(record.test.confusion).toEqual(reference.confusion);
    expect(record.test.loss).toBeCloseTo(reference.loss, 5);
  });

  it('names both shapes when a .keras model does not fit the dataset', async () => {
    const { code, errors } = await evaluate('--model', 'lenet5.keras', '--dataset', 'cifar10');
    expect(code).toBe(1);
    expect(errors).toEqual([`${join(FIXTURE_DIR, 'lenet5.keras')} does not fit CIFAR-10: The model takes 28×28×1 inputs but the dataset's images are 32×32×3.`]);
  });

  it.each([
    ['lstm.h5', 'Layer "lstm_1" (LSTM) is not supported: the playground imports Conv2D, MaxPooling2D, AveragePooling2D, Dense, Dropout, BatchNormalization, Flatten, Activation, Reshape.'],
    ['tiny-no-config.keras', 'The archive has no config.json, so it is not a Keras .keras model file.'],
    ['tiny-shape-mismatch.h5', 'Layer "classifier" (Dense): weight model_weights/classifier/classifier/kernel:0 has shape 18×4 in the file, but the layer\'s kernel needs 18×3.'],
  ])('refuses %s with exit code 1 and one line', async (name, message) => {
    const { code, errors } = await evaluate('--model', name);
    expect(code).toBe(1);
    expect(errors).toEqual([`${join(FIXTURE_DIR, name)}: ${message}`]);
  });

  it('refuses a truncated .h5 file in one line', async () => {
    const path = join(dir, 'truncated.h5');
    const bytes = await readFixture('lenet5.h5');
    await writeFile(path, bytes.subarray(0, 5000));
    const { code, errors } = await evaluate('--model', path);
    expect(code).toBe(1);
    expect(errors).toEqual([`${path}: The file cannot be opened as HDF5 (truncated file: eof = 5000, sblock->base_addr = 0, stored_eof = ${bytes.length}).`]);
  });
});
