import * as tf from '@tensorflow/tfjs';
import type { AffineParams } from '../../core/augment/affine';
import { sampleBatchParams, transformRows, TRANSFORM_WIDTH } from '../../core/augment/sample';
import { DEFAULT_FILL_MODE, isNoAugmentation, type AugmentationSettings, type FillMode } from '../../core/augment/settings';
import type { TrainingSettings } from '../../core/training/settings';
import type { BatchTensors } from '../data/batch';

/**
 * tf.image.transform over a batch with one transform row per image, resampling
 * bilinearly, 'constant' filling with 0. The cpu backend of TF.js 4.22 returns from its
 * Transform kernel after the FIRST image (the rest come back as fill), so there each
 * image goes through on its own; every other backend gets the whole batch in one call.
 */
function transformEach(xs: tf.Tensor4D, rows: Float32Array, fillMode: FillMode, outputShape: [number, number]): tf.Tensor4D {
  const count = xs.shape[0];
  const transforms = tf.tensor2d(rows, [count, TRANSFORM_WIDTH]);
  if (tf.getBackend() !== 'cpu' || count <= 1) return tf.image.transform(xs, transforms, 'bilinear', fillMode, 0, outputShape);
  const images = tf.split<tf.Tensor4D>(xs, count);
  const perImage = tf.split<tf.Tensor2D>(transforms, count);
  return tf.concat(images.map((image, i) => tf.image.transform(image, perImage[i] ?? transforms, 'bilinear', fillMode, 0, outputShape)));
}

/**
 * 'reflect' fill done by hand: the wasm Transform kernel of TF.js 4.22 reads points
 * left of or above the image from the last pixel instead of the mirror image. The batch
 * is padded with mirrored copies one image size wide on every side ('symmetric' is
 * TF's reflect, d c b a | a b c d) and sampled there, exact on every backend up to one
 * image size beyond the edges; only extreme settings reach further.
 */
function transformReflected(xs: tf.Tensor4D, rows: Float32Array): tf.Tensor4D {
  const [, height, width] = xs.shape;
  const padded = tf.mirrorPad(xs, [[0, 0], [height, height], [width, width], [0, 0]], 'symmetric');
  const moved = rows.map((value, i) => value + (i % TRANSFORM_WIDTH === 2 ? width : i % TRANSFORM_WIDTH === 5 ? height : 0));
  return transformEach(padded, moved, 'reflect', [height, width]);
}

/**
 * The images of a [batch, height, width, channels] float batch, each resampled
 * (bilinear) through its own affine map `params[i]` (see core/augment/affine) in a
 * single transform; 'constant' fill is 0. The caller owns both tensors.
 */
export function applyAffine(xs: tf.Tensor4D, params: readonly AffineParams[], fillMode: FillMode = DEFAULT_FILL_MODE): tf.Tensor4D {
  const [count, height, width] = xs.shape;
  if (params.length !== count) throw new Error(`applyAffine needs one transform per image: ${params.length} for ${count} images`);
  const rows = transformRows(params, height, width);
  return tf.tidy(() => (fillMode === 'reflect' ? transformReflected(xs, rows) : transformEach(xs, rows, fillMode, [height, width])));
}

/**
 * A randomly distorted copy of a [batch, height, width, channels] float batch, on the
 * active backend: per-image parameters drawn from `settings` with a seed mixed from
 * (seed, step), so the same pair gives the same pixels. The caller owns both tensors.
 */
export function augmentBatch(xs: tf.Tensor4D, settings: AugmentationSettings, seed: number, step: number): tf.Tensor4D {
  const [count, height, width] = xs.shape;
  return applyAffine(xs, sampleBatchParams(settings, count, height, width, seed, step), settings.fillMode ?? DEFAULT_FILL_MODE);
}

/**
 * A training batch as the step should see it: distorted with `settings.augmentation`
 * under a seed from `settings.seed` and the global `step`, or returned unchanged when
 * there is nothing to do. Takes ownership of `batch`: its undistorted images are
 * disposed here, so the caller disposes only what comes back.
 */
export function augmentTrainingBatch(batch: BatchTensors, settings: TrainingSettings, step: number): BatchTensors {
  const augmentation = settings.augmentation;
  if (!augmentation || isNoAugmentation(augmentation)) return batch;
  const xs = augmentBatch(batch.xs, augmentation, settings.seed, step);
  batch.xs.dispose();
  return { xs, ys: batch.ys };
}
