import { describe, expect, it } from 'vitest';
import { hyperbandPlan, hyperbandProblems, shouldStop } from './hyperband';

describe('hyperband rungs', () => {
  it('start at the first rung and grow by eta, before the last epoch', () => {
    expect(hyperbandPlan({ minEpochs: 1, eta: 3, maxEpochs: 20 }).rungs).toEqual([1, 3, 9]);
    expect(hyperbandPlan({ minEpochs: 2, eta: 2, maxEpochs: 16 }).rungs).toEqual([2, 4, 8]);
    expect(hyperbandPlan({ minEpochs: 3, eta: 3, maxEpochs: 4 }).rungs).toEqual([3]);
  });

  it('refuse settings that never judge a run', () => {
    expect(hyperbandProblems({ minEpochs: 5, eta: 3, maxEpochs: 5 })).toHaveLength(1);
    expect(hyperbandProblems({ minEpochs: 0, eta: 1, maxEpochs: 5 })).toHaveLength(2);
  });
});

describe('shouldStop', () => {
  // The five runs of the example in W&B's hyperband_stop_runs (loss, minimised, eta 2),
  // with their rungs 1 and 2 (0-based history) read as epochs 2 and 3.
  const plan = { rungs: [2, 3], eta: 2 };
  const a = [10, 9];
  const b = [10, 10];
  const c = [10, 8, 8];
  const d = [10, 7, 7];
  const e = [10, 6, 6];

  it('stops what W&B stops', () => {
    expect(shouldStop(plan, 'minimize', [a, c.slice(0, 2), d, e], b)).toMatchObject({ stop: true, rungEpoch: 2, threshold: 8 });
    expect(shouldStop(plan, 'minimize', [a, b, d, e], c.slice(0, 2)).stop).toBe(false);
    expect(shouldStop(plan, 'minimize', [a, b, d, e], c)).toMatchObject({ stop: true, rungEpoch: 3, threshold: 7 });
    expect(shouldStop(plan, 'minimize', [a, b, c, e], d).stop).toBe(false);
  });

  it('judges only at rungs, and never a run alone', () => {
    expect(shouldStop(plan, 'minimize', [e], [10])).toMatchObject({ stop: false, rungEpoch: undefined });
    expect(shouldStop(plan, 'minimize', [], [10, 50]).stop).toBe(false);
  });

  it('maximises, and stops a run whose value is not a number', () => {
    const others = [[0.9, 0.95], [0.8, 0.9], [0.5, 0.6]];
    const poor = shouldStop({ rungs: [2], eta: 3 }, 'maximize', others, [0.6, 0.7]);
    expect(poor).toMatchObject({ stop: true, threshold: 0.9 });
    expect(poor.reason).toContain('below 0.9');
    expect(shouldStop({ rungs: [2], eta: 3 }, 'maximize', others, [0.9, 0.96]).stop).toBe(false);
    expect(shouldStop({ rungs: [1], eta: 3 }, 'maximize', [], [Number.NaN]).stop).toBe(true);
  });
});
