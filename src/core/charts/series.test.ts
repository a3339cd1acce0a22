import { describe, expect, it } from 'vitest';
import { batchRows, downsample, epochRows, smoothEma } from './series';

describe('curve preparation', () => {
  it('smooths with a bias-corrected moving average', () => {
    expect(smoothEma([1, 2, 3], 0)).toEqual([1, 2, 3]);
    smoothEma([2, 2, 2, 2], 0.9).forEach((value) => expect(value).toBeCloseTo(2, 12));
    const step = smoothEma([0, 10], 0.5);
    expect(step[0]).toBe(0);
    expect(step[1]).toBeCloseTo(5 / 0.75, 12);
  });

  it('never returns more points than asked, keeping the mean of each bucket', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ x: i, y: i % 2, series: 's' }));
    const reduced = downsample(rows, 300);
    expect(reduced).toHaveLength(300);
    reduced.forEach((row) => expect(row.y).toBeCloseTo(0.5, 1));
    expect(downsample(rows.slice(0, 10), 300)).toHaveLength(10);
  });

  it('puts batches on an epoch axis and leaves out non-finite values before smoothing', () => {
    expect(batchRows('b', [0, 1, 2, 3], [4, 3, 2, 1], 2, 0, 100).map((row) => row.x)).toEqual([0.5, 1, 1.5, 2]);
    expect(batchRows('b', [0, 1], [Number.NaN, 1], 2, 0, 10)).toEqual([{ x: 1, y: 1, series: 'b' }]);
  });

  it('puts epochs at their end', () => {
    expect(epochRows('e', [0.5, Number.NaN, 0.2])).toEqual([{ x: 1, y: 0.5, series: 'e' }, { x: 3, y: 0.2, series: 'e' }]);
  });
});
