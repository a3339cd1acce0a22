import type { ImageShape } from '../../core/datasets/catalog';

/** Draws HWC uint8 pixels (1 or 3 channels) into a PNG data URL. */
export function sampleDataUrl(pixels: Uint8Array, shape: ImageShape): string {
  const [height, width, channels] = shape;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return '';
  const image = context.createImageData(width, height);
  for (let p = 0; p < width * height; p += 1) {
    for (let c = 0; c < 3; c += 1) image.data[4 * p + c] = pixels[p * channels + (channels === 1 ? 0 : c)] ?? 0;
    image.data[4 * p + 3] = 255;
  }
  context.putImageData(image, 0, 0);
  return canvas.toDataURL('image/png');
}
