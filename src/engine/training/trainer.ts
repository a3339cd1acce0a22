import * as tf from '@tensorflow/tfjs';
import type { DecodedSplit } from '../../core/datasets/decoded';
import type { HeldOutSource } from '../../core/protocol';
import { ChanceWatch, lossDivergence } from '../../core/training/divergence';
import type { TrainingSettings } from '../../core/training/settings';
import { shuffledRange } from '../../core/util/random';
import { augmentTrainingBatch } from '../augment/augment-batch';
import { batchTensors } from '../data/batch';
import { evaluateModel, type Evaluation } from './evaluate';
import { MetricsBuffer, type BatchMetrics } from './metrics-buffer';
import { createOptimizer } from './optimizer';
import { RunControl } from './run-control';
import { trainableVariables, trainStep } from './train-step';

/** The examples a run trains and validates on. */
export interface TrainingData {
  /** The official training split; trainIndices and validationIndices point into it. */
  readonly source: DecodedSplit;
  readonly trainIndices: Uint32Array;
  /** Empty when the protocol has no validation split. */
  readonly validationIndices: Uint32Array;
  readonly classTotal: number;
  /**
   * Evaluated after each epoch when there is no validation split, as the CIFAR
   * coursework did; without it, a 2,000-example training probe serves the chance check.
   */
  readonly test?: DecodedSplit | undefined;
}


/** One epoch's held-out evaluation, with the indices into the split it used. */
export interface HeldOutEvaluation {
  readonly epoch: number;
  readonly source: HeldOutSource;
  readonly split: DecodedSplit;
  readonly indices: Uint32Array;
  readonly evaluation: Evaluation;
}

/** Numbers of one finished epoch. */
export interface EpochMetrics {
  /** 0-based. */
  readonly epoch: number;
  readonly loss: number;
  readonly accuracy: number;
  readonly valLoss?: number;
  readonly valAccuracy?: number;
  /** Training examples per second during this epoch (training steps only). */
  readonly examplesPerSecond: number;
}

export type RunStatus = 'completed' | 'stopped' | 'diverged';

export interface TrainingOutcome {
  readonly status: RunStatus;
  /** For 'diverged': what happened, in words. */
  readonly reason?: string;
  readonly epochs: readonly EpochMetrics[];
  /** Training examples per second over the run, pauses excluded. */
  readonly examplesPerSecond: number;
  /** Wall time without pauses, in ms. */
  readonly elapsedMs: number;
}

export interface TrainingHooks {
  readonly control?: RunControl;
  /**
   * Batch metrics, delivered in bulk at most every flushIntervalMs, with the training
   * time they took in ms (steps and read-back; evaluation and pauses excluded).
   */
  readonly onBatches?: (batches: readonly BatchMetrics[], trainingMs: number) => void;
  readonly onEpoch?: (epoch: EpochMetrics) => void;
  /** After each epoch's held-out evaluation (before onEpoch). */
  readonly onEvaluation?: (heldOut: HeldOutEvaluation) => void;
  /** Called once when the loop settles into a pause. */
  readonly onPaused?: () => void;
  readonly flushIntervalMs?: number;
}

/** Examples used to judge "at chance" when there is no validation split. */
const CHANCE_PROBE = 2000;

interface EpochTotals {
  lossSum: number;
  accuracySum: number;
  examples: number;
  trainingMs: number;
  diverged: string | undefined;
}

/**
 * Trains `model` with the settings' optimizer, batch size, epochs and seed: seeded
 * shuffle each epoch, per-batch metrics read back in bulk, validation after each
 * epoch, and a stop with status 'diverged' when the loss is not finite or accuracy
 * sits at chance. The model is left trained; the optimizer is disposed here.
 */
