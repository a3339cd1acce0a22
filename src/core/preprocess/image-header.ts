/**
 * What an encoded image is, read from its first bytes without decoding it: the format
 * and the stored width and height. Lets the worker refuse a file that is not an image,
 * or one too large to decode, before handing it to the browser's decoder.
 */

/** An encoded image's format and stored size in pixels. */
export interface ImageHeader {
  readonly format: 'png' | 'jpeg' | 'webp';
  readonly width: number;
  readonly height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean => prefix.every((value, i) => bytes[at + i] === value);
const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const u16be = (bytes: Uint8Array, at: number): number => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
const u16le = (bytes: Uint8Array, at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u24le = (bytes: Uint8Array, at: number): number => u16le(bytes, at) | ((bytes[at + 2] ?? 0) << 16);
const u32be = (bytes: Uint8Array, at: number): number => u16be(bytes, at) * 0x10000 + u16be(bytes, at + 2);

/** PNG: the signature, then the IHDR chunk whose data starts with width and height (big-endian). */
function pngHeader(bytes: Uint8Array): ImageHeader | undefined {
  if (bytes.length < 24 || !startsWith(bytes, PNG_SIGNATURE) || !startsWith(bytes, ascii('IHDR'), 12)) return undefined;
  return { format: 'png', width: u32be(bytes, 16), height: u32be(bytes, 20) };
}

/** Start-of-frame markers C0–CF, except C4 (DHT), C8 (JPG extension) and CC (DAC), which share the range. */
const isStartOfFrame = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
/** Markers without a length field: TEM and RST0–RST7. */
const isStandalone = (marker: number): boolean => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/** JPEG: walks the marker segments from SOI to the first start-of-frame, which holds height then width. */
function jpegHeader(bytes: Uint8Array): ImageHeader | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let at = 2;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (isStartOfFrame(marker)) {
      return at + 9 <= bytes.length ? { format: 'jpeg', width: u16be(bytes, at + 7), height: u16be(bytes, at + 5) } : undefined;
    }
    if (marker === 0xda || marker === 0xd9) return undefined;
    at += isStandalone(marker) ? 2 : 2 + u16be(bytes, at + 2);
  }
  return undefined;
}

/** WebP: a RIFF "WEBP" file whose first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended). */
function webpHeader(bytes: Uint8Array): ImageHeader | undefined {
  if (bytes.length < 30 || !startsWith(bytes, ascii('RIFF')) || !startsWith(bytes, ascii('WEBP'), 8)) return undefined;
  if (startsWith(bytes, ascii('VP8 '), 12) && startsWith(bytes, [0x9d, 0x01, 0x2a], 23)) {
    return { format: 'webp', width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff };
  }
  if (startsWith(bytes, ascii('VP8L'), 12) && bytes[20] === 0x2f) {
    const bits = u16le(bytes, 21) + u16le(bytes, 23) * 0x10000;
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (startsWith(bytes, ascii('VP8X'), 12)) return { format: 'webp', width: u24le(bytes, 24) + 1, height: u24le(bytes, 27) + 1 };
  return undefined;
}

/** The format and size of a PNG, JPEG or WebP image from its first bytes; undefined for anything else. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | undefined {
  const header = pngHeader(bytes) ?? jpegHeader(bytes) ?? webpHeader(bytes);
  return header && header.width > 0 && header.height > 0 ? header : undefined;
}
