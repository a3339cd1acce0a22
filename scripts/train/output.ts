import { DATASETS } from '../../src/core/datasets/catalog';
import { findProtocol } from '../../src/core/datasets/splits';
import type { NetworkSummary } from '../../src/core/model/shapes';
import { describeLayer } from '../../src/core/model/spec';
import type { OptimizerSettings, TrainingSettings } from '../../src/core/training/settings';
import { formatCount } from '../../src/core/util/format';
import type { EpochMetrics } from '../../src/engine/training/trainer';
import { formatSeconds } from '../cli/context';

/** Examples in each part of the data a run uses. */
export interface SplitSizes {
  readonly train: number;
  readonly validation: number;
  readonly test: number;
}

/** The optimizer in words: "Adam (β1 0.9, β2 0.999, ε 1e-7)". */
export function describeOptimizer(optimizer: OptimizerSettings): string {
  switch (optimizer.kind) {
    case 'adam':
      return 'Adam (β1 0.9, β2 0.999, ε 1e-7)';
    case 'sgd':
      return `SGD (momentum ${optimizer.momentum})`;
    case 'rmsprop':
      return `RMSprop (rho ${optimizer.rho}, ε ${optimizer.epsilon}, lr decay ${optimizer.decay} per step)`;
  }
}

/** The lines printed before training: data, network, optimizer, backend. */
export function headerLines(settings: TrainingSettings, sizes: SplitSizes, summary: NetworkSummary, backend: string): string[] {
  const protocol = findProtocol(settings.dataset, settings.protocolId);
  const limit = settings.trainLimit === undefined ? '' : `, cut to ${formatCount(settings.trainLimit)} training examples`;
  return [
    `dataset    ${DATASETS[settings.dataset].label}: ${formatCount(sizes.train)} train / ${formatCount(sizes.validation)} validation / ${formatCount(sizes.test)} test (protocol ${protocol.id}: ${protocol.label}${limit})`,
    `network    ${settings.network.name}: ${formatCount(summary.params)} parameters (${formatCount(summary.trainableParams)} trainable)`,
    `           ${settings.network.layers.map(describeLayer).join(' → ')}`,
    `optimizer  ${describeOptimizer(settings.optimizer)}, learning rate ${settings.learningRate}, batch ${settings.batchSize}, ${settings.epochs} epoch${settings.epochs === 1 ? '' : 's'}, seed ${settings.seed}`,
    `backend    ${backend}`,
  ];
}

/** One epoch: "epoch 1/5  loss 0.2345  acc 0.9312  val_loss …  val_acc …  1,234 ex/s  12.3 s". */
export function epochLine(metrics: EpochMetrics, epochs: number, elapsedMs: number): string {
  const parts = [
    `epoch ${metrics.epoch + 1}/${epochs}`,
    `loss ${metrics.loss.toFixed(4)}`,
    `acc ${metrics.accuracy.toFixed(4)}`,
    ...(metrics.valLoss === undefined ? [] : [`val_loss ${metrics.valLoss.toFixed(4)}`]),
    ...(metrics.valAccuracy === undefined ? [] : [`val_acc ${metrics.valAccuracy.toFixed(4)}`]),
    `${formatCount(Math.round(metrics.examplesPerSecond))} ex/s`,
    formatSeconds(elapsedMs),
  ];
  return parts.join('  ');
}
