import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importKerasModel } from '../../src/engine/import';
import { startNodeBackend } from '../cli/backend';
import { readRealSource } from '../data/test-support';
import { mnistTestImages, readFixture } from '../fixtures/fixture-files';

/** How many official MNIST test images the check reads (the first ones). */
const COUNT = 500;

let images: tf.Tensor4D;
let labels: Uint8Array;

beforeAll(async () => {
  await startNodeBackend('wasm');
  images = await mnistTestImages(COUNT);
  labels = (await readRealSource('mnist', 't10k-labels-idx1-ubyte')).subarray(8, 8 + COUNT);
});

afterAll(() => images.dispose());

describe('a LeNet-5 trained on MNIST, imported from a Keras 2 .h5 file', () => {
  // make_trained_fixture.py wrote the weights of a LeNet-5 that `npm run train` trained
  // (test accuracy 0.9840): only weights read in the right layouts keep it that good.
  it(`classifies at least 97 % of the first ${COUNT} MNIST test images right`, async () => {
    const model = await importKerasModel(await readFixture('lenet5-mnist-trained.h5'), 'keras-h5');
    try {
      const predicted = tf.tidy(() => (model.predict(images) as tf.Tensor).argMax(-1).dataSync());
      const right = labels.reduce((sum, label, index) => sum + (predicted[index] === label ? 1 : 0), 0);
      expect(right / COUNT).toBeGreaterThanOrEqual(0.97);
    } finally {
      model.dispose();
    }
  });
});
