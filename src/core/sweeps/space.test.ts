import { describe, expect, it } from 'vitest';
import { assignmentProblems, spaceEntries, spaceProblems, type SweepSpace } from './space';

describe('spaceProblems', () => {
  it('accepts a sound space', () => {
    const space: SweepSpace = {
      activation: { kind: 'choices', values: ['relu', 'tanh'] },
      dropout: { kind: 'uniform', min: 0, max: 0.5, q: 0.1 },
      denseUnits: { kind: 'intUniform', min: 16, max: 256 },
      learningRate: { kind: 'logUniform', min: 1e-4, max: 1e-1 },
      batchSize: { kind: 'choices', values: [32, 64] },
      optimizer: { kind: 'choices', values: ['adam', 'sgd'] },
      augmentation: { kind: 'uniform', min: 0, max: 1 },
    };
    expect(spaceProblems(space)).toEqual([]);
  });

  it('names each problem', () => {
    const problems = spaceProblems({
      activation: { kind: 'choices', values: [] },
      dropout: { kind: 'uniform', min: 0.5, max: 0.5 },
      learningRate: { kind: 'logUniform', min: 0, max: 0.1 },
      denseUnits: { kind: 'intUniform', min: 1.5, max: 8, steps: 1 },
      batchSize: { kind: 'choices', values: [32, 32] },
    });
    expect(problems).toEqual([
      'The activation choices are empty: give at least one value.',
      'The dropout range must have min below max; got 0.5 to 0.5.',
      'The dense width range must have whole-number bounds; got 1.5 to 8.',
      'The dense width grid steps must be a whole number of at least 2; got 1.',
      'dense width 1.5 is not allowed: a width must be a whole number from 1 to 4096.',
      'The learning rate log range must stay above 0; got min 0.',
      'learning rate 0 is not allowed: a learning rate must be above 0 and at most 10.',
      'The batch size choices repeat a value.',
    ]);
  });

  it('refuses an empty space and out-of-domain values', () => {
    expect(spaceProblems({})).toEqual(['The sweep varies nothing: add at least one parameter.']);
    expect(spaceProblems({ dropout: { kind: 'choices', values: [1] }, augmentation: { kind: 'uniform', min: 0, max: 2 } })).toHaveLength(2);
    expect(assignmentProblems({ learningRate: 20, activation: 'relu' })).toHaveLength(1);
  });

  it('lists parameters in a fixed order', () => {
    const entries = spaceEntries({ learningRate: { kind: 'choices', values: [0.1] }, activation: { kind: 'choices', values: ['relu'] } });
    expect(entries.map((entry) => entry.name)).toEqual(['activation', 'learningRate']);
  });
});
