import * as tf from '@tensorflow/tfjs';
import { pixelsPerImage, type ImageShape } from '../../core/datasets/catalog';
import type { DecodedSplit } from '../../core/datasets/decoded';
import { scalePixels } from '../../core/datasets/preprocess';

/** One batch as tensors on the active backend. */
export interface BatchTensors {
  /** [batch, height, width, channels], float32 in [0, 1]. */
  readonly xs: tf.Tensor4D;
  /** [batch, classes], one-hot float32. */
  readonly ys: tf.Tensor2D;
}

/**
 * uint8 images (HWC, one after another) as the float32 tensor the network sees,
 * [count, height, width, channels], scaled by the shared preprocessing (x / 255).
 * Training, evaluation and prediction all build their inputs here, so they cannot
 * scale pixels differently.
 */
export function imagesTensor(pixels: Uint8Array, imageShape: ImageShape): tf.Tensor4D {
  const [height, width, channels] = imageShape;
  const count = pixels.length / pixelsPerImage(imageShape);
  if (!Number.isInteger(count)) throw new Error(`${pixels.length} pixel values are not a whole number of ${imageShape.join('×')} images`);
  return tf.tensor4d(scalePixels(pixels), [count, height, width, channels]);
}

/**
 * Cuts the examples at `indices` out of a compact uint8 split and builds them as
 * tensors on the active backend (imagesTensor). The dataset stays uint8 in memory
 * (CIFAR-10 as float32 would be 737 MB and exceed WebGL texture limits); only the
 * batch becomes float32.
 */
export function batchTensors(split: DecodedSplit, indices: ArrayLike<number>, classTotal: number): BatchTensors {
  const size = pixelsPerImage(split.imageShape);
  const pixels = new Uint8Array(indices.length * size);
  const labels = new Int32Array(indices.length);
  for (let row = 0; row < indices.length; row += 1) {
    const index = indices[row] ?? 0;
    pixels.set(split.pixels.subarray(index * size, (index + 1) * size), row * size);
    labels[row] = split.labels[index] ?? 0;
  }
  return tf.tidy(() => ({
    xs: imagesTensor(pixels, split.imageShape),
    ys: tf.oneHot(tf.tensor1d(labels, 'int32'), classTotal).toFloat() as tf.Tensor2D,
  }));
}
