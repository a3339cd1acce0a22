/** Records, settings and events for the run-history tests (no other code imports this). */
import { metricsFromConfusion, type ConfusionMatrix } from '../metrics/classification';
import { lenet5 } from '../model/presets';
import type { RunStartedEvent } from '../protocol';
import { defaultOptimizer, type TrainingSettings } from '../training/settings';
import type { RunRecord, TestResult } from './record';

/** LeNet-5 on MNIST, coursework settings, 3 epochs, LeNet protocol (no validation split). */
export const SAMPLE_SETTINGS: TrainingSettings = {
  dataset: 'mnist', network: lenet5(), optimizer: defaultOptimizer('adam'), learningRate: 0.01, batchSize: 32,
  epochs: 3, protocolId: 'lenet', seed: 7,
};

/** A 10 × 10 confusion matrix with `correct` on the diagonal and `wrong` in cell [i][(i + 1) % 10]. */
export function confusion(correct: number, wrong: number): ConfusionMatrix {
  return Array.from({ length: 10 }, (_, row) => Array.from({ length: 10 }, (_, column) => (column === row ? correct : column === (row + 1) % 10 ? wrong : 0)));
}

/** Test results from a confusion matrix. */
export function testResult(matrix: ConfusionMatrix, loss = 0.2): TestResult {
  return { ...metricsFromConfusion(matrix), loss };
}

/** runStarted for a run id. */
export function startedEvent(runId: string): RunStartedEvent {
  return { type: 'runStarted', runId, backend: 'cpu', params: { total: 61_706, trainable: 61_706 }, trainCount: 60_000, validationCount: 0, batchesPerEpoch: 1875 };
}

/** A completed 3-epoch record with test results; fields overridable. */
export function sampleRecord(overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    id: 'run-1', name: 'LeNet', tags: ['coursework'], createdAt: 1_700_000_000_000, updatedAt: 1_700_000_060_000,
    status: 'completed', settings: SAMPLE_SETTINGS, backend: 'cpu', params: { total: 61_706, trainable: 61_706 },
    trainCount: 60_000, validationCount: 0,
    epochs: [0, 1, 2].map((epoch) => ({
      epoch, loss: 0.5 / (epoch + 1), accuracy: 0.9 + epoch / 100, valLoss: 0.4 / (epoch + 1), valAccuracy: 0.91 + epoch / 100,
      heldOutSource: 'test' as const, examplesPerSecond: 2000,
    })),
    test: testResult(confusion(95, 5)), durationMs: 90_500,
    ...overrides,
  };
}

/** The record without test results (a run that did not complete). */
export function withoutTest(run: RunRecord): RunRecord {
  return Object.fromEntries(Object.entries(run).filter(([key]) => key !== 'test')) as unknown as RunRecord;
}
