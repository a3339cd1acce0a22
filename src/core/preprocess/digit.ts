/**
 * Freehand digits prepared the way MNIST's were made, so a drawing looks to the network
 * like its training data: crop to the ink's bounding box, scale the box into 20×20
 * keeping its aspect ratio (area-averaged, which anti-aliases as MNIST's scaling did),
 * then place it in a 28×28 field with its centre of mass where MNIST's digits have theirs.
 * Intensities stay uint8 with 0 = background, 255 = ink, as in the MNIST files.
 */

/** A single-channel image: row-major uint8 intensities. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

/** MNIST's field and the box its digits were scaled into, in pixels. */
export const MNIST_SIDE = 28;
export const MNIST_BOX = 20;
/**
 * Where MNIST's digits have their centre of mass, in 0-based pixel indices: at (14, 14),
 * measured over the test set (see the test), not at the field's geometric middle 13.5.
 */
export const MNIST_MASS_CENTRE = 14;

interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The smallest box holding every pixel brighter than 0, or undefined for a blank image. */
export function inkBox(image: GrayImage): Box | undefined {
  let [left, top, right, bottom] = [image.width, image.height, -1, -1];
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      if ((image.pixels[y * image.width + x] ?? 0) === 0) continue;
      [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
    }
  }
  return right < 0 ? undefined : { left, top, width: right - left + 1, height: bottom - top + 1 };
}

/** Overlap of [a0, a1) and [b0, b1). */
const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/**
 * Resamples the box of `image` to width × height by area averaging: each output pixel
 * is the mean of the source area it covers, fractional pixels weighted by coverage.
 */
export function resampleBox(image: GrayImage, box: Box, width: number, height: number): Float64Array {
  const out = new Float64Array(width * height);
  const [scaleX, scaleY] = [box.width / width, box.height / height];
  for (let y = 0; y < height; y += 1) {
    const [y0, y1] = [box.top + y * scaleY, box.top + (y + 1) * scaleY];
    for (let x = 0; x < width; x += 1) {
      const [x0, x1] = [box.left + x * scaleX, box.left + (x + 1) * scaleX];
      let sum = 0;
      for (let sy = Math.floor(y0); sy < Math.ceil(y1); sy += 1) {
        const wy = overlap(y0, y1, sy, sy + 1);
        for (let sx = Math.floor(x0); sx < Math.ceil(x1); sx += 1) {
          sum += wy * overlap(x0, x1, sx, sx + 1) * (image.pixels[sy * image.width + sx] ?? 0);
        }
      }
      out[y * width + x] = sum / (scaleX * scaleY);
    }
  }
  return out;
}

/** Centre of mass (x, y) of intensities laid out width × height; the middle for an all-zero image. */
export function centreOfMass(values: ArrayLike<number>, width: number, height: number): { x: number; y: number } {
  let [mass, sumX, sumY] = [0, 0, 0];
  for (let i = 0; i < width * height; i += 1) {
    const value = values[i] ?? 0;
    mass += value;
    sumX += value * (i % width);
    sumY += value * Math.floor(i / width);
  }
  return mass === 0 ? { x: (width - 1) / 2, y: (height - 1) / 2 } : { x: sumX / mass, y: sumY / mass };
}

/** A drawing (any size) as a 28×28 MNIST-style image, 784 uint8 values; all zero when blank. */
export function mnistFromDrawing(image: GrayImage): Uint8Array {
  const field = new Uint8Array(MNIST_SIDE * MNIST_SIDE);
  const box = inkBox(image);
  if (!box) return field;
  const scale = MNIST_BOX / Math.max(box.width, box.height);
  const width = Math.max(1, Math.round(box.width * scale));
  const height = Math.max(1, Math.round(box.height * scale));
  const digit = resampleBox(image, box, width, height);
  const mass = centreOfMass(digit, width, height);
  const shiftX = Math.round(MNIST_MASS_CENTRE - mass.x);
  const shiftY = Math.round(MNIST_MASS_CENTRE - mass.y);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const [fx, fy] = [x + shiftX, y + shiftY];
      if (fx < 0 || fy < 0 || fx >= MNIST_SIDE || fy >= MNIST_SIDE) continue;
      field[fy * MNIST_SIDE + fx] = Math.min(255, Math.round(digit[y * width + x] ?? 0));
    }
  }
  return field;
}
