import type { ImageShape } from '../core/datasets/catalog';
import { pixelsPerImage } from '../core/datasets/catalog';
import { tileOrigin, type SheetAsset } from '../core/datasets/manifest';
import { AssetError, REBUILD_FIX } from './asset-error';

/** Decodes a PNG to RGBA with no colour conversion, so pixel values come out as stored. */
async function decodeRgba(png: Uint8Array, sheet: SheetAsset): Promise<{ rgba: Uint8ClampedArray; width: number }> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }), {
      colorSpaceConversion: 'none',
      premultiplyAlpha: 'none',
    });
  } catch (error) {
    throw new AssetError(`${sheet.file} is not a readable PNG (${String(error)}).`, REBUILD_FIX);
  }
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new AssetError('This browser cannot draw in a worker (no OffscreenCanvas 2D).', 'Use a recent Chrome, Edge, Firefox or Safari.');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return { rgba: context.getImageData(0, 0, canvas.width, canvas.height).data, width: canvas.width };
}

/**
 * Cuts a sprite sheet back into images: writes each tile's pixels (HWC uint8, the
 * first `channels` of RGBA) into `target` at the sheet's image offset.
 */
export async function decodeSheetInto(png: Uint8Array, sheet: SheetAsset, imageShape: ImageShape, target: Uint8Array): Promise<void> {
  const { rgba, width } = await decodeRgba(png, sheet);
  const [height, tileWidth, channels] = imageShape;
  const imageSize = pixelsPerImage(imageShape);
  for (let tile = 0; tile < sheet.count; tile += 1) {
    const origin = tileOrigin(tile, imageShape);
    let out = (sheet.firstIndex + tile) * imageSize;
    for (let y = 0; y < height; y += 1) {
      let source = ((origin.y + y) * width + origin.x) * 4;
      for (let x = 0; x < tileWidth; x += 1, source += 4) {
        for (let c = 0; c < channels; c += 1) target[out++] = rgba[source + c] ?? 0;
      }
    }
  }
}
