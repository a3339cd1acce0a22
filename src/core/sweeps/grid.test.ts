import { describe, expect, it } from 'vitest';
import { gridAssignment, gridProblems, gridSize, gridValues } from './grid';

describe('grid search', () => {
  const space = {
    activation: { kind: 'choices', values: ['relu', 'tanh'] },
    learningRate: { kind: 'logUniform', min: 0.001, max: 0.1, steps: 3 },
  } as const;

  it('walks every combination, the first parameter slowest, then stops', () => {
    expect(gridSize(space)).toBe(6);
    const all = Array.from({ length: 7 }, (_, index) => gridAssignment(space, index));
    expect(all).toEqual([
      { activation: 'relu', learningRate: 0.001 }, { activation: 'relu', learningRate: 0.01 }, { activation: 'relu', learningRate: 0.1 },
      { activation: 'tanh', learningRate: 0.001 }, { activation: 'tanh', learningRate: 0.01 }, { activation: 'tanh', learningRate: 0.1 },
      undefined,
    ]);
  });

  it('spaces range points evenly', () => {
    expect(gridValues({ kind: 'uniform', min: 0.2, max: 0.5, steps: 4 })).toEqual([0.2, 0.3, 0.4, 0.5]);
    expect(gridValues({ kind: 'intUniform', min: 1, max: 3, steps: 5 })).toEqual([1, 2, 3]);
  });

  it('refuses ranges without steps', () => {
    const open = { dropout: { kind: 'uniform', min: 0, max: 0.5 } } as const;
    expect(gridProblems(open)).toEqual(['Grid search needs a number of steps for the dropout range, or a list of choices.']);
    expect(() => gridSize(open)).toThrow(RangeError);
  });
});
