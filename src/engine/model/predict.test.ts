import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '../../core/datasets/catalog';
import { PIXEL_SCALE } from '../../core/datasets/preprocess';
import { cifarG3, lenet5 } from '../../core/model/presets';
import { createRandom } from '../../core/util/random';
import { batchTensors, imagesTensor } from '../data/batch';
import { buildModel } from './build-model';
import { predictImage } from './predict';

const { mnist, cifar10 } = DATASETS;
let lenet: tf.LayersModel;

/** `count` seeded uint8 images of `shape`, one after another. */
function randomImages(count: number, shape: readonly number[], seed: number): Uint8Array {
  const random = createRandom(seed);
  return Uint8Array.from({ length: count * shape.reduce((a, b) => a * b, 1) }, () => random.nextInt(256));
}

beforeAll(async () => {
  await tf.setBackend('wasm');
  lenet = buildModel(lenet5(), 4);
});

afterAll(() => lenet.dispose());

describe('one pixel scaling for training and prediction', () => {
  it('imagesTensor scales by PIXEL_SCALE, and batchTensors builds its images with it', () => {
    const pixels = randomImages(3, mnist.imageShape, 1);
    const split = { pixels, labels: Uint8Array.from([1, 2, 3]), count: 3, imageShape: mnist.imageShape };
    const batch = batchTensors(split, [2, 0], 10);
    const second = imagesTensor(pixels.subarray(2 * 784, 3 * 784), mnist.imageShape);
    expect(second.shape).toEqual([1, 28, 28, 1]);
    expect(second.dataSync()[100]).toBeCloseTo((pixels[2 * 784 + 100] ?? 0) * PIXEL_SCALE, 6);
    expect(Array.from(batch.xs.dataSync().subarray(0, 784))).toEqual(Array.from(second.dataSync()));
    tf.dispose([batch.xs, batch.ys, second]);
  });

  it('refuses pixels that are not whole images', () => {
    expect(() => imagesTensor(new Uint8Array(785), mnist.imageShape)).toThrow('785 pixel values are not a whole number of 28×28×1 images');
  });
});

describe('predictImage', () => {
  it('gives what model.predict gives on the same scaled image, as probabilities', async () => {
    const pixels = randomImages(1, mnist.imageShape, 2);
    const probabilities = await predictImage(lenet, pixels, mnist.imageShape);
    const expected = tf.tidy(() => Array.from((lenet.predict(tf.tensor4d(Float32Array.from(pixels, (v) => v / 255), [1, 28, 28, 1])) as tf.Tensor).dataSync()));
    expect(probabilities).toHaveLength(10);
    probabilities.forEach((p, i) => expect(p).toBeCloseTo(expected[i] ?? NaN, 6));
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('works for colour images and leaves no tensors behind', async () => {
    const model = buildModel(cifarG3(), 1);
    const before = tf.memory().numTensors;
    const probabilities = await predictImage(model, randomImages(1, cifar10.imageShape, 3), cifar10.imageShape);
    await predictImage(lenet, randomImages(1, mnist.imageShape, 4), mnist.imageShape);
    expect(tf.memory().numTensors).toBe(before);
    expect(probabilities).toHaveLength(10);
    model.dispose();
  });

  it('refuses an image of the wrong size', async () => {
    await expect(predictImage(lenet, new Uint8Array(3072), mnist.imageShape)).rejects.toThrow('The image has 3072 values, but one 28×28×1 image has 784');
  });
});
