import { describe, expect, it } from 'vitest';
import { lenet5 } from '../model/presets';
import { defaultOptimizer, trainingSettingsProblems, type TrainingSettings } from '../training/settings';
import { augmentationProblems, COURSEWORK_AUGMENTATION, isNoAugmentation, NO_AUGMENTATION, type AugmentationSettings } from './settings';

const problems = (overrides: Partial<Record<keyof AugmentationSettings, unknown>>): string[] =>
  augmentationProblems({ ...COURSEWORK_AUGMENTATION, ...overrides } as AugmentationSettings);

describe('augmentationProblems', () => {
  it('accepts the presets and a flip with every fill mode', () => {
    expect(augmentationProblems(COURSEWORK_AUGMENTATION)).toEqual([]);
    expect(augmentationProblems(NO_AUGMENTATION)).toEqual([]);
    for (const fillMode of ['nearest', 'constant', 'reflect', 'wrap'] as const) {
      expect(problems({ horizontalFlip: true, fillMode })).toEqual([]);
    }
    expect(problems({ fillMode: undefined })).toEqual([]);
  });

  it('says what is wrong and what is allowed', () => {
    expect(problems({ rotationDegrees: 400 })).toEqual(['Rotation must be from 0 to 180 degrees; got 400.']);
    expect(problems({ widthShift: -0.1 })).toEqual(['Width shift must be from 0 to 1 (a fraction of the width); got -0.1.']);
    expect(problems({ heightShift: Number.NaN })).toEqual(['Height shift must be from 0 to 1 (a fraction of the height); got NaN.']);
    expect(problems({ zoom: 1 })).toEqual(['Zoom must be from 0 to 0.9 (factors from 1 − zoom to 1 + zoom); got 1.']);
    expect(problems({ shearDegrees: 90 })).toEqual(['Shear must be from 0 to 80 degrees; got 90.']);
    expect(problems({ horizontalFlip: 'yes' })).toEqual(['Horizontal flip must be true or false; got yes.']);
    expect(problems({ fillMode: 'mirror' })).toEqual(['Fill mode must be one of nearest, constant, reflect, wrap; got "mirror".']);
  });

  it('reports every problem at once', () => {
    expect(problems({ rotationDegrees: -1, zoom: 2 })).toHaveLength(2);
  });
});

describe('isNoAugmentation', () => {
  it('is true only when nothing would change', () => {
    expect(isNoAugmentation(NO_AUGMENTATION)).toBe(true);
    expect(isNoAugmentation({ ...NO_AUGMENTATION, fillMode: 'wrap' })).toBe(true);
    expect(isNoAugmentation(COURSEWORK_AUGMENTATION)).toBe(false);
    expect(isNoAugmentation({ ...NO_AUGMENTATION, horizontalFlip: true })).toBe(false);
  });
});

describe('trainingSettingsProblems', () => {
  const run: TrainingSettings = {
    dataset: 'mnist', network: lenet5(), optimizer: defaultOptimizer('adam'), learningRate: 0.001,
    batchSize: 32, epochs: 20, protocolId: 'lenet', seed: 1,
  };

  it('checks the augmentation when there is one', () => {
    expect(trainingSettingsProblems(run)).toEqual([]);
    expect(trainingSettingsProblems({ ...run, augmentation: COURSEWORK_AUGMENTATION })).toEqual([]);
    expect(trainingSettingsProblems({ ...run, augmentation: { ...COURSEWORK_AUGMENTATION, rotationDegrees: 400 } })).toEqual([
      'Rotation must be from 0 to 180 degrees; got 400.',
    ]);
  });
});
