import { describe, expect, it } from 'vitest';
import { curveGrid, smoothEma, stepsPerPoint } from './series';

describe('curve preparation', () => {
  it('smooths with a bias-corrected moving average', () => {
    expect(smoothEma([1, 2, 3], 0)).toEqual([1, 2, 3]);
    const smoothed = smoothEma([2, 2, 2, 2], 0.9);
    smoothed.forEach((value) => expect(value).toBeCloseTo(2, 12));
    const step = smoothEma([0, 10], 0.5);
    expect(step[0]).toBe(0);
    expect(step[1]).toBeCloseTo((0.5 * 0 * 0.5 + 0.5 * 10) / (1 - 0.25), 12);
  });

});

describe('curves on one grid (tfjs-vis plots series by index)', () => {
  it('chooses 1-2-5 steps per point within the budget', () => {
    expect([10, 300, 301, 601, 1500, 1501, 100_000].map((steps) => stepsPerPoint(steps, 300))).toEqual([1, 1, 2, 5, 5, 10, 500]);
  });

  it('gives every series the grid length, epochs at their last step, joined between them', () => {
    const steps = Array.from({ length: 10 }, (_, i) => i);
    const grid = curveGrid({
      steps, perBatch: steps.map((step) => 10 - step), batchesPerEpoch: 4, smoothing: 0, maxPoints: 5,
      perEpoch: [['train (epoch)', [8, 4]], ['validation', [9, Number.NaN]], ['never', []]], perBatchName: 'train (batch)',
    });
    expect(grid.stepsPerPoint).toBe(2);
    expect(grid.series).toEqual(['train (batch)', 'train (epoch)', 'validation']);
    grid.values.forEach((series) => expect(series).toHaveLength(5));
    expect(grid.values[0]?.map((point) => point.y)).toEqual([9.5, 7.5, 5.5, 3.5, 1.5]);
    expect(grid.values[1]?.map((point) => point.y)).toEqual([Number.NaN, 8, 6, 4, Number.NaN]);
    expect(grid.values[2]?.map((point) => point.y)).toEqual([Number.NaN, 9, Number.NaN, Number.NaN, Number.NaN]);
  });
});
