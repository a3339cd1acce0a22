import { describe, expect, it } from 'vitest';
import { createRandom } from '../util/random';
import { randomAssignment, sampleDomain } from './random';

describe('random search', () => {
  const space = {
    activation: { kind: 'choices', values: ['relu', 'tanh'] },
    dropout: { kind: 'uniform', min: 0, max: 0.5, q: 0.05 },
    denseUnits: { kind: 'intUniform', min: 10, max: 20 },
    learningRate: { kind: 'logUniform', min: 1e-4, max: 1e-1 },
  } as const;

  it('is reproducible per (seed, index) and varies with both', () => {
    expect(randomAssignment(space, 7, 3)).toEqual(randomAssignment(space, 7, 3));
    expect(randomAssignment(space, 7, 3)).not.toEqual(randomAssignment(space, 7, 4));
    expect(randomAssignment(space, 7, 3)).not.toEqual(randomAssignment(space, 8, 3));
  });

  it('stays inside each domain', () => {
    for (let index = 0; index < 200; index += 1) {
      const { dropout = -1, denseUnits = -1, learningRate = -1 } = randomAssignment(space, 1, index);
      expect(Math.round(dropout / 0.05) * 0.05).toBeCloseTo(dropout, 12);
      expect(dropout).toBeGreaterThanOrEqual(0);
      expect(dropout).toBeLessThanOrEqual(0.5);
      expect(Number.isInteger(denseUnits) && denseUnits >= 10 && denseUnits <= 20).toBe(true);
      expect(learningRate).toBeGreaterThanOrEqual(1e-4);
      expect(learningRate).toBeLessThanOrEqual(1e-1);
    }
  });

  it('draws log ranges evenly per decade', () => {
    const random = createRandom(3);
    const draws = Array.from({ length: 3000 }, () => sampleDomain({ kind: 'logUniform', min: 1e-4, max: 1e-1 }, random) as number);
    const lowestDecade = draws.filter((value) => value < 1e-3).length / draws.length;
    expect(lowestDecade).toBeGreaterThan(0.28);
    expect(lowestDecade).toBeLessThan(0.39);
  });
});
