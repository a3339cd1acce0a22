import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '../../core/datasets/catalog';
import type { FileBytes } from '../../core/model-protocol';
import { ivannet } from '../../core/model/presets';
import { layersModelJson, weightBytes } from './artifacts';
import { buildModel } from './build-model';
import { exportArtifacts } from './export';
import { layersArtifactsFromFiles } from './layers-files';
import { loadModelFiles } from './load-files';
import { ModelLoadError } from './load';
import { predictImage } from './predict';

const encode = (value: unknown): Uint8Array => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
let json: tf.io.ModelJSON;
let weights: Uint8Array;
let expected: number[];
const digit = Uint8Array.from({ length: 784 }, (_, i) => (i * 13) % 256);

beforeAll(async () => {
  await tf.setBackend('wasm');
  const model = buildModel(ivannet(), 3);
  const artifacts = await exportArtifacts(model, ivannet());
  [json, weights] = [layersModelJson(artifacts), weightBytes(artifacts)];
  expected = await predictImage(model, digit, DATASETS.mnist.imageShape);
  model.dispose();
});

/** The error reading model.json (changed by `change`) with `files` beside it gives. */
function refusal(change: (json: tf.io.ModelJSON) => unknown, files: FileBytes[] = [{ name: 'weights.bin', bytes: weights }]): Promise<unknown> {
  const modelJson = { name: 'model.json', bytes: encode(change(structuredClone(json))) };
  return layersArtifactsFromFiles(modelJson, [modelJson, ...files]).then(() => undefined, (error: unknown) => error);
}

describe('TF.js Layers files from memory', () => {
  it('round-trip: exported files load back into a model that predicts the same', async () => {
    const { model, origin } = await loadModelFiles([{ name: 'model.json', bytes: encode(json) }, { name: 'weights.bin', bytes: weights }]);
    expect(origin).toBe('tfjs-layers');
    const probabilities = await predictImage(model, digit, DATASETS.mnist.imageShape);
    probabilities.forEach((p, i) => expect(p).toBeCloseTo(expected[i] ?? NaN, 6));
    model.dispose();
  });

  it('finds weight files by base name, and across several files of a group', async () => {
    const [group] = json.weightsManifest;
    const half = Math.floor(weights.length / 2);
    const split = { ...json, weightsManifest: [{ ...group, paths: ['./shard1.bin', 'sub/shard2.bin'] }] };
    const artifacts = await layersArtifactsFromFiles({ name: 'model.json', bytes: encode(split) }, [
      { name: 'shard2.bin', bytes: weights.subarray(half) }, { name: 'shard1.bin', bytes: weights.subarray(0, half) },
    ]);
    expect(weightBytes(artifacts)).toEqual(weights);
  });

  it.each([
    ['text that is not JSON', () => '{ "modelTopology": ', /^model\.json: is not valid JSON \(.+\)\.$/],
    ['a JSON array', () => [1, 2], 'model.json: is not a JSON object.'],
    ['no modelTopology', (j: tf.io.ModelJSON) => ({ ...j, modelTopology: undefined }), 'model.json: has no modelTopology: it is not a TF.js Layers model.json.'],
    ['a malformed manifest', (j: tf.io.ModelJSON) => ({ ...j, weightsManifest: { paths: 'weights.bin' } }), 'model.json: has no valid weightsManifest (a list of { paths, weights } groups).'],
    ['a weights file that was not given', (j: tf.io.ModelJSON) => ({ ...j, weightsManifest: [{ paths: ['group1-shard1of1.bin'], weights: [] }] }),
      'model.json: lists the weights file group1-shard1of1.bin, which is not among the files given (model.json, weights.bin); pick model.json together with its weight files.'],
    ['weights of the wrong size', (j: tf.io.ModelJSON) => ({ ...j, weightsManifest: [{ paths: ['weights.bin'], weights: j.weightsManifest[0]?.weights.slice(1) }] }),
      /^model\.json: its weights file weights\.bin holds 247176 bytes, but the weights it lists need \d+\.$/],
    ['an unknown dtype', (j: tf.io.ModelJSON) => ({ ...j, weightsManifest: [{ paths: ['weights.bin'], weights: [{ name: 'w', shape: [2], dtype: 'string' }] }] }),
      'model.json: weight w has dtype string, which a Layers model cannot hold.'],
  ] as [string, (j: tf.io.ModelJSON) => unknown, string | RegExp][])('refuses %s in one line', async (_, change, message) => {
    const error = await refusal(change);
    expect(error).toBeInstanceOf(ModelLoadError);
    expect((error as Error).message).toMatch(message);
  });

  it('refuses a truncated weights file and a model.json that is not text', async () => {
    expect(((await refusal((j) => j, [{ name: 'weights.bin', bytes: weights.subarray(0, 1000) }])) as Error).message).toBe(
      `model.json: its weights file weights.bin holds 1000 bytes, but the weights it lists need ${weights.length}.`,
    );
    const binary = { name: 'model.json', bytes: Uint8Array.from([0xff, 0xfe, 0x00, 0x80]) };
    await expect(layersArtifactsFromFiles(binary, [binary])).rejects.toThrow('model.json: is not UTF-8 text: it is not a TF.js Layers model.json.');
  });
});
