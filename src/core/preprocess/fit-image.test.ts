import { describe, expect, it } from 'vitest';
import { createRandom } from '../util/random';
import { centreOfMass, inkBox, MNIST_MASS_CENTRE } from './digit';
import { borderLevel, centreBox, fitImageToDataset, inkOf, lumaOf, type RgbaPixels } from './fit-image';

/** A width × height RGBA picture whose colour at (x, y) is paint(x, y) = [r, g, b, a?]. */
function picture(width: number, height: number, paint: (x: number, y: number) => readonly number[]): RgbaPixels {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const [r = 0, g = 0, b = 0, a = 255] = paint(x, y);
      rgba.set([r, g, b, a], (y * width + x) * 4);
    }
  }
  return rgba;
}

/** A phone photo of a "1": grey paper with noise, a dark slanted stroke off to the upper left. */
function photoOfOne(width: number, height: number): RgbaPixels {
  const random = createRandom(3);
  return picture(width, height, (x, y) => {
    const onStroke = y > 40 && y < 220 && Math.abs(x - (120 + (220 - y) * 0.15)) < 9;
    const level = (onStroke ? 45 : 190) + Math.round((random.next() - 0.5) * 30);
    return [level, level + 5, level - 5];
  });
}

describe('fitting a photo of a digit to MNIST', () => {
  const fitted = fitImageToDataset(photoOfOne(400, 300), 400, 300, [28, 28, 1]);
  const field = { width: 28, height: 28, pixels: fitted.pixels };

  it('makes dark ink on light paper into a light digit on black', () => {
    expect(fitted.pixels).toHaveLength(784);
    expect(Math.max(...fitted.pixels)).toBe(255);
    const border = [...fitted.pixels].filter((_, i) => i % 28 === 0 || i % 28 === 27 || i < 28 || i >= 756);
    expect(border.every((value) => value === 0)).toBe(true);
    expect(fitted.description).toBe('made grey, inverted to light on dark, cropped to the ink and centred in 28 × 28');
  });

  it('ignores the paper’s noise, so the digit fills a 20-pixel box, tall and thin, centred by mass', () => {
    const box = inkBox(field);
    expect(box?.height).toBe(20);
    expect(box?.width).toBeLessThan(8);
    const mass = centreOfMass(field.pixels, 28, 28);
    expect(Math.abs(mass.x - MNIST_MASS_CENTRE)).toBeLessThanOrEqual(0.6);
    expect(Math.abs(mass.y - MNIST_MASS_CENTRE)).toBeLessThanOrEqual(0.6);
  });

  it('keeps light ink on a dark background as it is', () => {
    const chalk = picture(60, 60, (x, y) => (Math.abs(x - 30) < 3 && y > 10 && y < 50 ? [230, 230, 230] : [20, 20, 20]));
    const result = fitImageToDataset(chalk, 60, 60, [28, 28, 1]);
    expect(result.description).toBe('made grey, cropped to the ink and centred in 28 × 28');
    expect(inkBox({ width: 28, height: 28, pixels: result.pixels })?.height).toBe(20);
  });

  it('reads transparent pixels as white paper', () => {
    const drawn = picture(50, 50, (x, y) => (Math.abs(x - 25) < 3 && y > 5 && y < 45 ? [0, 0, 0, 255] : [0, 0, 0, 0]));
    expect(lumaOf(drawn, 50, 50).pixels[0]).toBe(255);
    expect(inkBox({ width: 28, height: 28, pixels: fitImageToDataset(drawn, 50, 50, [28, 28, 1]).pixels })?.height).toBe(20);
  });

  it('gives a blank image, and says so, for a picture without ink', () => {
    const result = fitImageToDataset(picture(40, 30, () => [200, 200, 200]), 40, 30, [28, 28, 1]);
    expect(result.pixels.every((value) => value === 0)).toBe(true);
    expect(result.description).toContain('no ink found');
  });

  it('measures the border and sets levels below its noise to 0', () => {
    const gray = { width: 10, height: 10, pixels: new Uint8Array(100).fill(100).map((v, i) => (i === 55 ? 250 : v)) };
    expect(borderLevel(gray)).toEqual({ mean: 100, deviation: 0 });
    const ink = inkOf(gray);
    expect(ink.inverted).toBe(false);
    expect([...ink.image.pixels].filter((v) => v > 0)).toEqual([255]);
  });
});

describe('fitting a picture to CIFAR-10', () => {
  it('crops the centre square and area-averages it to 32 × 32', () => {
    const halves = picture(64, 48, (x) => (x < 32 ? [255, 0, 0] : [0, 0, 255]));
    const fitted = fitImageToDataset(halves, 64, 48, [32, 32, 3]);
    expect(fitted.description).toBe('centre-cropped and scaled to 32 × 32');
    expect(Array.from(fitted.pixels.subarray(0, 3))).toEqual([255, 0, 0]);
    expect(Array.from(fitted.pixels.subarray(15 * 3, 15 * 3 + 6))).toEqual([255, 0, 0, 0, 0, 255]);
    expect(Array.from(fitted.pixels.subarray((31 * 32 + 31) * 3))).toEqual([0, 0, 255]);
  });

  it('cuts off the sides outside the square and averages fine detail', () => {
    const framed = picture(96, 64, (x, y) => (x < 16 || x >= 80 ? [0, 255, 0] : (x + y) % 2 === 0 ? [0, 0, 0] : [255, 255, 255]));
    const fitted = fitImageToDataset(framed, 96, 64, [32, 32, 3]);
    expect(new Set(fitted.pixels)).toEqual(new Set([128]));
  });

  it('takes the largest centred box of the target’s shape', () => {
    expect(centreBox(4000, 3000, 32, 32)).toEqual({ left: 500, top: 0, width: 3000, height: 3000 });
    expect(centreBox(300, 801, 32, 32)).toEqual({ left: 0, top: 250, width: 300, height: 300 });
  });
});
