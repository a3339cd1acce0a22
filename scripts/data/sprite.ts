import { PNG } from 'pngjs';
import { pixelsPerImage, type ImageShape } from '../../src/core/datasets/catalog';
import { sheetSize, tileOrigin } from '../../src/core/datasets/manifest';

/** A raster of uint8 samples, row-major, `channels` interleaved samples per pixel. */
export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 3;
  /** Length width × height × channels. */
  readonly data: Uint8Array;
}

/** PNG row filter types (PNG specification, section 9.2). */
const FILTER_NONE = 0;
const FILTER_PAETH = 4;

function channelsOf(shape: ImageShape): 1 | 3 {
  if (shape[2] !== 1 && shape[2] !== 3) throw new RangeError(`Sheets hold 1- or 3-channel images, not ${shape[2]}`);
  return shape[2];
}

/**
 * Lays `count` images (HWC uint8, image after image, from the start of `pixels`)
 * out on one sheet: tile t at tileOrigin(t). Unused tiles of a partial last row are 0.
 */
export function layoutSheet(pixels: Uint8Array, count: number, shape: ImageShape): Raster {
  const [height, width] = shape;
  const channels = channelsOf(shape);
  if (pixels.length < count * pixelsPerImage(shape)) {
    throw new RangeError(`${count} images need ${count * pixelsPerImage(shape)} bytes, got ${pixels.length}`);
  }
  const size = sheetSize(count, shape);
  const data = new Uint8Array(size.width * size.height * channels);
  const rowBytes = width * channels;
  for (let tile = 0; tile < count; tile += 1) {
    const origin = tileOrigin(tile, shape);
    for (let row = 0; row < height; row += 1) {
      const from = (tile * height + row) * rowBytes;
      data.set(pixels.subarray(from, from + rowBytes), ((origin.y + row) * size.width + origin.x) * channels);
    }
  }
  return { width: size.width, height: size.height, channels, data };
}

/**
 * Encodes a raster as an 8-bit PNG: colour type 0 (grey) or 2 (RGB), no alpha and
 * no gAMA/iCCP/sRGB chunks, so browsers hand back the exact samples. The row filter
 * is fixed per kind (pngjs's adaptive choice tries all five per row, in JavaScript):
 * None for grey digit sheets (smallest on flat black, ~20× faster than adaptive),
 * Paeth for RGB photographs (within 0.2 % of adaptive's size, ~2× faster).
 */
export function encodePng(raster: Raster): Buffer {
  const png = new PNG();
  png.width = raster.width;
  png.height = raster.height;
  png.data = Buffer.from(raster.data.buffer, raster.data.byteOffset, raster.data.byteLength);
  const colorType = raster.channels === 1 ? 0 : 2;
  return PNG.sync.write(png, {
    colorType,
    inputColorType: colorType,
    inputHasAlpha: false,
    bitDepth: 8,
    filterType: raster.channels === 1 ? FILTER_NONE : FILTER_PAETH,
  });
}

/** One sprite sheet as PNG bytes: layoutSheet, then encodePng. */
export function encodeSheet(pixels: Uint8Array, count: number, shape: ImageShape): Buffer {
  return encodePng(layoutSheet(pixels, count, shape));
}
