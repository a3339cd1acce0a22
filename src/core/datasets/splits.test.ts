import { describe, expect, it } from 'vitest';
import { classCounts, findProtocol, makeTrainSplit, SPLIT_PROTOCOLS, splitSpecProblem, type TrainSplit } from './splits';

/** Checks that train and validation are disjoint, and together exactly 0 … n-1 when uncut. */
function expectPartition(split: TrainSplit, trainCount: number, cut: boolean): void {
  const all = [...split.validation, ...split.train];
  expect(new Set(all).size).toBe(all.length);
  expect(all.every((index) => Number.isInteger(index) && index >= 0 && index < trainCount)).toBe(true);
  if (!cut) expect(all.length).toBe(trainCount);
}

describe('makeTrainSplit', () => {
  it.each([
    [60_000, 0.25, 45_000, 15_000],
    [50_000, 0.1, 45_000, 5_000],
    [60_000, 0, 60_000, 0],
    [50_000, 0, 50_000, 0],
  ])('divides %i examples with fraction %f into %i train / %i validation, disjoint and covering', (count, fraction, train, validation) => {
    const split = makeTrainSplit(count, { validationFraction: fraction }, 7);
    expect([split.train.length, split.validation.length]).toEqual([train, validation]);
    expectPartition(split, count, false);
  });

  it('cuts the training part to trainLimit, keeping the whole validation part', () => {
    const full = makeTrainSplit(60_000, { validationFraction: 0.25 }, 3);
    const limited = makeTrainSplit(60_000, { validationFraction: 0.25, trainLimit: 1000 }, 3);
    expect([limited.train.length, limited.validation.length]).toEqual([1000, 15_000]);
    expect(limited.validation).toEqual(full.validation);
    expect(limited.train).toEqual(full.train.slice(0, 1000));
    expectPartition(limited, 60_000, true);
    expect(makeTrainSplit(50_000, { validationFraction: 0.1, trainLimit: 45_000 }, 3).train.length).toBe(45_000);
  });

  it('gives the same split for the same seed and a different one for another seed', () => {
    const spec = { validationFraction: 0.1 };
    expect(makeTrainSplit(50_000, spec, 42)).toEqual(makeTrainSplit(50_000, spec, 42));
    const other = makeTrainSplit(50_000, spec, 43);
    expect(other.validation).not.toEqual(makeTrainSplit(50_000, spec, 42).validation);
  });

  it.each([
    [{ validationFraction: -0.1 }, 'Validation fraction -0.1 is outside 0–0.9.'],
    [{ validationFraction: 0.95 }, 'Validation fraction 0.95 is outside 0–0.9.'],
    [{ validationFraction: Number.NaN }, 'Validation fraction NaN is outside 0–0.9.'],
    [{ validationFraction: 0.25, trainLimit: 45_001 }, 'Training examples must be a whole number from 1 to 45000; got 45001.'],
    [{ validationFraction: 0.25, trainLimit: 0 }, 'Training examples must be a whole number from 1 to 45000; got 0.'],
    [{ validationFraction: 0.25, trainLimit: 10.5 }, 'Training examples must be a whole number from 1 to 45000; got 10.5.'],
  ])('refuses %j with a RangeError', (spec, message) => {
    expect(splitSpecProblem(60_000, spec)).toBe(message);
    expect(() => makeTrainSplit(60_000, spec, 1)).toThrow(RangeError);
    expect(() => makeTrainSplit(60_000, spec, 1)).toThrow(message);
  });

  it('accepts the boundaries', () => {
    expect(splitSpecProblem(60_000, { validationFraction: 0.9 })).toBeUndefined();
    expect(splitSpecProblem(60_000, { validationFraction: 0, trainLimit: 60_000 })).toBeUndefined();
    expect(splitSpecProblem(60_000, { validationFraction: 0.25, trainLimit: 1 })).toBeUndefined();
  });
});

describe('protocols and class counts', () => {
  it('finds a protocol by id and falls back to the default', () => {
    expect(findProtocol('mnist', 'gmnet').spec.validationFraction).toBe(0.25);
    expect(findProtocol('cifar10', 'holdout').spec.validationFraction).toBe(0.1);
    expect(findProtocol('mnist', 'unknown')).toBe(SPLIT_PROTOCOLS.mnist[0]);
  });

  it('counts classes over all labels or over given indices', () => {
    const labels = Uint8Array.from([0, 1, 1, 2, 2, 2]);
    expect(classCounts(labels, 3)).toEqual([1, 2, 3]);
    expect(classCounts(labels, 4, Uint32Array.from([0, 3, 4]))).toEqual([1, 0, 2, 0]);
  });
});
