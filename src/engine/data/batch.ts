import * as tf from '@tensorflow/tfjs';
import { pixelsPerImage } from '../../core/datasets/catalog';
import type { DecodedSplit } from '../../core/datasets/decoded';
import { PIXEL_SCALE } from '../../core/datasets/preprocess';

/** One batch as tensors on the active backend. */
export interface BatchTensors {
  /** [batch, height, width, channels], float32 in [0, 1]. */
  readonly xs: tf.Tensor4D;
  /** [batch, classes], one-hot float32. */
  readonly ys: tf.Tensor2D;
}

/**
 * Cuts the examples at `indices` out of a compact uint8 split and builds them as
 * tensors on the active backend, scaled by the shared preprocessing (x / 255).
 * The dataset stays uint8 in memory (CIFAR-10 as float32 would be 737 MB and exceed
 * WebGL texture limits); only the batch becomes float32.
 */
export function batchTensors(split: DecodedSplit, indices: ArrayLike<number>, classTotal: number): BatchTensors {
  const size = pixelsPerImage(split.imageShape);
  const pixels = new Float32Array(indices.length * size);
  const labels = new Int32Array(indices.length);
  for (let row = 0; row < indices.length; row += 1) {
    const index = indices[row] ?? 0;
    const image = split.pixels.subarray(index * size, (index + 1) * size);
    const out = row * size;
    for (let p = 0; p < size; p += 1) pixels[out + p] = (image[p] ?? 0) * PIXEL_SCALE;
    labels[row] = split.labels[index] ?? 0;
  }
  const [height, width, channels] = split.imageShape;
  return tf.tidy(() => ({
    xs: tf.tensor4d(pixels, [indices.length, height, width, channels]),
    ys: tf.oneHot(tf.tensor1d(labels, 'int32'), classTotal).toFloat() as tf.Tensor2D,
  }));
}
