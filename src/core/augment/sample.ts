import { createRandom, type Random } from '../util/random';
import { affineFor, projectiveRow, type AffineParams } from './affine';
import type { AugmentationSettings } from './settings';

/** Numbers of the tf.image.transform row per image. */
export const TRANSFORM_WIDTH = 8;

/** Final mix of MurmurHash3: a bijection on 32-bit integers that spreads every input bit. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The RNG seed for one training step's distortions: distinct steps of one run get
 * distinct seeds (the mix is a bijection in `step`), unrelated to the run's shuffle
 * and initialisation streams, which use the run seed more directly.
 */
export function augmentationSeed(seed: number, step: number): number {
  return mix32(mix32(seed ^ 0x41554721) ^ step);
}

const symmetric = (random: Random, range: number): number => (2 * random.next() - 1) * range;

/**
 * One image's parameters, drawn as Keras's get_random_transform draws them (uniform,
 * shifts scaled by the image size). Always seven draws per image, whatever is switched
 * off, so one setting never changes another's stream.
 */
export function sampleParams(settings: AugmentationSettings, random: Random, height: number, width: number): AffineParams {
  const rotationDegrees = symmetric(random, settings.rotationDegrees);
  const shiftY = symmetric(random, settings.heightShift) * height;
  const shiftX = symmetric(random, settings.widthShift) * width;
  const shearDegrees = symmetric(random, settings.shearDegrees);
  const zoomY = 1 + symmetric(random, settings.zoom);
  const zoomX = 1 + symmetric(random, settings.zoom);
  const flip = random.next() < 0.5 && settings.horizontalFlip;
  return { rotationDegrees, shearDegrees, shiftX, shiftY, zoomX, zoomY, flip };
}

/** The parameters of every image of one batch; same (seed, step), same list. */
export function sampleBatchParams(settings: AugmentationSettings, count: number, height: number, width: number, seed: number, step: number): AffineParams[] {
  const random = createRandom(augmentationSeed(seed, step));
  return Array.from({ length: count }, () => sampleParams(settings, random, height, width));
}

/**
 * The [count × 8] row-major transforms tf.image.transform takes for one batch of
 * `height` × `width` images, one per parameter set, each mapping output pixels to input points.
 */
export function transformRows(params: readonly AffineParams[], height: number, width: number): Float32Array {
  const rows = new Float32Array(params.length * TRANSFORM_WIDTH);
  params.forEach((one, image) => rows.set(projectiveRow(affineFor(one, height, width)), image * TRANSFORM_WIDTH));
  return rows;
}
