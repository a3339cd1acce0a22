import { useEffect, useState } from 'react';
import type { ImageShape } from '../../core/datasets/catalog';

function toCanvas(pixels: Uint8Array, shape: ImageShape): HTMLCanvasElement | undefined {
  const [height, width, channels] = shape;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  const image = context.createImageData(width, height);
  for (let p = 0; p < width * height; p += 1) {
    for (let c = 0; c < 3; c += 1) image.data[4 * p + c] = pixels[p * channels + (channels === 1 ? 0 : c)] ?? 0;
    image.data[4 * p + 3] = 255;
  }
  context.putImageData(image, 0, 0);
  return canvas;
}

/**
 * How long a replaced image URL stays valid, ms: an <img> may still be loading it when
 * new pixels arrive (the drawing pad updates many times a second), and revoking it at
 * once fails that load with ERR_FILE_NOT_FOUND.
 */
const REVOKE_DELAY_MS = 5000;

/**
 * An object URL of HWC uint8 pixels (1 or 3 channels) as a PNG, encoded off the main
 * thread (canvas.toBlob), so a gallery of images never blocks a frame. Revoked (a little later) when replaced or unmounted.
 */
export function useImageUrl(pixels: Uint8Array, shape: ImageShape): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let made: string | undefined;
    let disposed = false;
    toCanvas(pixels, shape)?.toBlob((blob) => {
      if (disposed || !blob) return;
      made = URL.createObjectURL(blob);
      setUrl(made);
    }, 'image/png');
    return () => {
      disposed = true;
      const stale = made;
      if (stale) setTimeout(() => URL.revokeObjectURL(stale), REVOKE_DELAY_MS);
    };
  }, [pixels, shape]);
  return url;
}
