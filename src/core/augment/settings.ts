/** How pixels sampled from outside the image are filled (the modes tf.image.transform supports). */
export type FillMode = 'nearest' | 'constant' | 'reflect' | 'wrap';

/** Fill modes, for menus and validation; 'constant' fills with 0 (black), as Keras's cval = 0. */
export const FILL_MODES: readonly FillMode[] = ['nearest', 'constant', 'reflect', 'wrap'];

/** Keras ImageDataGenerator's default fill mode, used when a setting leaves it out. */
export const DEFAULT_FILL_MODE: FillMode = 'nearest';

/**
 * Random affine distortions applied to each training image, with Keras
 * ImageDataGenerator semantics; every range is symmetric and sampled uniformly per
 * image, and resampling is bilinear. 0 (or false) switches a distortion off.
 */
export interface AugmentationSettings {
  /** Rotation angle drawn from [−r, r] degrees. */
  readonly rotationDegrees: number;
  /** Horizontal shift drawn from [−s, s] as a fraction of the width (continuous, not whole pixels). */
  readonly widthShift: number;
  /** Vertical shift drawn from [−s, s] as a fraction of the height. */
  readonly heightShift: number;
  /** Zoom factors drawn independently for x and y from [1 − z, 1 + z]; above 1 the content shrinks, as in Keras. */
  readonly zoom: number;
  /**
   * Shear angle drawn from [−s, s] in DEGREES, as Keras reads shear_range. Small
   * values therefore barely move a pixel: the coursework's 0.2 shears a 28-pixel
   * image by under 0.05 px, i.e. it does nothing visible. Kept that way on purpose.
   */
  readonly shearDegrees: number;
  /** Mirror left–right with probability 0.5. */
  readonly horizontalFlip: boolean;
  /** Fill for pixels that come from outside the image; DEFAULT_FILL_MODE when left out. */
  readonly fillMode?: FillMode | undefined;
}

/** No distortion at all: training sees the images as they are. */
export const NO_AUGMENTATION: AugmentationSettings = {
  rotationDegrees: 0, widthShift: 0, heightShift: 0, zoom: 0, shearDegrees: 0, horizontalFlip: false, fillMode: 'nearest',
};

/**
 * The LeNet_D_A / GMNet_D_A coursework generator: rotation ±30°, shifts ±10 %, zoom
 * [0.8, 1.2] per axis, shear_range 0.2 (degrees: invisible), no flips, nearest fill.
 */
export const COURSEWORK_AUGMENTATION: AugmentationSettings = {
  rotationDegrees: 30, widthShift: 0.1, heightShift: 0.1, zoom: 0.2, shearDegrees: 0.2, horizontalFlip: false, fillMode: 'nearest',
};

/** Largest zoom range: 1 − zoom must stay well above 0. */
export const MAX_ZOOM = 0.9;

/** Largest shear angle in degrees: at 90° the shear matrix is singular. */
export const MAX_SHEAR_DEGREES = 80;

const within = (value: number, low: number, high: number): boolean => Number.isFinite(value) && value >= low && value <= high;

/**
 * Every reason the augmentation settings are unusable, each saying what is allowed;
 * empty when they are fine. Checks values too, since settings also arrive as JSON.
 */
export function augmentationProblems(settings: AugmentationSettings): string[] {
  const problems: string[] = [];
  const { rotationDegrees, widthShift, heightShift, zoom, shearDegrees, horizontalFlip, fillMode } = settings;
  if (!within(rotationDegrees, 0, 180)) problems.push(`Rotation must be from 0 to 180 degrees; got ${rotationDegrees}.`);
  if (!within(widthShift, 0, 1)) problems.push(`Width shift must be from 0 to 1 (a fraction of the width); got ${widthShift}.`);
  if (!within(heightShift, 0, 1)) problems.push(`Height shift must be from 0 to 1 (a fraction of the height); got ${heightShift}.`);
  if (!within(zoom, 0, MAX_ZOOM)) problems.push(`Zoom must be from 0 to ${MAX_ZOOM} (factors from 1 − zoom to 1 + zoom); got ${zoom}.`);
  if (!within(shearDegrees, 0, MAX_SHEAR_DEGREES)) problems.push(`Shear must be from 0 to ${MAX_SHEAR_DEGREES} degrees; got ${shearDegrees}.`);
  if (typeof horizontalFlip !== 'boolean') problems.push(`Horizontal flip must be true or false; got ${String(horizontalFlip)}.`);
  if (fillMode !== undefined && !FILL_MODES.includes(fillMode)) problems.push(`Fill mode must be one of ${FILL_MODES.join(', ')}; got "${String(fillMode)}".`);
  return problems;
}

/** True when the settings leave every image untouched, so the work can be skipped. */
export function isNoAugmentation(settings: AugmentationSettings): boolean {
  const { rotationDegrees, widthShift, heightShift, zoom, shearDegrees, horizontalFlip } = settings;
  return rotationDegrees === 0 && widthShift === 0 && heightShift === 0 && zoom === 0 && shearDegrees === 0 && !horizontalFlip;
}
