import type { DatasetId } from '../../src/core/datasets/catalog';
import type { PresetId } from '../../src/core/model/presets';
import type { OptimizerSettings } from '../../src/core/training/settings';

/** Every preset network the command line offers. */
export const PRESET_IDS: readonly PresetId[] = ['lenet5', 'ivannet', 'gmnet', 'cifar-g3'];

/** What the coursework used for a network, taken when the user gives no value. */
export interface ModelDefaults {
  readonly dataset: DatasetId;
  readonly optimizer: OptimizerSettings['kind'];
  readonly learningRate: number;
  readonly batchSize: number;
  readonly epochs: number;
  /** Split protocol on the model's own dataset; the dataset's first when absent. */
  readonly protocolId?: string;
}

/**
 * The coursework's settings per preset (see SEEDS.md): LeNet-5 and IvanNet Adam
 * 0.01, GMNet Adam 0.001 on the 45k/15k split, batch 32 and 20 epochs on MNIST;
 * the CIFAR network RMSprop 1e-4 (decay 1e-6 per step), batch 32, 150 epochs.
 */
export const MODEL_DEFAULTS: Readonly<Record<PresetId, ModelDefaults>> = {
  lenet5: { dataset: 'mnist', optimizer: 'adam', learningRate: 0.01, batchSize: 32, epochs: 20 },
  ivannet: { dataset: 'mnist', optimizer: 'adam', learningRate: 0.01, batchSize: 32, epochs: 20 },
  gmnet: { dataset: 'mnist', optimizer: 'adam', learningRate: 0.001, batchSize: 32, epochs: 20, protocolId: 'gmnet' },
  'cifar-g3': { dataset: 'cifar10', optimizer: 'rmsprop', learningRate: 1e-4, batchSize: 32, epochs: 150 },
};

/** The network trained on a dataset when only --dataset is given. */
export const DATASET_DEFAULT_MODEL: Readonly<Record<DatasetId, PresetId>> = { mnist: 'lenet5', cifar10: 'cifar-g3' };

/** Seed when --seed is absent. */
export const DEFAULT_SEED = 1;