export async function trainModel(model: tf.LayersModel, settings: TrainingSettings, data: TrainingData, hooks: TrainingHooks = {}): Promise<TrainingOutcome> {
  const control = hooks.control ?? new RunControl();
  const scheduled = createOptimizer(settings.optimizer, settings.learningRate);
  const variables = trainableVariables(model);
  const chance = new ChanceWatch(data.classTotal);
  const started = performance.now();
  const epochs: EpochMetrics[] = [];
  let status: RunStatus = 'completed';
  let reason: string | undefined;
  let trainedExamples = 0;
  let trainingMs = 0;
  try {
    for (let epoch = 0; epoch < settings.epochs; epoch += 1) {
      const totals = await runEpoch(epoch, model, scheduled, variables, settings, data, control, hooks);
      trainedExamples += totals.examples;
      trainingMs += totals.trainingMs;
      if (totals.diverged) [status, reason] = ['diverged', totals.diverged];
      if (control.isStopped && !totals.diverged) status = 'stopped';
      if (totals.examples === 0 || status !== 'completed') break;
      const heldOut = await evaluateHeldOut(epoch, model, data);
      hooks.onEvaluation?.(heldOut);
      const metrics = epochMetrics(epoch, totals, heldOut);
      epochs.push(metrics);
      hooks.onEpoch?.(metrics);
      const verdict = chance.recordEpoch(Math.ceil(totals.examples / settings.batchSize), metrics.accuracy, heldOut.evaluation.accuracy);
      if (verdict) {
        [status, reason] = ['diverged', verdict];
        break;
      }
    }
  } finally {
    scheduled.dispose();
  }
  const elapsedMs = performance.now() - started - control.pausedMs;
  return { status, ...(reason ? { reason } : {}), epochs, examplesPerSecond: trainingMs > 0 ? (1000 * trainedExamples) / trainingMs : 0, elapsedMs };
}

async function runEpoch(
  epoch: number,
  model: tf.LayersModel,
  scheduled: ReturnType<typeof createOptimizer>,
  variables: tf.Variable[],
  settings: TrainingSettings,
  data: TrainingData,
  control: RunControl,
  hooks: TrainingHooks,
): Promise<EpochTotals> {
  const order = shuffledRange(data.trainIndices.length, settings.seed + 7919 * (epoch + 1));
  const batchCount = Math.ceil(order.length / settings.batchSize);
  const buffer = new MetricsBuffer();
  const totals: EpochTotals = { lossSum: 0, accuracySum: 0, examples: 0, trainingMs: 0, diverged: undefined };
  const flushEvery = hooks.flushIntervalMs ?? 100;
  let lastFlush = performance.now();
  let windowMs = 0;
  const flush = async (): Promise<void> => {
    const flushStarted = performance.now();
    const batches = await buffer.flush();
    windowMs += performance.now() - flushStarted;
    for (const batch of batches) {
      totals.lossSum += batch.loss * batch.size;
      totals.accuracySum += batch.accuracy * batch.size;
      totals.diverged ??= lossDivergence(batch.loss, batch.step + 1);
    }
    if (batches.length > 0) hooks.onBatches?.(batches, windowMs);
    totals.trainingMs += windowMs;
    windowMs = 0;
    lastFlush = performance.now();
  };
  try {
    for (let batch = 0; batch < batchCount && !totals.diverged; batch += 1) {
      if ((await control.checkpoint(hooks.onPaused)) === 'stop') break;
      const stepStarted = performance.now();
      const positions = order.subarray(batch * settings.batchSize, (batch + 1) * settings.batchSize);
      const indices = positions.map((position) => data.trainIndices[position] ?? 0);
      const step = epoch * batchCount + batch;
      scheduled.prepareStep(step);
      const { xs, ys } = augmentTrainingBatch(batchTensors(data.source, indices, data.classTotal), settings, step);
      const [loss, accuracy] = trainStep(model, scheduled.optimizer, variables, xs, ys);
      tf.dispose([xs, ys]);
      buffer.add({ epoch, batch, step, size: indices.length, loss, accuracy });
      totals.examples += indices.length;
      windowMs += performance.now() - stepStarted;
      if (performance.now() - lastFlush >= flushEvery) await flush();
    }
    await flush();
  } finally {
    buffer.discard();
  }
  return totals;
}

/** Evaluates the held-out examples: validation, else the test set, else a training probe. */
async function evaluateHeldOut(epoch: number, model: tf.LayersModel, data: TrainingData): Promise<HeldOutEvaluation> {
  const [source, split, indices]: [HeldOutSource, DecodedSplit, Uint32Array] =
    data.validationIndices.length > 0 ? ['validation', data.source, data.validationIndices]
      : data.test ? ['test', data.test, Uint32Array.from({ length: data.test.count }, (_, i) => i)]
        : ['train-probe', data.source, data.trainIndices.subarray(0, CHANCE_PROBE)];
  return { epoch, source, split, indices, evaluation: await evaluateModel(model, split, indices, data.classTotal) };
}

function epochMetrics(epoch: number, totals: EpochTotals, heldOut: HeldOutEvaluation): EpochMetrics {
  const validation = heldOut.source === 'validation' ? { valLoss: heldOut.evaluation.loss, valAccuracy: heldOut.evaluation.accuracy } : {};
  return {
    epoch,
    loss: totals.lossSum / totals.examples,
    accuracy: totals.accuracySum / totals.examples,
    ...validation,
    examplesPerSecond: totals.trainingMs > 0 ? (1000 * totals.examples) / totals.trainingMs : 0,
  };
}
