import { describe, expect, it } from 'vitest';
import { createRandom } from '../util/random';
import { affineFor, projectiveRow, type AffineParams } from './affine';
import { augmentationSeed, sampleBatchParams, sampleParams, transformRows, TRANSFORM_WIDTH } from './sample';
import { COURSEWORK_AUGMENTATION, NO_AUGMENTATION } from './settings';

const DRAWS = 10_000;

function draws(settings = COURSEWORK_AUGMENTATION): AffineParams[] {
  const random = createRandom(2024);
  return Array.from({ length: DRAWS }, () => sampleParams(settings, random, 28, 28));
}

function stats(values: readonly number[]): { min: number; max: number; mean: number; variance: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
  return { min: Math.min(...values), max: Math.max(...values), mean, variance };
}

/** Uniform on [centre − range, centre + range]: in range, reaching both ends, variance range² / 3. */
function expectUniform(values: readonly number[], centre: number, range: number): void {
  const { min, max, mean, variance } = stats(values);
  expect(min).toBeGreaterThanOrEqual(centre - range);
  expect(max).toBeLessThanOrEqual(centre + range);
  expect(min).toBeLessThan(centre - 0.99 * range);
  expect(max).toBeGreaterThan(centre + 0.99 * range);
  expect(Math.abs(mean - centre)).toBeLessThan(0.03 * range);
  expect(variance / (range ** 2 / 3)).toBeCloseTo(1, 1);
}

describe('sampleParams with the coursework settings (10,000 draws)', () => {
  const sampled = draws();

  it('draws rotation uniformly in ±30°', () => expectUniform(sampled.map((p) => p.rotationDegrees), 0, 30));
  it('draws shifts uniformly in ±10 % of 28 pixels', () => {
    expectUniform(sampled.map((p) => p.shiftX), 0, 2.8);
    expectUniform(sampled.map((p) => p.shiftY), 0, 2.8);
  });
  it('draws each zoom factor uniformly in [0.8, 1.2], x and y independently', () => {
    const zoomX = sampled.map((p) => p.zoomX);
    const zoomY = sampled.map((p) => p.zoomY);
    expectUniform(zoomX, 1, 0.2);
    expectUniform(zoomY, 1, 0.2);
    const covariance = zoomX.reduce((sum, x, i) => sum + (x - 1) * ((zoomY[i] ?? 1) - 1), 0) / DRAWS;
    expect(Math.abs(covariance / (0.2 ** 2 / 3))).toBeLessThan(0.05);
  });
  it('draws shear in ±0.2 degrees and never flips', () => {
    expectUniform(sampled.map((p) => p.shearDegrees), 0, 0.2);
    expect(sampled.some((p) => p.flip)).toBe(false);
  });
});

describe('sampleParams switches', () => {
  it('flips half of the images when horizontalFlip is on', () => {
    const flipped = draws({ ...NO_AUGMENTATION, horizontalFlip: true }).filter((p) => p.flip).length;
    expect(Math.abs(flipped / DRAWS - 0.5)).toBeLessThan(0.02);
  });

  it('gives identity transforms for NO_AUGMENTATION', () => {
    const rows = transformRows(sampleBatchParams(NO_AUGMENTATION, 5, 28, 28, 1, 0), 28, 28);
    for (let image = 0; image < 5; image += 1) {
      expect(Array.from(rows.subarray(image * 8, image * 8 + 8))).toEqual([1, 0, 0, 0, 1, 0, 0, 0]);
    }
  });
});

describe('determinism', () => {
  it('repeats the parameters for the same seed and step, and changes them with either', () => {
    const a = sampleBatchParams(COURSEWORK_AUGMENTATION, 16, 28, 28, 7, 3);
    expect(sampleBatchParams(COURSEWORK_AUGMENTATION, 16, 28, 28, 7, 3)).toEqual(a);
    expect(sampleBatchParams(COURSEWORK_AUGMENTATION, 16, 28, 28, 7, 4)).not.toEqual(a);
    expect(sampleBatchParams(COURSEWORK_AUGMENTATION, 16, 28, 28, 8, 3)).not.toEqual(a);
  });

  it('gives every step of a run its own seed, unlike seed + step', () => {
    const seeds = new Set(Array.from({ length: DRAWS }, (_, step) => augmentationSeed(3, step)));
    expect(seeds.size).toBe(DRAWS);
    expect(augmentationSeed(3, 1)).not.toBe(augmentationSeed(4, 0));
  });

  it('lays the batch out as one tf.image.transform row per image, in float32', () => {
    const params = sampleBatchParams(COURSEWORK_AUGMENTATION, 3, 28, 28, 7, 3);
    const rows = transformRows(params, 28, 28);
    expect(rows).toHaveLength(3 * TRANSFORM_WIDTH);
    params.forEach((p, image) => {
      const expected = Float32Array.from(projectiveRow(affineFor(p, 28, 28)));
      expect(rows.subarray(image * TRANSFORM_WIDTH, (image + 1) * TRANSFORM_WIDTH)).toEqual(expected);
    });
  });
});
