import { beforeAll, describe, expect, it } from 'vitest';
import { decodeIdxImages } from '../datasets/idx';
import { readRealSource } from '../../../scripts/data/test-support';
import { centreOfMass, inkBox, mnistFromDrawing, MNIST_MASS_CENTRE, MNIST_SIDE, type GrayImage } from './digit';

/** A blank canvas with a filled rectangle of ink. */
function drawing(width: number, height: number, rect: { left: number; top: number; width: number; height: number }): GrayImage {
  const pixels = new Uint8Array(width * height);
  for (let y = rect.top; y < rect.top + rect.height; y += 1) pixels.fill(255, y * width + rect.left, y * width + rect.left + rect.width);
  return { width, height, pixels };
}

/** Nearest-neighbour enlargement of an MNIST image, placed at an offset on a bigger canvas (a "drawing" of it). */
function enlarged(source: Uint8Array, factor: number, offset: number, side: number): GrayImage {
  const pixels = new Uint8Array(side * side);
  for (let y = 0; y < MNIST_SIDE * factor; y += 1) {
    for (let x = 0; x < MNIST_SIDE * factor; x += 1) {
      pixels[(y + offset) * side + x + offset] = source[Math.floor(y / factor) * MNIST_SIDE + Math.floor(x / factor)] ?? 0;
    }
  }
  return { width: side, height: side, pixels };
}

function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  const mean = (v: ArrayLike<number>): number => Array.from(v).reduce((s, x) => s + x, 0) / n;
  const [ma, mb] = [mean(a), mean(b)];
  let [ab, aa, bb] = [0, 0, 0];
  for (let i = 0; i < n; i += 1) {
    const [da, db] = [(a[i] ?? 0) - ma, (b[i] ?? 0) - mb];
    [ab, aa, bb] = [ab + da * db, aa + da * da, bb + db * db];
  }
  return ab / Math.sqrt(aa * bb);
}

let mnistTest: { pixels: Uint8Array };

beforeAll(async () => {
  mnistTest = decodeIdxImages(await readRealSource('mnist', 't10k-images-idx3-ubyte'), 't10k-images-idx3-ubyte');
});

describe('preparing a drawn digit the way MNIST digits were made', () => {
  it('puts the centre of mass where MNIST’s own digits have it', () => {
    const masses = Array.from({ length: 10_000 }, (_, i) => centreOfMass(mnistTest.pixels.subarray(i * 784, (i + 1) * 784), MNIST_SIDE, MNIST_SIDE));
    const mean = (pick: (mass: { x: number; y: number }) => number): number => masses.reduce((sum, mass) => sum + pick(mass), 0) / masses.length;
    expect(Math.abs(mean((mass) => mass.x) - MNIST_MASS_CENTRE)).toBeLessThan(0.2);
    expect(Math.abs(mean((mass) => mass.y) - MNIST_MASS_CENTRE)).toBeLessThan(0.2);
  });

  it('gives a blank field for a blank drawing', () => {
    expect(mnistFromDrawing({ width: 300, height: 300, pixels: new Uint8Array(90_000) }).every((v) => v === 0)).toBe(true);
  });

  it('scales the ink box into 20 pixels on its longer side, keeping the aspect ratio, centred by mass', () => {
    const field = { width: MNIST_SIDE, height: MNIST_SIDE, pixels: mnistFromDrawing(drawing(280, 280, { left: 30, top: 10, width: 50, height: 200 })) };
    expect(inkBox(field)).toMatchObject({ width: 5, height: 20 });
    const mass = centreOfMass(field.pixels, MNIST_SIDE, MNIST_SIDE);
    expect(Math.abs(mass.x - MNIST_MASS_CENTRE)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(mass.y - MNIST_MASS_CENTRE)).toBeLessThanOrEqual(0.5);
    expect(Math.max(...field.pixels)).toBe(255);
  });

  it('anti-aliases when it scales down: edge pixels get partial intensity', () => {
    const pixels = new Uint8Array(100 * 100).map((_, i) => ((i % 100) - 50) ** 2 + (Math.floor(i / 100) - 50) ** 2 <= 40 ** 2 ? 255 : 0);
    const field = mnistFromDrawing({ width: 100, height: 100, pixels });
    const values = new Set(field);
    expect([...values].some((v) => v > 0 && v < 255)).toBe(true);
  });

  it('recovers real MNIST test digits drawn three times larger somewhere on a canvas', () => {
    const scores = Array.from({ length: 50 }, (_, i) => {
      const original = mnistTest.pixels.subarray(i * 784, (i + 1) * 784);
      return correlation(mnistFromDrawing(enlarged(original, 3, 17 + (i % 5) * 7, 140)), original);
    });
    expect(Math.min(...scores)).toBeGreaterThan(0.8);
    expect(scores.reduce((s, x) => s + x, 0) / scores.length).toBeGreaterThan(0.9);
  });
});
