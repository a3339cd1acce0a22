import { DATASETS } from '../core/datasets/catalog';
import { COURSEWORK_AUGMENTATION } from '../core/augment/settings';
import { presetNetwork, type PresetId } from '../core/model/presets';
import type { NetworkSpec } from '../core/model/spec';
import { PRESET_LABELS, PRESET_TRAINING } from '../core/training/defaults';
import { defaultOptimizer, type TrainingSettings } from '../core/training/settings';
import { BENCH_BATCH_SIZE, type BenchNetworkId } from './plan';

/**
 * Most steps a bench run may take: more than the time cap lets any backend here
 * reach, fewer than the training split holds (60,000 MNIST, 50,000 CIFAR-10).
 */
const MAX_STEPS: Readonly<Record<BenchNetworkId, number>> = { lenet5: 900, 'cifar-g3': 600, 'lenet5-aug': 900 };

/** Short names for the table header. */
const SHORT_LABELS: Readonly<Record<BenchNetworkId, string>> = { lenet5: 'LeNet-5', 'cifar-g3': 'CIFAR-10 CNN', 'lenet5-aug': 'LeNet-5 + aug' };

/** The preset network each bench column trains. */
const PRESETS: Readonly<Record<BenchNetworkId, PresetId>> = { lenet5: 'lenet5', 'cifar-g3': 'cifar-g3', 'lenet5-aug': 'lenet5' };

/** The preset network of a bench column. */
export function benchNetwork(id: BenchNetworkId): NetworkSpec {
  return presetNetwork(PRESETS[id]);
}

/** The network's short display name ("LeNet-5", "CIFAR-10 CNN"). */
export function benchLabel(id: BenchNetworkId): string {
  return SHORT_LABELS[id];
}

/** The network's full display name, as the app lists it. */
export function benchFullLabel(id: BenchNetworkId): string {
  return id === 'lenet5-aug' ? `${PRESET_LABELS.lenet5} with the coursework's augmentation` : PRESET_LABELS[PRESETS[id]];
}

/** The step count a bench run is started with (it is stopped once measured). */
export function benchMaxSteps(id: BenchNetworkId): number {
  return MAX_STEPS[id];
}

/** Number of classes of the network's dataset. */
export function benchClassCount(id: BenchNetworkId): number {
  return DATASETS[PRESET_TRAINING[PRESETS[id]].dataset].classNames.length;
}

/**
 * The settings every bench run of a network uses, in the worker and in Node:
 * Adam at 1e-3, batch 64, one epoch of `64 × benchMaxSteps` examples, seed 1.
 */
export function benchSettings(id: BenchNetworkId): TrainingSettings {
  const preset = PRESET_TRAINING[PRESETS[id]];
  return {
    ...(id === 'lenet5-aug' ? { augmentation: COURSEWORK_AUGMENTATION } : {}),
    dataset: preset.dataset,
    network: benchNetwork(id),
    optimizer: defaultOptimizer('adam'),
    learningRate: 1e-3,
    batchSize: BENCH_BATCH_SIZE,
    epochs: 1,
    protocolId: preset.protocolId,
    trainLimit: BENCH_BATCH_SIZE * MAX_STEPS[id],
    seed: 1,
  };
}
