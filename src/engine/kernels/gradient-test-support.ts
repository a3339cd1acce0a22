/**
 * What the wasm gradient-kernel tests share: the shape of a test case, seeded
 * inputs, the gradient of a conv2d with respect to its filter or input on a backend,
 * and the error measure the tests compare backends with. Test code only.
 */
import * as tf from '@tensorflow/tfjs';

/** conv2d padding as tf.conv2d takes it. */
export type Pad = 'same' | 'valid' | [[0, 0], [number, number], [number, number], [0, 0]];

/** One conv2d configuration whose gradients are compared across backends. */
export interface GradCase {
  readonly name: string;
  readonly xShape: [number, number, number, number];
  readonly filterShape: [number, number, number, number];
  readonly strides: number | [number, number];
  readonly pad: Pad;
}

/** Standard-normal values drawn with a fixed seed. */
export function seeded(shape: number[], seed: number): Float32Array {
  return tf.tidy(() => tf.randomNormal(shape, 0, 1, 'float32', seed).dataSync() as Float32Array);
}

/** d/d(filter or input) of Σ conv2d(x, W) · r, with x, W and r seeded, on `backend`. */
export async function convGradient(backend: string, c: GradCase, withRespectTo: 'filter' | 'input'): Promise<Float32Array> {
  await tf.setBackend(backend);
  const x = tf.tensor4d(seeded(c.xShape, 1), c.xShape);
  const w = tf.tensor4d(seeded(c.filterShape, 2), c.filterShape);
  const outShape = tf.tidy(() => tf.conv2d(x, w, c.strides, c.pad).shape);
  const r = tf.tensor(seeded(outShape, 3), outShape);
  const gradient = withRespectTo === 'filter'
    ? tf.grad((filter: tf.Tensor) => tf.conv2d(x, filter as tf.Tensor4D, c.strides, c.pad).mul(r).sum())(w)
    : tf.grad((input: tf.Tensor) => tf.conv2d(input as tf.Tensor4D, w, c.strides, c.pad).mul(r).sum())(x);
  const values = (await gradient.data()) as Float32Array;
  tf.dispose([x, w, r, gradient]);
  return values;
}

/** Largest absolute difference, relative to the largest reference entry. */
export function relativeError(actual: Float32Array, expected: Float32Array): number {
  let diff = 0;
  let scale = 0;
  expected.forEach((e, i) => {
    diff = Math.max(diff, Math.abs((actual[i] ?? Number.NaN) - e));
    scale = Math.max(scale, Math.abs(e));
  });
  return diff / scale;
}

function wasmDataIds(): number {
  return tf.engine().findBackend('wasm').numDataIds();
}

/**
 * Runs `step` once to warm up, then 50 times, and returns the growth of the tensor
 * count and of the wasm backend's data count over those 50 runs (0 and 0 when nothing leaks).
 */
export function leakOverRepeats(step: () => void): { tensors: number; dataIds: number } {
  step();
  const [tensors, dataIds] = [tf.memory().numTensors, wasmDataIds()];
  for (let i = 0; i < 50; i += 1) step();
  return { tensors: tf.memory().numTensors - tensors, dataIds: wasmDataIds() - dataIds };
}
