/**
 * The one pixel preprocessing the project uses, for training, evaluation and
 * prediction alike: uint8 intensity / 255 → float in [0, 1] (the coursework's
 * `x / 255`). Sharing it makes the deployed-client bug (unscaled pixels) impossible.
 */
export const PIXEL_SCALE = 1 / 255;

/** Scales uint8 pixels into a new Float32Array in [0, 1]. */
export function scalePixels(pixels: Uint8Array, into?: Float32Array): Float32Array {
  const out = into ?? new Float32Array(pixels.length);
  for (let i = 0; i < pixels.length; i += 1) out[i] = (pixels[i] ?? 0) * PIXEL_SCALE;
  return out;
}
