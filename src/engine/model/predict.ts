import * as tf from '@tensorflow/tfjs';
import { pixelsPerImage, type ImageShape } from '../../core/datasets/catalog';
import { imagesTensor } from '../data/batch';

/** Throws unless `pixels` holds exactly one image of `imageShape`. */
export function requireOneImage(pixels: Uint8Array, imageShape: ImageShape): void {
  const expected = pixelsPerImage(imageShape);
  if (pixels.length !== expected) {
    throw new Error(`The image has ${pixels.length} values, but one ${imageShape.join('×')} image has ${expected}`);
  }
}

/**
 * The model's class probabilities for one uint8 image (HWC, the dataset's shape),
 * scaled exactly as training scales it (imagesTensor). Inference mode: dropout off,
 * batch norm on its moving statistics, no weight or optimizer state touched, so it
 * may run between the steps of a run that is training this model. Leaves no tensors.
 */
export async function predictImage(model: tf.LayersModel, pixels: Uint8Array, imageShape: ImageShape): Promise<number[]> {
  requireOneImage(pixels, imageShape);
  const probabilities = tf.tidy(() => (model.predict(imagesTensor(pixels, imageShape)) as tf.Tensor).reshape([-1]));
  try {
    return Array.from(await probabilities.data());
  } finally {
    probabilities.dispose();
  }
}
