import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASETS, type ImageShape } from '../../src/core/datasets/catalog';
import { decodeCifarBatch } from '../../src/core/datasets/cifar';
import { decodeIdxImages } from '../../src/core/datasets/idx';
import { sheetSize, TILES_PER_SHEET } from '../../src/core/datasets/manifest';
import { createSheetEncoder } from './sheet-pool';
import { encodeSheet, layoutSheet } from './sprite';
import { pngChunkTypes, pngColorType, readRealSource, readSheetPixels } from './test-support';

let mnist: Uint8Array;
let cifar: Uint8Array;

beforeAll(async () => {
  mnist = decodeIdxImages(await readRealSource('mnist', 't10k-images-idx3-ubyte'), 't10k-images-idx3-ubyte').pixels;
  cifar = decodeCifarBatch(await readRealSource('cifar10', 'test_batch.bin'), 'test_batch.bin').pixels;
});

/** Images first … first+count-1 of a HWC pixel array. */
function imagesOf(pixels: Uint8Array, shape: ImageShape, first: number, count: number): Uint8Array {
  const size = shape[0] * shape[1] * shape[2];
  return pixels.subarray(first * size, (first + count) * size);
}

describe.each([
  { name: 'MNIST (grey)', shape: DATASETS.mnist.imageShape, colorType: 0, pixels: () => mnist },
  { name: 'CIFAR-10 (RGB)', shape: DATASETS.cifar10.imageShape, colorType: 2, pixels: () => cifar },
])('sprite sheets of real $name images', ({ shape, colorType, pixels }) => {
  it('round-trip byte for byte, with a partial last row', () => {
    const images = imagesOf(pixels(), shape, 1234, 250);
    const png = encodeSheet(images, 250, shape);
    expect(pngColorType(png)).toBe(colorType);
    expect(pngChunkTypes(png).filter((type) => type !== 'IDAT')).toEqual(['IHDR', 'IEND']);
    const decoded = PNG.sync.read(png);
    expect({ width: decoded.width, height: decoded.height }).toEqual(sheetSize(250, shape));
    expect(Buffer.from(readSheetPixels(png, 250, shape)).equals(images)).toBe(true);
  });

  it('leave the unused tiles of the last row black', () => {
    const raster = layoutSheet(imagesOf(pixels(), shape, 0, 150), 150, shape);
    const rowStart = (raster.height - shape[0]) * raster.width * raster.channels;
    for (let row = 0; row < shape[0]; row += 1) {
      const start = rowStart + (row * raster.width + 50 * shape[1]) * raster.channels;
      expect(raster.data.subarray(start, start + 50 * shape[1] * raster.channels).every((v) => v === 0)).toBe(true);
    }
  });

  it('come out the same from the worker threads as inline, for a full sheet', async () => {
    const images = imagesOf(pixels(), shape, 0, TILES_PER_SHEET);
    const encoder = createSheetEncoder(2);
    try {
      const fromWorker = await encoder.encode(images, TILES_PER_SHEET, shape);
      expect(Buffer.from(fromWorker).equals(encodeSheet(images, TILES_PER_SHEET, shape))).toBe(true);
    } finally {
      await encoder.close();
    }
  });
});

describe('the worker-thread encoder', () => {
  it('reports a bad job as an error and keeps working', async () => {
    const encoder = createSheetEncoder(2);
    try {
      await expect(encoder.encode(new Uint8Array(10), 1, [28, 28, 1])).rejects.toThrow('1 images need 784 bytes, got 10');
      const png = await encoder.encode(new Uint8Array(784).fill(9), 1, [28, 28, 1]);
      expect([...readSheetPixels(png, 1, [28, 28, 1])].every((value) => value === 9)).toBe(true);
    } finally {
      await encoder.close();
    }
  });
});

describe('layoutSheet', () => {
  it('rejects too few pixels and unsupported channel counts', () => {
    expect(() => layoutSheet(new Uint8Array(783), 1, [28, 28, 1])).toThrow(RangeError);
    expect(() => layoutSheet(new Uint8Array(16), 1, [2, 2, 4])).toThrow(/1- or 3-channel/);
  });
});
