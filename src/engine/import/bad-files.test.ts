import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../../../scripts/fixtures/fixture-files';
import { ModelLoadError } from '../model/load';
import { KerasImportError, type KerasImportProblem } from './errors';
import { loadH5wasm, openImportFiles, type H5Wasm } from './h5';
import { importKerasModel, type KerasFormat } from './import-keras';

let h5: H5Wasm;
let lenetH5: Uint8Array;
let lenetKeras: Uint8Array;

beforeAll(async () => {
  await tf.setBackend('wasm');
  h5 = await loadH5wasm();
  [lenetH5, lenetKeras] = await Promise.all([readFixture('lenet5.h5'), readFixture('lenet5.keras')]);
});

/** Imports, expecting a one-line KerasImportError; checks nothing is left open or allocated. */
async function refusal(bytes: Uint8Array, format: KerasFormat): Promise<KerasImportError> {
  const tensors = tf.memory().numTensors;
  const error = await importKerasModel(bytes, format).then(() => undefined, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(KerasImportError);
  expect(error).toBeInstanceOf(ModelLoadError);
  expect((error as Error).message).not.toMatch(/\n|\.$/);
  expect(tf.memory().numTensors).toBe(tensors);
  expect(openImportFiles(h5)).toEqual({ open: 0, stored: 0 });
  return error as KerasImportError;
}

const half = (bytes: Uint8Array): Uint8Array => bytes.slice(0, Math.floor(bytes.length / 2));
const text = (value: string): Uint8Array => new TextEncoder().encode(value);

/** lenet5.keras rebuilt with its entries changed by `change`. */
async function rezip(change: (entries: Record<string, Uint8Array>) => Record<string, Uint8Array>): Promise<Uint8Array> {
  const { unzipSync } = await import('fflate');
  return zipSync(change(unzipSync(lenetKeras)), { level: 0 });
}

type Case = [string, () => Uint8Array | Promise<Uint8Array>, KerasFormat, KerasImportProblem, RegExp | string];

describe('files that are not what they claim to be', () => {
  it.each<Case>([
    ['text named .h5', () => text('not a model at all'), 'keras-h5', 'not-hdf5', 'The file is not an HDF5 file (it has no HDF5 signature)'],
    ['an empty .h5', () => new Uint8Array(0), 'keras-h5', 'not-hdf5', /no HDF5 signature/],
    ['an HDF5 signature followed by noise', () => Uint8Array.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array<number>(600).fill(7)]), 'keras-h5', 'not-hdf5', /^The file cannot be opened as HDF5 \(.+\)$/],
    ['a truncated .h5 (half of lenet5.h5)', () => half(lenetH5), 'keras-h5', 'not-hdf5', /^The file cannot be opened as HDF5 \(truncated file: eof = \d+/],
    ['a truncated .h5 (its first 100 bytes)', () => lenetH5.slice(0, 100), 'keras-h5', 'not-hdf5', /^The file cannot be opened as HDF5 \(/],
    ['a .keras archive named .h5', () => lenetKeras, 'keras-h5', 'not-hdf5', /^The file is a zip archive, not an HDF5 file: a Keras 3 \.keras file\?/],
    ['an .h5 file named .keras', () => lenetH5, 'keras-v3', 'not-zip', /^The file is an HDF5 file, not a \.keras zip archive/],
    ['noise named .keras', () => text('PK? no, just text'), 'keras-v3', 'not-zip', /^The file is not a readable zip archive, which a \.keras file is \(.+\)$/],
    ['a truncated .keras (half of lenet5.keras)', () => half(lenetKeras), 'keras-v3', 'not-zip', /^The file is not a readable zip archive/],
    ['a .keras whose weights file is truncated', () => rezip((entries) => ({ ...entries, 'model.weights.h5': half(entries['model.weights.h5'] ?? new Uint8Array()) })), 'keras-v3', 'not-hdf5', /^model\.weights\.h5 cannot be opened as HDF5 \(truncated file/],
    ['a .keras whose config.json is not JSON', () => rezip((entries) => ({ ...entries, 'config.json': text('{"class_name": ') })), 'keras-v3', 'bad-config', /^config\.json is not valid JSON \(/],
  ])('%s', async (_, bytes, format, problem, message) => {
    const error = await refusal(await bytes(), format);
    expect(error.problem).toBe(problem);
    expect(error.message).toMatch(message);
  });
});

describe('Keras files that the importer refuses, naming what is wrong', () => {
  it.each<[string, KerasFormat, KerasImportProblem, string]>([
    ['tiny-no-config.keras', 'keras-v3', 'missing-entry', 'The archive has no config.json, so it is not a Keras .keras model file'],
    ['tiny-missing-weights.h5', 'keras-h5', 'missing-weights', 'The file has no weights for layer "classifier" (Dense), which needs kernel 18×3, bias 3'],
    ['tiny-missing-weights.keras', 'keras-v3', 'missing-weights', 'The file has no weights for layer "classifier" (Dense), which needs kernel 18×3, bias 3'],
    ['tiny-shape-mismatch.h5', 'keras-h5', 'weight-mismatch', 'Layer "classifier" (Dense): weight model_weights/classifier/classifier/kernel:0 has shape 18×4 in the file, but the layer\'s kernel needs 18×3'],
    ['tiny-shape-mismatch.keras', 'keras-v3', 'weight-mismatch', 'Layer "classifier" (Dense): weight layers/dense/vars/0 has shape 18×4 in the file, but the layer\'s kernel needs 18×3'],
    ['lstm.h5', 'keras-h5', 'unsupported', 'Layer "lstm_1" (LSTM) is not supported: the playground imports Conv2D, MaxPooling2D, AveragePooling2D, Dense, Dropout, BatchNormalization, Flatten, Activation, Reshape'],
  ])('%s', async (name, format, problem, message) => {
    const error = await refusal(await readFixture(name), format);
    expect(error.problem).toBe(problem);
    expect(error.message).toBe(message);
  });

  it('a .keras archive without model.weights.h5', async () => {
    const error = await refusal(await rezip(({ 'model.weights.h5': _, ...rest }) => rest), 'keras-v3');
    expect([error.problem, error.message]).toEqual(['missing-entry', 'The archive has no model.weights.h5, so it holds no weights']);
  });

  it('still imports after all those failures', async () => {
    const model = await importKerasModel(lenetH5, 'keras-h5');
    expect(model.countParams()).toBe(61_706);
    model.dispose();
  });
});
