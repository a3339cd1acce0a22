import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { lenet5 } from '../../src/core/model/presets';
import { buildModel } from '../../src/engine/model/build-model';
import { exportArtifacts } from '../../src/engine/model/export';
import { InputError } from '../data/errors';
import { makeTempDir } from '../data/test-support';
import { readFixture, FIXTURE_DIR } from '../fixtures/fixture-files';
import { loadModelFile, readModelSource, saveModelFiles } from './model-files';

let dir: string;
let modelPath: string;
let artifacts: tf.io.ModelArtifacts;

beforeAll(async () => {
  await tf.setBackend('wasm');
  const model = buildModel(lenet5(), 2);
  artifacts = await exportArtifacts(model, lenet5());
  model.dispose();
  dir = await makeTempDir('model-files');
  modelPath = await saveModelFiles(join(dir, 'saved'), artifacts);
});

type Change = (json: Record<string, unknown>) => unknown;

/** Writes a changed copy of the saved model.json into its folder and reads it back; returns the error. */
async function readVariant(change: Change): Promise<unknown> {
  const changed = change(JSON.parse(await readFile(modelPath, 'utf8')) as Record<string, unknown>);
  const path = join(dir, 'saved', 'variant.json');
  await writeFile(path, typeof changed === 'string' ? changed : JSON.stringify(changed));
  return readModelSource(path).then(() => undefined, (error: unknown) => error);
}

describe('saveModelFiles', () => {
  it('writes model.json and weights.bin in the standard TF.js Layers layout', async () => {
    const json = JSON.parse(await readFile(modelPath, 'utf8')) as tf.io.ModelJSON;
    expect(modelPath).toBe(join(dir, 'saved', 'model.json'));
    expect(json.format).toBe('layers-model');
    expect(json.weightsManifest).toEqual([{ paths: ['weights.bin'], weights: artifacts.weightSpecs }]);
    expect((await readFile(join(dir, 'saved', 'weights.bin'))).byteLength).toBe(4 * 61_706);
  });

  it('reads back what it wrote, given model.json or its folder', async () => {
    const source = await readModelSource(modelPath);
    if (source.format !== 'tfjs-layers') throw new Error(`read as ${source.format}`);
    expect(await readModelSource(join(dir, 'saved'))).toEqual(source);
    expect(source.artifacts.modelTopology).toEqual(artifacts.modelTopology);
    expect(new Uint8Array(tf.io.CompositeArrayBuffer.join(source.artifacts.weightData!))).toEqual(new Uint8Array(tf.io.CompositeArrayBuffer.join(artifacts.weightData!)));
    expect(source.artifacts.userDefinedMetadata).toEqual(artifacts.userDefinedMetadata);
  });
});

describe('readModelSource refuses, in one line naming the file', () => {
  it.each([
    ['text that is not JSON', () => '{ "modelTopology": ', /variant\.json: is not valid JSON \(/],
    ['a JSON array', () => [1, 2], /variant\.json: is not a JSON object\.$/],
    ['a missing topology', (json) => ({ ...json, modelTopology: undefined }), /has no modelTopology: it is not a TF\.js Layers model\.json\.$/],
    ['a malformed manifest', (json) => ({ ...json, weightsManifest: { paths: 'weights.bin' } }), /has no valid weightsManifest/],
    ['a missing weights file', (json) => ({ ...json, weightsManifest: [{ paths: ['gone.bin'], weights: [] }] }), /lists the weights file gone\.bin, which is missing \(looked for .*gone\.bin\)\.$/],
    ['weights of the wrong size', (json) => {
      const [group] = json['weightsManifest'] as tf.io.WeightsManifestConfig;
      return { ...json, weightsManifest: [{ ...group, weights: group?.weights.slice(1) }] };
    }, /its weights file weights\.bin holds 246824 bytes, but the weights it lists need 246224\.$/],
  ] as [string, Change, RegExp][])('%s', async (_, change, message) => {
    const error = await readVariant(change);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
  });

  it('missing files, and unknown formats', async () => {
    await expect(readModelSource(join(dir, 'nowhere', 'model.json'))).rejects.toThrow(/nowhere\/model\.json: not found\.$/);
    await expect(readModelSource(join(dir, 'model.h5'))).rejects.toThrow(`${join(dir, 'model.h5')}: not found.`);
    await expect(readModelSource(join(dir, 'model.keras'))).rejects.toThrow(/model\.keras: not found\.$/);
    await expect(readModelSource(join(dir, 'model.pt'))).rejects.toThrow('model.pt: unknown model format ".pt"; give a TF.js Layers model.json (as --save writes), a Keras .h5 file or a Keras .keras file.');
  });

  it('a truncated weights file', async () => {
    const copy = join(dir, 'truncated');
    const path = await saveModelFiles(copy, artifacts);
    const weights = await readFile(join(copy, 'weights.bin'));
    await writeFile(join(copy, 'weights.bin'), weights.subarray(0, 1000));
    await expect(readModelSource(path)).rejects.toThrow(/holds 1000 bytes, but the weights it lists need 246824\.$/);
    await rm(copy, { recursive: true });
  });
});

describe('Keras files', () => {
  it.each([['lenet5.h5', 'keras-h5'], ['lenet5.keras', 'keras-v3']])('%s is read as %s bytes and builds into LeNet-5', async (name, format) => {
    const file = await readModelSource(join(FIXTURE_DIR, name));
    expect(file).toEqual({ format, bytes: await readFixture(name) });
    const model = await loadModelFile(file);
    expect(model.countParams()).toBe(61_706);
    model.dispose();
  });
});
