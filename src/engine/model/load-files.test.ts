import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileBytes } from '../../core/model-protocol';
import { readFixture } from '../../../scripts/fixtures/fixture-files';
import { KerasImportError } from '../import/index';
import { ACCEPTED_MODEL_FILES, loadModelFiles } from './load-files';
import { ModelLoadError } from './load';

const file = (name: string, bytes: Uint8Array | string = 'x'): FileBytes => ({ name, bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes });

beforeAll(async () => {
  await tf.setBackend('wasm');
});

describe('loadModelFiles chooses the format by the files given', () => {
  it.each([['lenet5.h5', 'keras-h5'], ['lenet5.keras', 'keras-v3']])('%s is imported as %s', async (name, origin) => {
    const before = tf.memory().numTensors;
    const loaded = await loadModelFiles([file(name, await readFixture(name))]);
    expect(loaded.origin).toBe(origin);
    expect(loaded.model.countParams()).toBe(61_706);
    loaded.model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reads a .hdf5 file as Keras 2', async () => {
    const loaded = await loadModelFiles([file('LeNet.HDF5', await readFixture('lenet5.h5'))]);
    expect(loaded.origin).toBe('keras-h5');
    loaded.model.dispose();
  });

  it.each([
    ['nothing', [], `No files were given; ${ACCEPTED_MODEL_FILES}.`],
    ['a file of another format', [file('model.pt', 'abcd')], `Given model.pt (4 bytes): ${ACCEPTED_MODEL_FILES}.`],
    ['two Keras files', [file('a.h5'), file('b.keras')], `Given a.h5 (1 bytes), b.keras (1 bytes): ${ACCEPTED_MODEL_FILES}.`],
    ['two model.json files', [file('model.json'), file('other.json'), file('weights.bin')], `Given model.json (1 bytes), other.json (1 bytes), weights.bin (1 bytes): ${ACCEPTED_MODEL_FILES}.`],
    ['weights without model.json', [file('weights.bin')], `Given weights.bin (1 bytes): ${ACCEPTED_MODEL_FILES}.`],
    ['an empty .h5', [file('x.h5', new Uint8Array(0))], 'x.h5 is empty (0 bytes); pick the model file again, or save or export the model again.'],
    ['an empty model.json', [file('model.json', ''), file('weights.bin')], 'model.json is empty (0 bytes); pick the model file again, or save or export the model again.'],
  ] as [string, FileBytes[], string][])('refuses %s, saying what is accepted', async (_, files, message) => {
    const error = await loadModelFiles(files).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ModelLoadError);
    expect((error as Error).message).toBe(message);
  });

  it('keeps the importer’s message, naming the file', async () => {
    const error = await loadModelFiles([file('lstm.h5', await readFixture('lstm.h5'))]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KerasImportError);
    expect((error as KerasImportError).problem).toBe('unsupported');
    expect((error as Error).message).toMatch(/^lstm\.h5: Layer "lstm_1" \(LSTM\) is not supported: the playground imports Conv2D, .*Reshape\.$/);
    await expect(loadModelFiles([file('notes.h5', 'not a model')])).rejects.toThrow('notes.h5: The file is not an HDF5 file (it has no HDF5 signature).');
  });

  it('names model.json when its topology cannot be built', async () => {
    const json = { modelTopology: { class_name: 'Sequential', config: { layers: [{ class_name: 'Warp', config: {} }] } }, weightsManifest: [] };
    await expect(loadModelFiles([file('model.json', JSON.stringify(json))])).rejects.toThrow(/^model\.json: cannot build the model: .*Warp.*\.$/);
  });
});
