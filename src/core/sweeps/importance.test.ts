import { describe, expect, it } from 'vitest';
import type { FinishedRun } from './history';
import { correlationRatio, parameterImportance, pearson } from './importance';
import type { SweepSpace } from './space';

describe('importance measures', () => {
  it('compute Pearson’s r and η²', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeUndefined();
    expect(correlationRatio([0, 0, 1, 1], [1, 1, 3, 3])).toBeCloseTo(1, 12);
    expect(correlationRatio([0, 1, 0, 1], [1, 1, 3, 3])).toBeCloseTo(0, 12);
  });
});

describe('parameterImportance on the coursework’s six GMNet runs', () => {
  const space: SweepSpace = {
    activation: { kind: 'choices', values: ['relu', 'tanh'] },
    dropout: { kind: 'choices', values: [0.2, 0.3, 0.4, 0.5] },
    denseUnits: { kind: 'choices', values: [120, 180, 240, 300] },
    learningRate: { kind: 'choices', values: [0.1, 0.01, 0.001] },
  };
  const run = (activation: 'relu' | 'tanh', dropout: number, denseUnits: number, learningRate: number, value: number): FinishedRun => ({
    assignment: { activation, dropout, denseUnits, learningRate }, value, diverged: learningRate === 0.1,
  });
  const runs = [
    run('tanh', 0.4, 120, 0.01, 0.7637), run('tanh', 0.2, 300, 0.1, 0.1011), run('tanh', 0.5, 180, 0.1, 0.1),
    run('relu', 0.2, 180, 0.001, 0.9912), run('relu', 0.3, 300, 0.1, 0.1036), run('relu', 0.2, 120, 0.01, 0.9699),
  ];
  const result = parameterImportance(space, { goal: 'maximize', runs });

  it('puts the learning rate first, lower being better', () => {
    expect(result[0]?.name).toBe('learningRate');
    expect(result[0]?.importance).toBeGreaterThan(0.9);
    // Numeric choices enter by rank: 0.001 is rank 0, 0.1 rank 1, so r is negative.
    expect(result[0]?.correlation).toBeLessThan(-0.8);
  });

  it('names the strongest activation and counts runs and groups', () => {
    const activation = result.find((entry) => entry.name === 'activation');
    expect(activation?.strongestChoice).toBe('relu');
    expect(activation?.runs).toBe(6);
    expect(activation?.groups).toBe(2);
    expect(Math.abs(activation?.correlation ?? 0)).toBeLessThan(0.5);
  });
});
