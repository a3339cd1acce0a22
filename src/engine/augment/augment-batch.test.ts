import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_PARAMS, type AffineParams } from '../../core/augment/affine';
import { COURSEWORK_AUGMENTATION, NO_AUGMENTATION, type AugmentationSettings } from '../../core/augment/settings';
import type { DecodedSplit } from '../../core/datasets/decoded';
import { defaultOptimizer, type TrainingSettings } from '../../core/training/settings';
import { chooseInputFolder } from '../../../scripts/data/input-folder';
import { loadDataset } from '../../../scripts/data/load-dataset';
import { REPO_ROOT } from '../../../scripts/data/test-support';
import { batchTensors } from '../data/batch';
import { applyAffine, augmentBatch, augmentTrainingBatch } from './augment-batch';

const SIDE = 28;
const COUNT = 16;
let mnist: DecodedSplit;
let pixels: Float32Array;

/** The first COUNT training digits as [COUNT, 28, 28, 1] floats in [0, 1]. */
const digits = (): tf.Tensor4D => tf.tensor4d(pixels, [COUNT, SIDE, SIDE, 1]);

/** The images rebuilt pixel by pixel: out(y, x) = in(source(y, x)), 0 outside the image. */
function remap(source: (y: number, x: number) => [number, number]): Float32Array {
  const out = new Float32Array(pixels.length);
  for (let image = 0; image < COUNT; image += 1) {
    for (let y = 0; y < SIDE; y += 1) {
      for (let x = 0; x < SIDE; x += 1) {
        const [inY, inX] = source(y, x);
        const inside = inY >= 0 && inY < SIDE && inX >= 0 && inX < SIDE;
        out[(image * SIDE + y) * SIDE + x] = inside ? (pixels[(image * SIDE + inY) * SIDE + inX] ?? NaN) : 0;
      }
    }
  }
  return out;
}

function maxDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let max = 0;
  for (let i = 0; i < a.length; i += 1) max = Math.max(max, Math.abs((a[i] ?? NaN) - (b[i] ?? NaN)));
  return max;
}

/** Runs `make` on a fresh batch and returns its pixels, disposing everything. */
async function pixelsOf(make: (xs: tf.Tensor4D) => tf.Tensor4D): Promise<Float32Array> {
  const xs = digits();
  const out = make(xs);
  const values = (await out.data()) as Float32Array;
  tf.dispose([xs, out]);
  return values;
}

const every = (params: Partial<AffineParams>): AffineParams[] => Array.from({ length: COUNT }, () => ({ ...IDENTITY_PARAMS, ...params }));

beforeAll(async () => {
  await tf.setBackend('wasm');
  mnist = (await loadDataset(chooseInputFolder(REPO_ROOT, process.env), 'mnist')).splits.train;
  pixels = Float32Array.from(mnist.pixels.subarray(0, COUNT * SIDE * SIDE), (value) => value / 255);
});

afterEach(async () => {
  await tf.setBackend('wasm');
});

describe('applyAffine on real MNIST digits (wasm)', () => {
  it('returns the same pixels for no augmentation', async () => {
    expect(maxDifference(await pixelsOf((xs) => augmentBatch(xs, NO_AUGMENTATION, 5, 0)), pixels)).toBeLessThan(1e-6);
  });

  it('shifts by whole pixels: shiftX 3, shiftY −2 moves the digit 3 left and 2 down', async () => {
    const shifted = await pixelsOf((xs) => applyAffine(xs, every({ shiftX: 3, shiftY: -2 }), 'constant'));
    expect(maxDifference(shifted, remap((y, x) => [y - 2, x + 3]))).toBeLessThan(1e-6);
  });

  it('turns 90° clockwise exactly like a manual rot90', async () => {
    const turned = await pixelsOf((xs) => applyAffine(xs, every({ rotationDegrees: 90 })));
    expect(maxDifference(turned, remap((y, x) => [SIDE - 1 - x, y]))).toBeLessThan(1e-5);
  });

  it('flips left–right by reversing the columns', async () => {
    const flipped = await pixelsOf((xs) => applyAffine(xs, every({ flip: true })));
    expect(maxDifference(flipped, remap((y, x) => [y, SIDE - 1 - x]))).toBeLessThan(1e-6);
  });

  it('reflects as TF documents (d c b a | a b c d) when shifting by 3 pixels either way', async () => {
    const mirror = (i: number): number => (i < 0 ? -i - 1 : i >= SIDE ? 2 * SIDE - i - 1 : i);
    for (const shift of [-3, 3]) {
      const out = await pixelsOf((xs) => applyAffine(xs, every({ shiftX: shift, shiftY: shift }), 'reflect'));
      expect(maxDifference(out, remap((y, x) => [mirror(y + shift), mirror(x + shift)])), `shift ${shift}`).toBeLessThan(1e-6);
    }
  });

  it('gives each image its own transform', async () => {
    const params = every({});
    params[COUNT - 1] = { ...IDENTITY_PARAMS, flip: true };
    const out = await pixelsOf((xs) => applyAffine(xs, params));
    const last = (COUNT - 1) * SIDE * SIDE;
    expect(maxDifference(out.subarray(0, last), pixels.subarray(0, last))).toBeLessThan(1e-6);
    expect(maxDifference(out.subarray(last), remap((y, x) => [y, SIDE - 1 - x]).subarray(last))).toBeLessThan(1e-6);
  });
});

