import { describe, expect, it } from 'vitest';
import { emptyImageMessage, MAX_IMAGE_MEGAPIXELS, notAnImageMessage, oversizeMessage, undecodableImageMessage } from './image-limits';

describe('image limits and their messages', () => {
  it('accepts up to 40 megapixels', () => {
    expect(MAX_IMAGE_MEGAPIXELS).toBe(40);
    expect(oversizeMessage('photo.png', 8000, 5000)).toBeUndefined();
    expect(oversizeMessage('tiny.png', 1, 1)).toBeUndefined();
  });

  it('names the file, its size and the fix when an image is larger', () => {
    expect(oversizeMessage('photo.png', 8660, 5774)).toBe(
      'photo.png is 8,660 × 5,774 pixels (50.0 megapixels); images up to 40 megapixels can be read in the browser tab. ' +
        'Scale it down (anything from 32 × 32 up works) and upload it again.',
    );
  });

  it('shows the first bytes of a file that is not an image', () => {
    expect(notAnImageMessage('notes.txt', new TextEncoder().encode('%PDF-1.7\n'))).toBe(
      'notes.txt is not a PNG, JPEG or WebP image (its first bytes are 25 50 44 46 2d 31 2e 37 ("%PDF-1.7")); upload an image file.',
    );
    expect(notAnImageMessage('x.bin', new Uint8Array([0, 1, 0xff]))).toContain('00 01 ff ("...")');
    expect(emptyImageMessage('x.png')).toBe('x.png is empty (0 bytes); upload a PNG, JPEG or WebP image.');
  });
});

describe('a file the browser could not decode', () => {
  it('says what it looked like and what to do', () => {
    expect(undecodableImageMessage('cat.webp', 'webp', 'The source image could not be decoded.')).toBe(
      'cat.webp looks like a WebP image but could not be decoded (The source image could not be decoded.); it may be damaged or cut short. Save it again or upload another image.',
    );
  });
});
