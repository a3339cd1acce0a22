import type { BackendName } from '../../src/core/backends';
import type { NetworkSummary } from '../../src/core/model/shapes';
import type { TrainingSettings } from '../../src/core/training/settings';
import type { EpochMetrics, RunStatus, TrainingOutcome } from '../../src/engine/training/trainer';
import type { TestBlock } from '../cli/test-metrics';
import type { SplitSizes } from './output';

/** What `npm run train -- --json FILE` writes. */
export interface TrainRecord {
  /** The settings the run used, the network spec included. */
  readonly settings: TrainingSettings;
  /** Parameter counts of the spec (checked equal to the built model's). */
  readonly params: { readonly total: number; readonly trainable: number };
  readonly split: SplitSizes;
  readonly backend: BackendName;
  readonly status: RunStatus;
  /** Why the run diverged or stopped. */
  readonly reason?: string;
  readonly history: readonly EpochMetrics[];
  /** Test-set results; absent when the run did not complete. */
  readonly test?: TestBlock;
  /** Training examples per second over the run. */
  readonly examplesPerSecond: number;
  /** Training wall time, pauses excluded (ms). */
  readonly elapsedMs: number;
  /** When training started, ISO 8601. */
  readonly startedAt: string;
  /** model.json written by --save, absolute. */
  readonly savedModel?: string;
}

/** Everything a finished run contributes to its record. */
export interface RunResult {
  readonly outcome: TrainingOutcome;
  readonly test?: TestBlock | undefined;
  readonly startedAt: string;
  readonly savedModel?: string | undefined;
}

/** Assembles the JSON record of a run. */
export function trainRecord(settings: TrainingSettings, summary: NetworkSummary, split: SplitSizes, backend: BackendName, result: RunResult): TrainRecord {
  const { outcome } = result;
  return {
    settings,
    params: { total: summary.params, trainable: summary.trainableParams },
    split,
    backend,
    status: outcome.status,
    ...(outcome.reason === undefined ? {} : { reason: outcome.reason }),
    history: outcome.epochs,
    ...(result.test ? { test: result.test } : {}),
    examplesPerSecond: outcome.examplesPerSecond,
    elapsedMs: outcome.elapsedMs,
    startedAt: result.startedAt,
    ...(result.savedModel === undefined ? {} : { savedModel: result.savedModel }),
  };
}
