import type { DatasetId } from '../datasets/catalog';
import type { PresetId } from '../model/presets';
import { defaultOptimizer, type OptimizerSettings } from './settings';

/** The training settings an architecture starts with in the playground. */
export interface PresetTraining {
  readonly dataset: DatasetId;
  readonly optimizer: OptimizerSettings;
  readonly learningRate: number;
  readonly batchSize: number;
  readonly epochs: number;
  readonly protocolId: string;
}

/**
 * Sane starting points, shorter than the coursework's 20 (MNIST) or 150 (CIFAR-10)
 * epochs so a run fits in a lesson; the coursework's own settings are in SEEDS.md.
 * LeNet-5 and IvanNet use Adam 0.001 rather than the coursework's 0.01, which was too
 * high for tanh and made their curves noisy.
 */
export const PRESET_TRAINING: Readonly<Record<PresetId, PresetTraining>> = {
  lenet5: { dataset: 'mnist', optimizer: defaultOptimizer('adam'), learningRate: 0.001, batchSize: 64, epochs: 5, protocolId: 'lenet' },
  ivannet: { dataset: 'mnist', optimizer: defaultOptimizer('adam'), learningRate: 0.001, batchSize: 64, epochs: 5, protocolId: 'lenet' },
  gmnet: { dataset: 'mnist', optimizer: defaultOptimizer('adam'), learningRate: 0.001, batchSize: 32, epochs: 10, protocolId: 'gmnet' },
  'cifar-g3': { dataset: 'cifar10', optimizer: defaultOptimizer('rmsprop'), learningRate: 1e-4, batchSize: 32, epochs: 10, protocolId: 'official' },
};

/** Display names of the presets, as the UI lists them. */
export const PRESET_LABELS: Readonly<Record<PresetId, string>> = {
  lenet5: 'LeNet-5',
  ivannet: 'IvanNet',
  gmnet: 'GMNet',
  'cifar-g3': 'CIFAR-10 CNN (3 conv + 3×128)',
};
