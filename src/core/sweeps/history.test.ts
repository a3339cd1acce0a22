import { describe, expect, it } from 'vitest';
import { bestRunIndex, scores } from './history';

describe('sweep history', () => {
  const runs = [
    { assignment: { learningRate: 0.01 }, value: 0.97, diverged: false },
    { assignment: { learningRate: 0.1 }, value: 0.1, diverged: true },
    { assignment: { learningRate: 0.001 }, value: 0.99, diverged: false },
    { assignment: { learningRate: 1 }, value: Number.NaN, diverged: false },
  ];

  it('gives diverged runs and runs without a value the worst score', () => {
    expect(scores({ goal: 'maximize', runs })).toEqual([0.97, 0.1, 0.99, 0.1]);
    expect(scores({ goal: 'minimize', runs })).toEqual([-0.97, -0.99, -0.99, -0.99]);
    expect(bestRunIndex({ goal: 'maximize', runs })).toBe(2);
    expect(bestRunIndex({ goal: 'maximize', runs: [] })).toBeUndefined();
  });
});
