import { augmentationProblems, type AugmentationSettings } from '../augment/settings';
import { DATASETS, type DatasetId } from '../datasets/catalog';
import { findProtocol, splitSpecProblem } from '../datasets/splits';
import { summarizeNetwork, SpecError } from '../model/shapes';
import type { NetworkSpec } from '../model/spec';

export { COURSEWORK_AUGMENTATION, NO_AUGMENTATION, type AugmentationSettings } from '../augment/settings';

/**
 * Optimizers as Keras names them. RMSprop's `decay` is Keras's time-based
 * learning-rate decay per step: lr_t = lr / (1 + decay · t), which the CIFAR
 * coursework used (1e-6); `rho` is the moving-average factor TF.js calls "decay".
 */
export type OptimizerSettings =
  | { readonly kind: 'sgd'; readonly momentum: number }
  | { readonly kind: 'adam' }
  | { readonly kind: 'rmsprop'; readonly rho: number; readonly epsilon: number; readonly decay: number };

/** Optimizer kinds, for menus and the command line. */
export const OPTIMIZER_KINDS: readonly OptimizerSettings['kind'][] = ['adam', 'sgd', 'rmsprop'];

/** Defaults per kind: Keras's (RMSprop with the coursework's decay 1e-6). */
export function defaultOptimizer(kind: OptimizerSettings['kind']): OptimizerSettings {
  switch (kind) {
    case 'sgd':
      return { kind, momentum: 0 };
    case 'adam':
      return { kind };
    case 'rmsprop':
      return { kind, rho: 0.9, epsilon: 1e-7, decay: 1e-6 };
  }
}

/** Everything that defines a training run; with the same backend, the same settings give the same curve. */
export interface TrainingSettings {
  readonly dataset: DatasetId;
  readonly network: NetworkSpec;
  readonly optimizer: OptimizerSettings;
  /** Initial learning rate (before any decay). */
  readonly learningRate: number;
  readonly batchSize: number;
  readonly epochs: number;
  /** Split protocol id (see SPLIT_PROTOCOLS): decides the validation set. */
  readonly protocolId: string;
  /** Use only this many training examples; undefined = the whole training split. */
  readonly trainLimit?: number | undefined;
  /** Seeds the split, the shuffles, the initial weights, dropout and augmentation. */
  readonly seed: number;
  /** Random distortions of the training batches (never validation or test); undefined = none. */
  readonly augmentation?: AugmentationSettings | undefined;
}

/** Largest batch the playground accepts: beyond it, memory rather than learning is the limit. */
export const MAX_BATCH_SIZE = 4096;

const within = (value: number, low: number, high: number): boolean => Number.isFinite(value) && value >= low && value <= high;

function optimizerProblems(optimizer: OptimizerSettings): string[] {
  switch (optimizer.kind) {
    case 'sgd':
      return within(optimizer.momentum, 0, 0.999) ? [] : [`SGD momentum must be from 0 to 0.999; got ${optimizer.momentum}.`];
    case 'adam':
      return [];
    case 'rmsprop': {
      const problems: string[] = [];
      if (!within(optimizer.rho, 0, 0.9999)) problems.push(`RMSprop rho must be from 0 to 0.9999; got ${optimizer.rho}.`);
      if (!within(optimizer.epsilon, 0, 1)) problems.push(`RMSprop epsilon must be from 0 to 1; got ${optimizer.epsilon}.`);
      if (!within(optimizer.decay, 0, 1)) problems.push(`Learning-rate decay must be from 0 to 1 per step; got ${optimizer.decay}.`);
      return problems;
    }
  }
}

/**
 * Every reason the settings cannot train, each saying what is wrong and what is
 * allowed; an empty list means they can.
 */
export function trainingSettingsProblems(settings: TrainingSettings): string[] {
  const info = DATASETS[settings.dataset];
  const problems: string[] = [];
  if (!within(settings.learningRate, 1e-8, 10)) problems.push(`Learning rate must be above 0 and at most 10; got ${settings.learningRate}.`);
  if (!Number.isInteger(settings.epochs) || !within(settings.epochs, 1, 1000)) problems.push(`Epochs must be a whole number from 1 to 1000; got ${settings.epochs}.`);
  if (!Number.isInteger(settings.seed) || !within(settings.seed, 0, 2 ** 32 - 1)) problems.push(`Seed must be a whole number from 0 to 4294967295; got ${settings.seed}.`);
  const split = findProtocol(settings.dataset, settings.protocolId).spec;
  const splitProblem = splitSpecProblem(info.splitCounts.train, { ...split, trainLimit: settings.trainLimit });
  if (splitProblem) problems.push(splitProblem);
  const trainCount = settings.trainLimit ?? info.splitCounts.train - Math.round(info.splitCounts.train * split.validationFraction);
  const largestBatch = Math.min(MAX_BATCH_SIZE, trainCount);
  if (!Number.isInteger(settings.batchSize) || !within(settings.batchSize, 1, largestBatch)) {
    const limit = largestBatch < MAX_BATCH_SIZE ? ` (there are ${trainCount} training examples)` : '';
    problems.push(`Batch size must be a whole number from 1 to ${largestBatch}${limit}; got ${settings.batchSize}.`);
  }
  problems.push(...optimizerProblems(settings.optimizer));
  if (settings.augmentation) problems.push(...augmentationProblems(settings.augmentation));
  if (JSON.stringify(settings.network.inputShape) !== JSON.stringify(info.imageShape)) {
    problems.push(`The network takes ${settings.network.inputShape.join('×')} inputs but ${info.label} images are ${info.imageShape.join('×')}.`);
  }
  try {
    summarizeNetwork(settings.network, info.classNames.length);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    problems.push(error.message);
  }
  return problems;
}
