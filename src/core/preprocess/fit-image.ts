/**
 * An uploaded picture (decoded RGBA of any size) made into one dataset image, HWC
 * uint8, the way the dataset's own images look: CIFAR-10 gets the centre square
 * area-averaged down to 32×32 colour; MNIST gets a grey digit, light on dark, cropped
 * to its ink and centred as MNIST's digits are (see digit.ts).
 */
import type { ImageShape } from '../datasets/catalog';
import { mnistFromDrawing, MNIST_SIDE, resampleBox, type GrayImage } from './digit';

/** Decoded pixels, 4 bytes (R, G, B, A) per pixel, row-major, not premultiplied. */
export type RgbaPixels = Uint8ClampedArray | Uint8Array;

/** A dataset image and how the picture was made into it. */
export interface FittedImage {
  /** HWC uint8 in the dataset's image shape. */
  readonly pixels: Uint8Array;
  /** What was done, e.g. "centre-cropped and scaled to 32 × 32". */
  readonly description: string;
}

/** A rectangle of a picture, in pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Extra level above the border's, on a 0–255 scale, below which a pixel counts as background (photo noise). */
const MIN_INK_MARGIN = 24;
/** Border deviations above the border's level that still count as background. */
const NOISE_DEVIATIONS = 3;

/** Channel value composited over white by its alpha: transparent pixels show the page's white. */
const overWhite = (value: number, alpha: number): number => (value * alpha + 255 * (255 - alpha)) / 255;

/** One channel (0 = R, 1 = G, 2 = B) of a picture, composited over white. */
export function channelOf(rgba: RgbaPixels, width: number, height: number, channel: number): GrayImage {
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = Math.round(overWhite(rgba[4 * i + channel] ?? 0, rgba[4 * i + 3] ?? 255));
  return { width, height, pixels };
}

/** Luma (Rec. 601: 0.299 R + 0.587 G + 0.114 B) of a picture, composited over white. */
export function lumaOf(rgba: RgbaPixels, width: number, height: number): GrayImage {
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i += 1) {
    const alpha = rgba[4 * i + 3] ?? 255;
    const [r, g, b] = [0, 1, 2].map((c) => overWhite(rgba[4 * i + c] ?? 0, alpha)) as [number, number, number];
    pixels[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
  }
  return { width, height, pixels };
}

/** The largest centred box of a picture with the aspect ratio width : height of the target. */
export function centreBox(width: number, height: number, targetWidth: number, targetHeight: number): Box {
  const scale = Math.min(width / targetWidth, height / targetHeight);
  const [boxWidth, boxHeight] = [Math.round(targetWidth * scale), Math.round(targetHeight * scale)];
  return { left: Math.floor((width - boxWidth) / 2), top: Math.floor((height - boxHeight) / 2), width: boxWidth, height: boxHeight };
}

/** The picture's centre box area-averaged to height × width, colour channels interleaved (HWC). */
export function fitColour(rgba: RgbaPixels, width: number, height: number, [outHeight, outWidth, channels]: ImageShape): Uint8Array {
  const box = centreBox(width, height, outWidth, outHeight);
  const out = new Uint8Array(outHeight * outWidth * channels);
  for (let c = 0; c < channels; c += 1) {
    const resampled = resampleBox(channelOf(rgba, width, height, c), box, outWidth, outHeight);
    resampled.forEach((value, i) => {
      out[i * channels + c] = Math.round(value);
    });
  }
  return out;
}

/** Mean and standard deviation of the picture's outer ring (2 % of the shorter side, at least 1 pixel). */
export function borderLevel(image: GrayImage): { mean: number; deviation: number } {
  const ring = Math.max(1, Math.round(0.02 * Math.min(image.width, image.height)));
  let [count, sum, squares] = [0, 0, 0];
  const onBorder = (x: number, y: number): boolean => Math.min(x, y, image.width - 1 - x, image.height - 1 - y) < ring;
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      if (!onBorder(x, y)) continue;
      const value = image.pixels[y * image.width + x] ?? 0;
      [count, sum, squares] = [count + 1, sum + value, squares + value * value];
    }
  }
  const mean = sum / count;
  return { mean, deviation: Math.sqrt(Math.max(0, squares / count - mean * mean)) };
}

/**
 * Ink as MNIST stores it, 0 = background, up to 255 = ink: inverted when the border is
 * light (dark ink on paper), then levels up to a little above the border's (its
 * noise) become 0 and the rest is stretched so the brightest ink is 255.
 */
export function inkOf(image: GrayImage): { image: GrayImage; inverted: boolean } {
  const border = borderLevel(image);
  const inverted = border.mean > 127.5;
  const values = inverted ? image.pixels.map((value) => 255 - value) : image.pixels;
  const background = (inverted ? 255 - border.mean : border.mean) + Math.max(MIN_INK_MARGIN, NOISE_DEVIATIONS * border.deviation);
  const peak = values.reduce((max, value) => Math.max(max, value), 0);
  const span = peak - background;
  const pixels = span <= 0 ? new Uint8Array(values.length) : values.map((value) => Math.max(0, Math.round(((value - background) * 255) / span)));
  return { image: { width: image.width, height: image.height, pixels }, inverted };
}

/** Stretches intensities so the brightest is 255 (a thin stroke scaled down comes out faint otherwise). */
function stretchToFull(pixels: Uint8Array): Uint8Array {
  const peak = pixels.reduce((max, value) => Math.max(max, value), 0);
  return peak === 0 || peak === 255 ? pixels : pixels.map((value) => Math.round((value * 255) / peak));
}

/** A picture of a digit as a 28×28 MNIST image (784 uint8), and whether it was inverted. */
export function fitDigit(rgba: RgbaPixels, width: number, height: number): { pixels: Uint8Array; inverted: boolean } {
  const ink = inkOf(lumaOf(rgba, width, height));
  return { pixels: stretchToFull(mnistFromDrawing(ink.image)), inverted: ink.inverted };
}

/**
 * A decoded picture (RGBA, width × height) as one image of a dataset's shape: 3
 * channels → centre-cropped and area-averaged colour; [28, 28, 1] → an MNIST-style digit.
 */
export function fitImageToDataset(rgba: RgbaPixels, width: number, height: number, imageShape: ImageShape): FittedImage {
  const [outHeight, outWidth, channels] = imageShape;
  if (channels === 3) {
    return { pixels: fitColour(rgba, width, height, imageShape), description: `centre-cropped and scaled to ${outWidth} × ${outHeight}` };
  }
  if (channels !== 1 || outHeight !== MNIST_SIDE || outWidth !== MNIST_SIDE) throw new Error(`No way to fit a picture to ${imageShape.join('×')} images`);
  const digit = fitDigit(rgba, width, height);
  const inverted = digit.inverted ? 'inverted to light on dark, ' : '';
  const blank = digit.pixels.every((value) => value === 0) ? ' (no ink found: the image is blank)' : '';
  return { pixels: digit.pixels, description: `made grey, ${inverted}cropped to the ink and centred in ${MNIST_SIDE} × ${MNIST_SIDE}${blank}` };
}
