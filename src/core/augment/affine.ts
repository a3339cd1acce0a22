/**
 * The distortion of one image, in Keras's apply_affine_transform terms. Like Keras,
 * every value describes where an OUTPUT pixel samples the INPUT, so the visible
 * effect is the inverse: a positive shiftX moves the content left.
 */
export interface AffineParams {
  /** Degrees; positive turns the content clockwise as displayed (rows run downward). */
  readonly rotationDegrees: number;
  /** Degrees (Keras's shear): input y = y − sin(shear)·x, input x = cos(shear)·x. */
  readonly shearDegrees: number;
  /** Pixels along the width (Keras's ty). */
  readonly shiftX: number;
  /** Pixels along the height (Keras's tx). */
  readonly shiftY: number;
  /** Input pixels per output pixel along the width (Keras's zy); above 1 the content shrinks. */
  readonly zoomX: number;
  /** Input pixels per output pixel along the height (Keras's zx). */
  readonly zoomY: number;
  /** Mirror left–right after the affine part, as Keras flips after transforming. */
  readonly flip: boolean;
}

/** Parameters that change nothing. */
export const IDENTITY_PARAMS: AffineParams = { rotationDegrees: 0, shearDegrees: 0, shiftX: 0, shiftY: 0, zoomX: 1, zoomY: 1, flip: false };

/**
 * A 2-D affine map as the top two rows [a, b, c, d, e, f] of [[a, b, c], [d, e, f], [0, 0, 1]],
 * acting on column vectors (x, y, 1) in pixel-index coordinates (x = column, y = row).
 */
export type Affine = readonly [number, number, number, number, number, number];

/** The product left · right: apply `right` first, then `left`. */
export function compose(left: Affine, right: Affine): Affine {
  const [a, b, c, d, e, f] = left;
  const [p, q, r, s, t, u] = right;
  return [a * p + b * s, a * q + b * t, a * r + b * u + c, d * p + e * s, d * q + e * t, d * r + e * u + f];
}

const translation = (x: number, y: number): Affine => [1, 0, x, 0, 1, y];
const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Keras's matrices, rewritten from its (row, column) order into (x, y) order. */
function kerasFactors(params: AffineParams): Affine[] {
  const theta = radians(params.rotationDegrees);
  const shear = radians(params.shearDegrees);
  return [
    [Math.cos(theta), Math.sin(theta), 0, -Math.sin(theta), Math.cos(theta), 0],
    translation(params.shiftX, params.shiftY),
    [Math.cos(shear), 0, 0, -Math.sin(shear), 1, 0],
    [params.zoomX, 0, 0, 0, params.zoomY, 0],
    [params.flip ? -1 : 1, 0, 0, 0, 1, 0],
  ];
}

/**
 * The map from output pixel (x, y) to the input point it samples, for an image of
 * `height` × `width` pixels: rotation · shift · shear · zoom · flip, in Keras's order,
 * about the image centre ((width − 1) / 2, (height − 1) / 2). Keras centres on
 * (n / 2 + 0.5), one pixel off; the true centre makes a 90° turn an exact rot90.
 */
export function affineFor(params: AffineParams, height: number, width: number): Affine {
  const centreX = (width - 1) / 2;
  const centreY = (height - 1) / 2;
  const about = kerasFactors(params).reduce(compose, translation(centreX, centreY));
  return compose(about, translation(-centreX, -centreY));
}

/**
 * The 8 numbers tf.image.transform takes for one image: [a0, a1, a2, b0, b1, b2, c0, c1]
 * mapping output (x, y) to input (a0·x + a1·y + a2, b0·x + b1·y + b2) over k = c0·x + c1·y + 1
 * (here always 1: the map is affine).
 */
export function projectiveRow(affine: Affine): [number, number, number, number, number, number, number, number] {
  return [...affine, 0, 0];
}
