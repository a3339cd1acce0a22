import { beforeAll, describe, expect, it } from 'vitest';
import { readRealSource } from '../../../scripts/data/test-support';
import { DataFormatError } from './decoded';
import { decodeIdxImages, decodeIdxLabels, IDX_IMAGES_MAGIC, IDX_LABELS_MAGIC, type IdxImages } from './idx';
import { classCounts } from './splits';

/** A big-endian IDX header followed by `body`. */
function idx(words: number[], body: number[]): Uint8Array {
  const bytes = new Uint8Array(4 * words.length + body.length);
  const view = new DataView(bytes.buffer);
  words.forEach((word, i) => view.setUint32(4 * i, word, false));
  bytes.set(body, 4 * words.length);
  return bytes;
}

interface RealSplit {
  readonly images: IdxImages;
  readonly labels: Uint8Array;
}

async function decodeReal(prefix: 'train' | 't10k'): Promise<RealSplit> {
  return {
    images: decodeIdxImages(await readRealSource('mnist', `${prefix}-images-idx3-ubyte`), `${prefix}-images-idx3-ubyte`),
    labels: decodeIdxLabels(await readRealSource('mnist', `${prefix}-labels-idx1-ubyte`), `${prefix}-labels-idx1-ubyte`),
  };
}

describe('the real MNIST files', () => {
  let train: RealSplit;
  let test: RealSplit;

  beforeAll(async () => {
    [train, test] = await Promise.all([decodeReal('train'), decodeReal('t10k')]);
  });

  it('have 60,000 + 10,000 images of 28×28', () => {
    expect([train.images.count, train.images.rows, train.images.columns, train.images.pixels.length]).toEqual([60_000, 28, 28, 60_000 * 784]);
    expect([test.images.count, test.images.pixels.length, test.labels.length]).toEqual([10_000, 10_000 * 784, 10_000]);
    expect(train.labels.length).toBe(60_000);
  });

  it('have the published label counts', () => {
    expect(classCounts(train.labels, 10)).toEqual([5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]);
    expect(classCounts(test.labels, 10)).toEqual([980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]);
  });

  it('store ink as high values on a 0 background', () => {
    const first = train.images.pixels.subarray(0, 784);
    expect(first[0]).toBe(0);
    expect(Math.max(...first)).toBe(255);
  });
});

describe('malformed IDX files throw DataFormatError naming the file', () => {
  const images = (count: number, body: number[]): Uint8Array => idx([IDX_IMAGES_MAGIC, count, 2, 2], body);
  const cases: [string, () => unknown, RegExp][] = [
    ['wrong magic', () => decodeIdxImages(idx([IDX_LABELS_MAGIC, 1, 2, 2], [1, 2, 3, 4]), 'f.idx'), /^f\.idx: has magic number 0x00000801, expected 0x00000803 \(not an IDX image file\?\)$/],
    ['wrong label magic', () => decodeIdxLabels(idx([IDX_IMAGES_MAGIC, 1], [1]), 'l.idx'), /^l\.idx: has magic number 0x00000803, expected 0x00000801 \(not an IDX label file\?\)$/],
    ['truncated header', () => decodeIdxImages(new Uint8Array(15), 'f.idx'), /^f\.idx: is 15 bytes long, shorter than its 16-byte IDX header \(truncated\?\)$/],
    ['truncated body', () => decodeIdxImages(images(2, [1, 2, 3, 4, 5, 6, 7]), 'f.idx'), /^f\.idx: is 23 bytes, expected 24 from its header \(truncated\)$/],
    ['trailing bytes', () => decodeIdxImages(images(1, [1, 2, 3, 4, 5]), 'f.idx'), /^f\.idx: is 21 bytes, expected 20 from its header \(has trailing bytes\)$/],
    ['truncated labels', () => decodeIdxLabels(idx([IDX_LABELS_MAGIC, 3], [1, 2]), 'l.idx'), /^l\.idx: is 10 bytes, expected 11 from its header \(truncated\)$/],
    ['out-of-range label', () => decodeIdxLabels(idx([IDX_LABELS_MAGIC, 3], [1, 10, 2]), 'l.idx'), /^l\.idx: label 1 is 10, expected 0–9$/],
  ];

  it.each(cases)('%s', (_name, decode, message) => {
    expect(decode).toThrow(DataFormatError);
    expect(decode).toThrow(message);
    try {
      decode();
    } catch (error) {
      expect((error as DataFormatError).fileName).toMatch(/^[fl]\.idx$/);
    }
  });

  it('decode a well-formed small file, as views of the input', () => {
    const bytes = images(2, [1, 2, 3, 4, 5, 6, 7, 8]);
    const decoded = decodeIdxImages(bytes, 'ok.idx');
    expect([decoded.count, decoded.rows, decoded.columns, [...decoded.pixels]]).toEqual([2, 2, 2, [1, 2, 3, 4, 5, 6, 7, 8]]);
    expect(decoded.pixels.buffer).toBe(bytes.buffer);
    expect([...decodeIdxLabels(idx([IDX_LABELS_MAGIC, 2], [9, 0]), 'ok.idx')]).toEqual([9, 0]);
  });
});
