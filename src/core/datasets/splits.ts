import type { DatasetId } from './catalog';
import { shuffledRange } from '../util/random';

/**
 * How the official training set is divided. The official test set is always kept
 * apart, whole. A validation fraction of 0 means no validation split.
 */
export interface SplitSpec {
  /** Share of the official training set held out for validation, in [0, 0.9]. */
  readonly validationFraction: number;
  /** Use only this many training examples (after the split); undefined = all. */
  readonly trainLimit?: number | undefined;
}

/** A named split protocol, as offered in the UI. */
export interface SplitProtocol {
  readonly id: string;
  readonly label: string;
  readonly spec: SplitSpec;
}

/** Protocols per dataset; the first one is the default. */
export const SPLIT_PROTOCOLS: Readonly<Record<DatasetId, readonly SplitProtocol[]>> = {
  mnist: [
    { id: 'lenet', label: '60k train / 10k test (LeNet protocol)', spec: { validationFraction: 0 } },
    { id: 'gmnet', label: '45k train / 15k validation / 10k test (GMNet protocol)', spec: { validationFraction: 0.25 } },
  ],
  cifar10: [
    { id: 'official', label: '50k train / 10k test', spec: { validationFraction: 0 } },
    { id: 'holdout', label: '45k train / 5k validation / 10k test', spec: { validationFraction: 0.1 } },
  ],
};

/** Looks up a protocol by id, falling back to the dataset's default. */
export function findProtocol(dataset: DatasetId, id: string): SplitProtocol {
  const protocols = SPLIT_PROTOCOLS[dataset];
  const found = protocols.find((protocol) => protocol.id === id) ?? protocols[0];
  if (!found) throw new Error(`No split protocols for ${dataset}`);
  return found;
}

/** Indices into the official training set; test indices are simply 0 … testCount-1. */
export interface TrainSplit {
  readonly train: Uint32Array;
  readonly validation: Uint32Array;
}

/** Why a split spec cannot be used, or undefined when it can. */
export function splitSpecProblem(trainCount: number, spec: SplitSpec): string | undefined {
  const { validationFraction, trainLimit } = spec;
  if (!Number.isFinite(validationFraction) || validationFraction < 0 || validationFraction > 0.9) {
    return `Validation fraction ${validationFraction} is outside 0–0.9.`;
  }
  const available = trainCount - Math.round(trainCount * validationFraction);
  if (trainLimit !== undefined && (!Number.isInteger(trainLimit) || trainLimit < 1 || trainLimit > available)) {
    return `Training examples must be a whole number from 1 to ${available}; got ${trainLimit}.`;
  }
  return undefined;
}

/**
 * Divides 0 … trainCount-1 into train and validation indices with one seeded shuffle:
 * the first validationFraction of the shuffled order is validation, the rest train
 * (cut to trainLimit if given). Same inputs, same split.
 */
export function makeTrainSplit(trainCount: number, spec: SplitSpec, seed: number): TrainSplit {
  const problem = splitSpecProblem(trainCount, spec);
  if (problem) throw new RangeError(problem);
  const order = shuffledRange(trainCount, seed);
  const validationCount = Math.round(trainCount * spec.validationFraction);
  const trainEnd = spec.trainLimit === undefined ? trainCount : validationCount + spec.trainLimit;
  return {
    validation: order.slice(0, validationCount),
    train: order.slice(validationCount, trainEnd),
  };
}

/** Examples per class among the given indices (all examples when indices is undefined). */
export function classCounts(labels: Uint8Array, classTotal: number, indices?: Uint32Array): number[] {
  const counts = new Array<number>(classTotal).fill(0);
  const add = (label: number): void => {
    counts[label] = (counts[label] ?? 0) + 1;
  };
  if (indices) indices.forEach((index) => add(labels[index] ?? 0));
  else labels.forEach(add);
  return counts;
}
