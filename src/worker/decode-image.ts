/**
 * An uploaded image file made into one dataset image: checked from its header
 * (format, size) before anything is decoded, decoded by the browser at most 512
 * pixels on its longer side, then fitted to the dataset's shape (fit-image.ts).
 */
import type { ImageShape } from '../core/datasets/catalog';
import type { FileBytes } from '../core/model-protocol';
import { fitImageToDataset } from '../core/preprocess/fit-image';
import { readImageHeader, type ImageHeader } from '../core/preprocess/image-header';
import { emptyImageMessage, notAnImageMessage, oversizeMessage, undecodableImageMessage } from '../core/preprocess/image-limits';
import { formatCount } from '../core/util/format';

/**
 * Longest side the browser decodes an upload to, pixels: ample for a 32×32 or 28×28
 * result (area averaging does the rest), and small enough to fit in one step.
 */
const DECODE_MAX_SIDE = 512;

/** A file that cannot be used as an image; the message says why and what to do. */
export class ImageInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageInputError';
  }
}

/** The dataset image an upload became, and how. */
export interface DecodedUpload {
  /** HWC uint8 in the dataset's shape. */
  readonly pixels: Uint8Array;
  /** E.g. "4,000 × 3,000 image, centre-cropped and scaled to 32 × 32". */
  readonly note: string;
}

/** The header of a file that is an image of a size the tab can decode; throws ImageInputError otherwise. */
function checkedHeader(file: FileBytes): ImageHeader {
  if (file.bytes.length === 0) throw new ImageInputError(emptyImageMessage(file.name));
  const header = readImageHeader(file.bytes);
  if (!header) throw new ImageInputError(notAnImageMessage(file.name, file.bytes));
  const oversize = oversizeMessage(file.name, header.width, header.height);
  if (oversize) throw new ImageInputError(oversize);
  return header;
}

/**
 * The image scaled so its longer side is at most DECODE_MAX_SIDE (only one side is
 * given, so the aspect ratio holds even when EXIF orientation turns the picture).
 */
function decodeOptions(header: ImageHeader): ImageBitmapOptions {
  const options: ImageBitmapOptions = { imageOrientation: 'from-image', premultiplyAlpha: 'none' };
  if (Math.max(header.width, header.height) <= DECODE_MAX_SIDE) return options;
  const side = header.width >= header.height ? 'resizeWidth' : 'resizeHeight';
  return { ...options, [side]: DECODE_MAX_SIDE, resizeQuality: 'high' };
}

/** RGBA pixels of a bitmap, drawn on an OffscreenCanvas. */
function rgbaOf(bitmap: ImageBitmap): Uint8ClampedArray {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new ImageInputError('This browser cannot draw in a worker (no OffscreenCanvas 2D); use a recent Chrome, Edge, Firefox or Safari.');
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
}

/**
 * Decodes an uploaded PNG, JPEG or WebP and fits it to `imageShape`. Empty files,
 * files that are not such images, images above MAX_IMAGE_MEGAPIXELS and images the
 * browser cannot decode reject with an ImageInputError naming the file.
 */
export async function decodeImageFile(file: FileBytes, imageShape: ImageShape): Promise<DecodedUpload> {
  const header = checkedHeader(file);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: `image/${header.format}` }), decodeOptions(header));
  } catch (error) {
    throw new ImageInputError(undecodableImageMessage(file.name, header.format, error instanceof Error ? error.message : String(error)));
  }
  try {
    const fitted = fitImageToDataset(rgbaOf(bitmap), bitmap.width, bitmap.height, imageShape);
    return { pixels: fitted.pixels, note: `${formatCount(header.width)} × ${formatCount(header.height)} image, ${fitted.description}` };
  } finally {
    bitmap.close();
  }
}
