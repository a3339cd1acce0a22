import * as tf from '@tensorflow/tfjs';
import type { NetworkSpec } from '../core/model/spec';
import type { BatchTensors } from './data/batch';
import { buildModel } from './model/build-model';
import { createOptimizer } from './training/optimizer';
import { trainableVariables, trainStep } from './training/train-step';

/** Speed of training one network on the active backend. */
export interface SpeedMeasurement {
  /** Examples per second over the timed steps (after the first). */
  readonly examplesPerSecond: number;
  /** Time of the first step, read back, in ms: start-up costs such as shader compilation. */
  readonly firstStepMs: number;
}

async function timedStep(model: tf.LayersModel, optimizer: tf.Optimizer, variables: tf.Variable[], batch: BatchTensors): Promise<number> {
  const started = performance.now();
  const [loss, accuracy] = trainStep(model, optimizer, variables, batch.xs, batch.ys);
  await loss.data();
  tf.dispose([loss, accuracy]);
  return performance.now() - started;
}

/**
 * Trains `network` with Adam on one real batch on the active backend: one untimed
 * first step, then steps until `budgetMs` has passed (at least 2), reading back the
 * last loss so queued GPU work is counted. Frees everything it made.
 */
export async function measureTrainingSpeed(network: NetworkSpec, batch: BatchTensors, budgetMs: number): Promise<SpeedMeasurement> {
  const model = buildModel(network, 0);
  const scheduled = createOptimizer({ kind: 'adam' }, 1e-3);
  try {
    const variables = trainableVariables(model);
    const firstStepMs = await timedStep(model, scheduled.optimizer, variables, batch);
    let steps = 0;
    let spentMs = 0;
    while (steps < 2 || spentMs < budgetMs) {
      spentMs += await timedStep(model, scheduled.optimizer, variables, batch);
      steps += 1;
    }
    return { examplesPerSecond: (1000 * steps * (batch.xs.shape[0] ?? 0)) / spentMs, firstStepMs };
  } finally {
    scheduled.dispose();
    model.dispose();
  }
}
