import * as tf from '@tensorflow/tfjs';
import type { DecodedSplit } from '../../core/datasets/decoded';
import { classificationMetrics, type ClassificationMetrics } from '../../core/metrics/classification';
import { batchTensors } from '../data/batch';

/** Inference-mode results over a set of examples. */
export interface Evaluation {
  /** Mean categorical cross-entropy. */
  readonly loss: number;
  readonly accuracy: number;
  /** Predicted class per example, in the order of the indices. */
  readonly predicted: Uint8Array;
  /** True class per example, same order. */
  readonly truth: Uint8Array;
  /** Probability of the predicted class per example, same order. */
  readonly confidence: Float32Array;
}

/** Examples per inference batch: large enough to be fast, small enough for any backend. */
const EVAL_BATCH = 500;

/**
 * Runs the model in inference mode (dropout off, batch norm on its moving
 * statistics) over split[indices], a batch at a time, and reads back predictions.
 */
export async function evaluateModel(model: tf.LayersModel, split: DecodedSplit, indices: Uint32Array, classTotal: number): Promise<Evaluation> {
  const predicted = new Uint8Array(indices.length);
  const truth = new Uint8Array(indices.length);
  const confidence = new Float32Array(indices.length);
  let lossSum = 0;
  for (let start = 0; start < indices.length; start += EVAL_BATCH) {
    const batch = indices.subarray(start, Math.min(indices.length, start + EVAL_BATCH));
    const { xs, ys } = batchTensors(split, batch, classTotal);
    const [lossTotal, classes, best] = tf.tidy(() => {
      const probabilities = model.predict(xs) as tf.Tensor2D;
      return [tf.metrics.categoricalCrossentropy(ys, probabilities).sum(), probabilities.argMax(-1), probabilities.max(-1)];
    });
    const [lossValue, classValues, bestValues] = await Promise.all([lossTotal.data(), classes.data(), best.data()]);
    tf.dispose([xs, ys, lossTotal, classes, best]);
    lossSum += lossValue[0] ?? NaN;
    predicted.set(classValues, start);
    confidence.set(bestValues, start);
    batch.forEach((index, offset) => {
      truth[start + offset] = split.labels[index] ?? 0;
    });
  }
  const correct = predicted.reduce((sum, label, i) => sum + (label === truth[i] ? 1 : 0), 0);
  return { loss: lossSum / indices.length, accuracy: correct / indices.length, predicted, truth, confidence };
}

/** Test-set metrics: the evaluation plus sklearn-style scores and the confusion matrix. */
export interface TestReport extends ClassificationMetrics {
  readonly loss: number;
}

/** Evaluates on every example of a split and computes the coursework's metrics. */
export async function testReport(model: tf.LayersModel, split: DecodedSplit, classTotal: number): Promise<TestReport> {
  const all = Uint32Array.from({ length: split.count }, (_, i) => i);
  const evaluation = await evaluateModel(model, split, all, classTotal);
  return { loss: evaluation.loss, ...classificationMetrics(evaluation.truth, evaluation.predicted, classTotal) };
}
