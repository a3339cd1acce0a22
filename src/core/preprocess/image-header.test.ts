import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from './image-header';

/** A real PNG of width × height, encoded by pngjs. */
function png(width: number, height: number): Uint8Array {
  const image = new PNG({ width, height });
  image.data.fill(128);
  return new Uint8Array(PNG.sync.write(image));
}

const base64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

/** 5 × 3 baseline JPEG (JFIF, two quantisation tables, SOF0 after them), as ImageMagick writes it. */
const JPEG_5X3 = base64(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/' +
  '2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAADAAUDASIAAhEBAxEB/8QAFQAB' +
  'AQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABgj/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIR' +
  'AxEAPwCdABykX//Z',
);
/** 5 × 3 lossy WebP (VP8 chunk) and 7 × 4 lossless WebP (VP8L chunk), as ImageMagick writes them. */
const WEBP_LOSSY_5X3 = base64('UklGRjwAAABXRUJQVlA4IDAAAADQAQCdASoFAAMAAgA0JaACdLoB+AADsAD+8MQL/yC5YXXI1/8gP+QH/ID/+PIAAAA=');
const WEBP_LOSSLESS_7X4 = base64('UklGRhwAAABXRUJQVlA4TA8AAAAvBsAAAAcQ/Y/+ByKi/wEA');

/** An extended WebP header (VP8X chunk) for a 300 × 200 canvas: sizes stored minus one, 24-bit little-endian. */
function webpExtended(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(40);
  bytes.set([...'RIFF'].map((c) => c.charCodeAt(0)), 0);
  bytes.set([...'WEBPVP8X'].map((c) => c.charCodeAt(0)), 8);
  bytes.set([10, 0, 0, 0, 0x10, 0, 0, 0], 16);
  const [w, h] = [width - 1, height - 1];
  bytes.set([w & 0xff, (w >> 8) & 0xff, w >> 16, h & 0xff, (h >> 8) & 0xff, h >> 16], 24);
  return bytes;
}

/** A JPEG whose Huffman table (DHT, 0xC4: inside the SOF range) and a restart marker come before a progressive SOF2. */
function jpegWithTablesFirst(width: number, height: number): Uint8Array {
  return new Uint8Array([
    0xff, 0xd8,
    0xff, 0xc4, 0x00, 0x05, 0x00, 0x01, 0x02,
    0xff, 0xcc, 0x00, 0x04, 0x01, 0x02,
    0xff, 0xff, 0xd0,
    0xff, 0xc2, 0x00, 0x0b, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x01, 0x01, 0x11, 0x00,
  ]);
}

describe('readImageHeader', () => {
  it('reads a PNG’s size from IHDR', () => {
    expect(readImageHeader(png(37, 21))).toEqual({ format: 'png', width: 37, height: 21 });
  });

  it('reads a JPEG’s size from its start-of-frame segment, skipping the segments before it', () => {
    expect(readImageHeader(JPEG_5X3)).toEqual({ format: 'jpeg', width: 5, height: 3 });
    expect(readImageHeader(jpegWithTablesFirst(4000, 3000))).toEqual({ format: 'jpeg', width: 4000, height: 3000 });
  });

  it('reads each kind of WebP', () => {
    expect(readImageHeader(WEBP_LOSSY_5X3)).toEqual({ format: 'webp', width: 5, height: 3 });
    expect(readImageHeader(WEBP_LOSSLESS_7X4)).toEqual({ format: 'webp', width: 7, height: 4 });
    expect(readImageHeader(webpExtended(300, 200))).toEqual({ format: 'webp', width: 300, height: 200 });
    expect(readImageHeader(webpExtended(8660, 5774))).toEqual({ format: 'webp', width: 8660, height: 5774 });
  });

  it('finds nothing in other files, truncated headers and zero sizes', () => {
    expect(readImageHeader(new TextEncoder().encode('hello, this is a text file'))).toBeUndefined();
    expect(readImageHeader(new Uint8Array(0))).toBeUndefined();
    expect(readImageHeader(png(3, 3).subarray(0, 20))).toBeUndefined();
    expect(readImageHeader(JPEG_5X3.subarray(0, 100))).toBeUndefined();
    expect(readImageHeader(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02]))).toBeUndefined();
    expect(readImageHeader(jpegWithTablesFirst(0, 3))).toBeUndefined();
  });
});