describe('augmentBatch', () => {
  it('repeats the pixels for the same seed and step, and changes them with the step', async () => {
    const a = await pixelsOf((xs) => augmentBatch(xs, COURSEWORK_AUGMENTATION, 11, 4));
    const b = await pixelsOf((xs) => augmentBatch(xs, COURSEWORK_AUGMENTATION, 11, 4));
    const c = await pixelsOf((xs) => augmentBatch(xs, COURSEWORK_AUGMENTATION, 11, 5));
    expect(b).toEqual(a);
    expect(maxDifference(a, c)).toBeGreaterThan(0.1);
    expect(maxDifference(a, pixels)).toBeGreaterThan(0.1);
  });

  it('gives the same pixels on wasm and cpu (within 1e-5), for every fill mode and with flips', async () => {
    for (const fillMode of ['nearest', 'constant', 'reflect', 'wrap'] as const) {
      const settings: AugmentationSettings = { ...COURSEWORK_AUGMENTATION, shearDegrees: 15, horizontalFlip: true, fillMode };
      await tf.setBackend('wasm');
      const onWasm = await pixelsOf((xs) => augmentBatch(xs, settings, 3, 9));
      await tf.setBackend('cpu');
      const onCpu = await pixelsOf((xs) => augmentBatch(xs, settings, 3, 9));
      expect(maxDifference(onWasm, onCpu), fillMode).toBeLessThan(1e-5);
    }
  });

  it('leaves no tensor behind', async () => {
    const before = tf.memory().numTensors;
    const reflect: AugmentationSettings = { ...COURSEWORK_AUGMENTATION, fillMode: 'reflect' };
    for (const backend of ['wasm', 'cpu']) {
      await tf.setBackend(backend);
      await pixelsOf((xs) => augmentBatch(xs, COURSEWORK_AUGMENTATION, 1, 2));
      await pixelsOf((xs) => augmentBatch(xs, reflect, 1, 2));
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('augmentTrainingBatch', () => {
  const settings = (augmentation?: AugmentationSettings): TrainingSettings => ({
    dataset: 'mnist', network: { name: 'unused', inputShape: [28, 28, 1], layers: [] }, optimizer: defaultOptimizer('adam'),
    learningRate: 0.001, batchSize: COUNT, epochs: 1, protocolId: 'lenet', seed: 3, ...(augmentation ? { augmentation } : {}),
  });
  const indices = Array.from({ length: COUNT }, (_, i) => i);

  it('passes the batch through untouched without augmentation', () => {
    for (const runSettings of [settings(), settings(NO_AUGMENTATION)]) {
      const batch = batchTensors(mnist, indices, 10);
      expect(augmentTrainingBatch(batch, runSettings, 0)).toBe(batch);
      tf.dispose([batch.xs, batch.ys]);
    }
  });

  it('distorts with the run seed and the step, and disposes the undistorted images', async () => {
    const before = tf.memory().numTensors;
    const batch = batchTensors(mnist, indices, 10);
    const out = augmentTrainingBatch(batch, settings(COURSEWORK_AUGMENTATION), 6);
    expect(batch.xs.isDisposed).toBe(true);
    expect(out.ys).toBe(batch.ys);
    const expected = await pixelsOf((xs) => augmentBatch(xs, COURSEWORK_AUGMENTATION, 3, 6));
    expect(maxDifference((await out.xs.data()) as Float32Array, expected)).toBe(0);
    tf.dispose([out.xs, out.ys]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
