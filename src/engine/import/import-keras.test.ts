import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmnet, lenet5 } from '../../core/model/presets';
import type { NetworkSpec } from '../../core/model/spec';
import { lcgImages, setFixtureWeights } from '../../../scripts/fixtures/fixture-weights';
import { mnistTestImages, readFixture } from '../../../scripts/fixtures/fixture-files';
import { buildModel } from '../model/build-model';
import { loadH5wasm, openImportFiles } from './h5';
import { importKerasModel, kerasFormatOf, type KerasFormat } from './import-keras';

/** The fixtures' architectures as playground specs, with make_keras_fixtures.py's seeds. */
const LENET5 = { spec: lenet5(), seed: 1 };
const GMNET = { spec: gmnet({ activation: 'relu', dropout: 0.2, units: 32 }), seed: 2 };
const TINY: NetworkSpec = {
  name: 'tiny',
  inputShape: [8, 8, 1],
  layers: [
    { kind: 'conv2d', filters: 2, kernelSize: 3, padding: 'valid', activation: 'relu' },
    { kind: 'maxPool2d', poolSize: 2 },
    { kind: 'flatten' },
    { kind: 'dense', units: 3, activation: 'softmax' },
  ],
};

let mnist: tf.Tensor4D;

beforeAll(async () => {
  await tf.setBackend('wasm');
  mnist = await mnistTestImages(1000);
});

afterAll(() => mnist.dispose());

async function importFixture(name: string): Promise<tf.LayersModel> {
  return importKerasModel(await readFixture(name), kerasFormatOf(name) as KerasFormat);
}

/** A TF.js model built by the playground from `spec`, holding the fixture's weights. */
function twin(spec: NetworkSpec, seed: number): tf.LayersModel {
  const model = buildModel(spec, 1);
  setFixtureWeights(model, seed);
  return model;
}

function maxAbsDifference(a: tf.LayersModel, b: tf.LayersModel, images: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a.predict(images) as tf.Tensor, b.predict(images) as tf.Tensor))).dataSync()[0] ?? NaN);
}

/** Every weight of the imported model equals the twin's, bit for bit, layer by layer. */
function expectSameWeights(imported: tf.LayersModel, reference: tf.LayersModel): void {
  const values = (model: tf.LayersModel) => model.layers.flatMap((layer) => layer.getWeights().map((weight) => weight.dataSync()));
  const [ours, theirs] = [values(imported), values(reference)];
  expect(ours.map((weight) => weight.length)).toEqual(theirs.map((weight) => weight.length));
  expect(ours.map((weight, i) => weight.every((value, j) => value === theirs[i]?.[j]))).toEqual(theirs.map(() => true));
}

describe.each(['lenet5.h5', 'lenet5.keras'])('LeNet-5 from %s', (name) => {
  it('has the architecture and the exact weights of the file', async () => {
    const imported = await importFixture(name);
    const reference = twin(LENET5.spec, LENET5.seed);
    expect(imported.countParams()).toBe(61_706);
    expect(imported.layers.map((layer) => layer.name)).toEqual(['conv2d', 'average_pooling2d', 'conv2d_1', 'average_pooling2d_1', 'flatten', 'dense', 'dense_1', 'dense_2']);
    expect(imported.inputs[0]?.shape).toEqual([null, 28, 28, 1]);
    expectSameWeights(imported, reference);
    imported.dispose();
    reference.dispose();
  });

  it('predicts as the playground\'s LeNet-5 with the same weights, on 1,000 real MNIST test images', async () => {
    const imported = await importFixture(name);
    const reference = twin(LENET5.spec, LENET5.seed);
    const predictions = tf.tidy(() => (imported.predict(mnist) as tf.Tensor).argMax(-1).dataSync());
    expect(new Set(predictions).size).toBeGreaterThan(1);
    expect(maxAbsDifference(imported, reference, mnist)).toBeLessThan(1e-5);
    imported.dispose();
    reference.dispose();
  });

  it('matches the numpy forward pass written beside the fixtures', async () => {
    const expected = JSON.parse(new TextDecoder().decode(await readFixture('lenet5.expected.json'))) as { imageSeed: number; imageCount: number; probabilities: number[][] };
    const imported = await importFixture(name);
    const images = lcgImages(expected.imageSeed, expected.imageCount);
    const probabilities = tf.tidy(() => (imported.predict(images) as tf.Tensor).arraySync() as number[][]);
    const difference = Math.max(...probabilities.flatMap((row, i) => row.map((p, j) => Math.abs(p - (expected.probabilities[i]?.[j] ?? NaN)))));
    expect(difference).toBeLessThan(1e-5);
    images.dispose();
    imported.dispose();
  });
});

describe.each(['gmnet-bn.h5', 'gmnet-bn.keras'])('GMNet-like model with batch normalization from %s', (name) => {
  it('holds gamma, beta and the moving statistics of the file, and predicts as the playground\'s GMNet', async () => {
    const imported = await importFixture(name);
    const reference = twin(GMNET.spec, GMNET.seed);
    expect(imported.countParams()).toBe(reference.countParams());
    const norm = imported.getLayer('batch_normalization_1');
    expect(norm.weights.map((weight) => weight.originalName.split('/').at(-1))).toEqual(['gamma', 'beta', 'moving_mean', 'moving_variance']);
    expect(norm.getConfig()).toMatchObject({ momentum: 0.99, epsilon: 0.001 });
    expectSameWeights(imported, reference);
    expect(maxAbsDifference(imported, reference, mnist)).toBeLessThan(1e-5);
    imported.dispose();
    reference.dispose();
  });
});

describe.each(['tiny-functional.h5', 'tiny-functional.keras'])('a Functional model that is a plain chain, from %s', (name) => {
  it('imports with its own layer names, and the weights found by the archive\'s class-based keys', async () => {
    const imported = await importFixture(name);
    const reference = twin(TINY, 3);
    expect(imported.layers.map((layer) => layer.name)).toEqual(['features', 'pool', 'flat', 'classifier']);
    expectSameWeights(imported, reference);
    const images = tf.randomUniform([4, 8, 8, 1], 0, 1, 'float32', 5);
    expect(maxAbsDifference(imported, reference, images)).toBeLessThan(1e-6);
    images.dispose();
    imported.dispose();
    reference.dispose();
  });
});

describe('resources', () => {
  it('leaves no open HDF5 file, no in-memory file and no tensor behind', async () => {
    const h5 = await loadH5wasm();
    const before = tf.memory().numTensors;
    for (const name of ['lenet5.h5', 'gmnet-bn.keras', 'tiny-functional.h5']) (await importFixture(name)).dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(openImportFiles(h5)).toEqual({ open: 0, stored: 0 });
  });

  it('names formats by extension', () => {
    expect(['m.h5', 'M.HDF5', 'a/b.keras', 'model.json', 'h5'].map(kerasFormatOf)).toEqual(['keras-h5', 'keras-h5', 'keras-v3', undefined, undefined]);
  });
});
