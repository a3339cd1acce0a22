import * as tf from '@tensorflow/tfjs';
import type { NetworkSpec } from '../core/model/spec';
import { describeMeasurement } from './format';
import { benchClassCount, benchLabel, benchNetwork } from './networks';
import { BENCH_BATCH_SIZE, type BenchNetworkId, type BenchRow, type Measurement, type MeterLimits } from './plan';
import { liveLine, logLine } from './progress';
import { referenceModel } from './reference-model';

/** Most batches one timed fit may hold (a fast GPU would otherwise need a huge random set). */
const MAX_TIMED_BATCHES = 400;

/** Random inputs of the network's shape and random one-hot labels: enough for a speed reference. */
function randomExamples(spec: NetworkSpec, classes: number, count: number): { xs: tf.Tensor; ys: tf.Tensor } {
  return tf.tidy(() => ({
    xs: tf.randomUniform([count, ...spec.inputShape]),
    ys: tf.oneHot(tf.randomUniform([count], 0, classes, 'int32') as tf.Tensor1D, classes).toFloat(),
  }));
}

/** Wall time of one `model.fit` over `count` random examples, batch 64, one epoch. */
async function timedFit(model: tf.Sequential, spec: NetworkSpec, classes: number, count: number): Promise<number> {
  const { xs, ys } = randomExamples(spec, classes, count);
  try {
    const started = performance.now();
    await model.fit(xs, ys, { batchSize: BENCH_BATCH_SIZE, epochs: 1 });
    return performance.now() - started;
  } finally {
    tf.dispose([xs, ys]);
  }
}

/**
 * Batches for the timed fit: about `targetMs` at the probed speed, within `capMs`;
 * 0 when even two batches would pass the cap (the probe is then the measurement).
 */
function timedBatches(probeMs: number, limits: MeterLimits): number {
  const batches = Math.min(Math.round(limits.targetMs / probeMs), Math.floor(limits.capMs / probeMs), MAX_TIMED_BATCHES);
  return batches >= 2 ? batches : 0;
}

/** Times the fit of `batches` batches, or takes the probe's one batch when `batches` is 0. */
async function steadyFit(model: tf.Sequential, id: BenchNetworkId, probeMs: number, batches: number): Promise<{ steps: number; ms: number }> {
  if (batches === 0) return { steps: 1, ms: probeMs };
  liveLine(`reference · ${benchLabel(id)}: timed fit on ${batches} batches`);
  return { steps: batches, ms: await timedFit(model, benchNetwork(id), benchClassCount(id), batches * BENCH_BATCH_SIZE) };
}

/**
 * The straightforward TF.js way, on this page's main thread and the default
 * backend: a warm-up fit on one batch (its time is the first-step time), a second
 * one-batch fit to size the timed fit, then one timed fit of about `targetMs`
 * (on a backend too slow for two batches within the cap, the second fit is the timing).
 */
async function measureReference(id: BenchNetworkId, limits: MeterLimits): Promise<Measurement> {
  const spec = benchNetwork(id);
  const classes = benchClassCount(id);
  const model = referenceModel(spec);
  try {
    liveLine(`reference · ${benchLabel(id)}: warm-up fit on one batch`);
    const firstMs = await timedFit(model, spec, classes, BENCH_BATCH_SIZE);
    const probeMs = await timedFit(model, spec, classes, BENCH_BATCH_SIZE);
    const batches = timedBatches(probeMs, limits);
    const timed = await steadyFit(model, id, probeMs, batches);
    const speed = {
      examplesPerSecond: (1000 * timed.steps * BENCH_BATCH_SIZE) / timed.ms, basis: 'steady', steadySteps: timed.steps, steadyMs: timed.ms,
      warmupSteps: batches === 0 ? 1 : 2, firstWindowMs: firstMs, firstWindowSteps: 1,
    } as const;
    return { status: 'measured', speed };
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  } finally {
    model.optimizer.dispose();
    model.dispose();
  }
}

/** The reference row: every network fitted the standard way on the main thread's default backend. */
export async function benchReference(networks: readonly BenchNetworkId[], limits: MeterLimits): Promise<BenchRow> {
  await tf.ready();
  const results: Partial<Record<BenchNetworkId, Measurement>> = {};
  for (const id of networks) {
    results[id] = await measureReference(id, limits);
    logLine(`reference (main, ${tf.getBackend()}) · ${benchLabel(id)}: ${describeMeasurement(results[id])}`);
  }
  return { place: 'reference', backend: tf.getBackend(), results };
}
