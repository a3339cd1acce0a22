/**
 * What an uploaded image must be to be read in the browser tab, and the messages that
 * say so when it is not: each names the file, what is wrong and what to do.
 */
import { formatCount } from '../util/format';
import type { ImageHeader } from './image-header';

/**
 * The largest image decoded, in megapixels (millions of pixels). Decoded RGBA takes
 * 4 bytes a pixel, so 40 megapixels is 160 MB: about what a browser tab can spare.
 */
export const MAX_IMAGE_MEGAPIXELS = 40;

/** Why an image of width × height pixels is too large to read, or undefined when it is not. */
export function oversizeMessage(name: string, width: number, height: number): string | undefined {
  const megapixels = (width * height) / 1e6;
  if (megapixels <= MAX_IMAGE_MEGAPIXELS) return undefined;
  return (
    `${name} is ${formatCount(width)} × ${formatCount(height)} pixels (${megapixels.toFixed(1)} megapixels); ` +
    `images up to ${MAX_IMAGE_MEGAPIXELS} megapixels can be read in the browser tab. ` +
    'Scale it down (anything from 32 × 32 up works) and upload it again.'
  );
}

/** The first bytes as hex, with their printable characters, e.g. `25 50 44 46 ("%PDF")`. */
function firstBytes(bytes: Uint8Array, count = 8): string {
  const head = [...bytes.subarray(0, count)];
  const hex = head.map((value) => value.toString(16).padStart(2, '0')).join(' ');
  const text = head.map((value) => (value >= 0x20 && value < 0x7f ? String.fromCharCode(value) : '.')).join('');
  return `${hex} ("${text}")`;
}

/** The message for a file that is none of the formats the browser decodes here. */
export function notAnImageMessage(name: string, bytes: Uint8Array): string {
  return `${name} is not a PNG, JPEG or WebP image (its first bytes are ${firstBytes(bytes)}); upload an image file.`;
}

/** The message for an empty file. */
export function emptyImageMessage(name: string): string {
  return `${name} is empty (0 bytes); upload a PNG, JPEG or WebP image.`;
}

/** How the formats are written in messages. */
const FORMAT_NAMES: Readonly<Record<ImageHeader['format'], string>> = { png: 'PNG', jpeg: 'JPEG', webp: 'WebP' };

/** The message for a file whose header looked right but which the browser could not decode. */
export function undecodableImageMessage(name: string, format: ImageHeader['format'], reason: string): string {
  return `${name} looks like a ${FORMAT_NAMES[format]} image but could not be decoded (${reason}); it may be damaged or cut short. Save it again or upload another image.`;
}
