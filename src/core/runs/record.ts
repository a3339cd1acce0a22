/**
 * A training run as the run history keeps it: the settings, what the worker reported
 * epoch by epoch, the test results and the user's labels. Records are plain data (the
 * UI stores them in IndexedDB and exports them as JSON) and are rebuilt by a pure
 * reducer over the protocol's run events, so a record can be saved after every epoch
 * and a reload loses at most the epoch in progress.
 */
import type { BackendName } from '../backends';
import type { ConfusionMatrix, ClassificationMetrics } from '../metrics/classification';
import type {
  HeldOutSource, RunBatchesEvent, RunEpochEvent, RunEvaluatedEvent, RunFinishedEvent, RunHeldOutEvent, RunPausedEvent, RunStartedEvent,
} from '../protocol';
import type { TrainingSettings } from '../training/settings';

/** Where a run stands; 'interrupted' = the page went away while it was running. */
export type RunRecordStatus = 'running' | 'completed' | 'stopped' | 'diverged' | 'failed' | 'interrupted';

/** Every status, in the order filters list them. */
export const RUN_RECORD_STATUSES: readonly RunRecordStatus[] = ['running', 'completed', 'stopped', 'diverged', 'failed', 'interrupted'];

/** One finished epoch. */
export interface EpochRow {
  /** 0-based epoch index. */
  readonly epoch: number;
  /** Mean training loss over the epoch; NaN or ±Infinity when the run diverged. */
  readonly loss: number;
  /** Mean training accuracy over the epoch, in [0, 1]. */
  readonly accuracy: number;
  /** Held-out loss after the epoch (see heldOutSource for which examples). */
  readonly valLoss?: number;
  /** Held-out accuracy after the epoch, in [0, 1]. */
  readonly valAccuracy?: number;
  /** 'test' when there is no validation split: then "validation" numbers are test numbers. */
  readonly heldOutSource?: HeldOutSource;
  /** Training examples per second during the epoch. */
  readonly examplesPerSecond: number;
}

/** The test set's scores after a completed run, with the mean test loss. */
export type TestResult = ClassificationMetrics & { readonly loss: number };

/** The latest epoch's held-out evaluation, enough to redraw its confusion matrix. */
export interface HeldOutSnapshot {
  readonly epoch: number;
  readonly source: HeldOutSource;
  /** Examples evaluated. */
  readonly count: number;
  readonly loss: number;
  readonly accuracy: number;
  /** Counts [true][predicted]. */
  readonly confusion: ConfusionMatrix;
}

/** Parameter counts as Keras's model.summary() gives them. */
export interface ParamCounts {
  readonly total: number;
  readonly trainable: number;
}

/** One run in the history. Times are Unix ms. */
export interface RunRecord {
  /** The run id of the protocol's events. */
  readonly id: string;
  readonly name: string;
  readonly tags: readonly string[];
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly status: RunRecordStatus;
  /** Why it ended this way, in words (diverged, failed, interrupted). */
  readonly reason?: string;
  /** Everything that defines the run, the seed included. */
  readonly settings: TrainingSettings;
  readonly backend: BackendName;
  readonly params: ParamCounts;
  readonly trainCount: number;
  /** 0 when the split protocol has no validation split. */
  readonly validationCount: number;
  readonly epochs: readonly EpochRow[];
  readonly test?: TestResult;
  readonly heldOut?: HeldOutSnapshot;
  /** Training time, pauses excluded, ms (so far, while running). */
  readonly durationMs: number;
  /** The sweep the run belongs to, and its position in it (0-based). */
  readonly sweepId?: string;
  readonly sweepIndex?: number;
  /** Id of the saved model, when the user kept the weights. */
  readonly savedModelId?: string;
  /** The queue or group the run was started from, e.g. the coursework's experiment map. */
  readonly group?: string;
}

/** What the page knows when it starts a run and the worker does not report back. */
export interface RunStart {
  readonly name: string;
  readonly settings: TrainingSettings;
  readonly tags?: readonly string[];
  readonly sweepId?: string;
  readonly sweepIndex?: number;
  readonly group?: string;
}

/** The run-scoped events the reducer reads; batches and pauses change no stored field but the duration. */
export type RunRecordEvent =
  | RunStartedEvent | RunBatchesEvent | RunPausedEvent | RunEpochEvent | RunHeldOutEvent | RunEvaluatedEvent | RunFinishedEvent;

/** The clock (Unix ms, passed in to keep the reducer pure) and, to create a record, the run's start. */
export interface RunEventContext {
  readonly now: number;
  readonly start?: RunStart;
}

/** A new 'running' record from the page's start data and the worker's runStarted. */
export function createRunRecord(start: RunStart, event: RunStartedEvent, now: number): RunRecord {
  const { name, settings, tags = [], sweepId, sweepIndex, group } = start;
  return {
    id: event.runId, name, tags: [...tags], createdAt: now, updatedAt: now, status: 'running', settings,
    backend: event.backend, params: { total: event.params.total, trainable: event.params.trainable },
    trainCount: event.trainCount, validationCount: event.validationCount, epochs: [], durationMs: 0,
    ...(sweepId === undefined ? {} : { sweepId }),
    ...(sweepIndex === undefined ? {} : { sweepIndex }),
    ...(group === undefined ? {} : { group }),
  };
}

/** Held-out numbers of the snapshot as an epoch row's val fields ('train-probe' is not held out). */
function heldOutFields(heldOut: HeldOutSnapshot): Pick<EpochRow, 'valLoss' | 'valAccuracy' | 'heldOutSource'> {
  if (heldOut.source === 'train-probe') return { heldOutSource: heldOut.source };
  return { valLoss: heldOut.loss, valAccuracy: heldOut.accuracy, heldOutSource: heldOut.source };
}

function epochRow(event: RunEpochEvent, heldOut: HeldOutSnapshot | undefined): EpochRow {
  const { epoch, loss, accuracy, valLoss, valAccuracy, examplesPerSecond } = event;
  const fromHeldOut = heldOut?.epoch === epoch ? heldOutFields(heldOut) : {};
  return {
    epoch, loss, accuracy, ...fromHeldOut,
    ...(valLoss === undefined ? {} : { valLoss }),
    ...(valAccuracy === undefined ? {} : { valAccuracy }),
    examplesPerSecond,
  };
}

function snapshot(event: RunHeldOutEvent): HeldOutSnapshot {
  return {
    epoch: event.epoch, source: event.source, count: event.count, loss: event.loss,
    accuracy: event.metrics.accuracy, confusion: event.metrics.confusion.map((row) => [...row]),
  };
}

/** Adds an epoch row, replacing a row of the same epoch (a resent event), kept in epoch order. */
function withEpoch(rows: readonly EpochRow[], row: EpochRow): EpochRow[] {
  return [...rows.filter((existing) => existing.epoch !== row.epoch), row].sort((a, b) => a.epoch - b.epoch);
}

/** The record's changes for one event of its own run, while it is running. */
function changes(record: RunRecord, event: RunRecordEvent): Partial<RunRecord> | undefined {
  switch (event.type) {
    case 'runStarted':
    case 'runPaused':
    case 'runResumed':
      return undefined;
    case 'runBatches':
      return { durationMs: event.elapsedMs };
    case 'runHeldOut': {
      const heldOut = snapshot(event);
      const row = record.epochs.find((existing) => existing.epoch === event.epoch);
      return { heldOut, ...(row ? { epochs: withEpoch(record.epochs, { ...row, ...heldOutFields(heldOut) }) } : {}) };
    }
    case 'runEpoch':
      return { epochs: withEpoch(record.epochs, epochRow(event, record.heldOut)) };
    case 'runEvaluated':
      return { test: event.test };
    case 'runFinished':
      return { status: event.status, durationMs: event.elapsedMs, ...(event.reason === undefined ? {} : { reason: event.reason }) };
  }
}

/**
 * The record after one run event. Without a record, a runStarted with `context.start`
 * creates one; any other event then gives undefined (nothing to store). Events of
 * another run, and events reaching a record that is no longer running, leave it as
 * it is (the same object, so the caller can skip saving). The held-out evaluation
 * arrives just before its epoch; either order fills the epoch's val fields.
 */
export function applyRunEvent(record: RunRecord | undefined, event: RunRecordEvent, context: RunEventContext): RunRecord | undefined {
  if (!record) {
    return event.type === 'runStarted' && context.start ? createRunRecord(context.start, event, context.now) : undefined;
  }
  if (record.id !== event.runId || record.status !== 'running') return record;
  const update = changes(record, event);
  return update ? { ...record, ...update, updatedAt: context.now } : record;
}

/**
 * A record found 'running' when the page loads again: the tab was closed or
 * reloaded mid-run. It becomes 'interrupted' with a reason naming the 1-based epoch
 * that was lost; finished epochs are kept. Other records come back unchanged.
 */
export function markInterrupted(record: RunRecord, now: number): RunRecord {
  if (record.status !== 'running') return record;
  const lost = record.epochs.length + 1;
  const done = record.epochs.length;
  const kept = done === 0 ? 'no epoch had finished' : done === 1 ? 'epoch 1 was kept' : `epochs 1–${done} were kept`;
  return {
    ...record, status: 'interrupted', updatedAt: now,
    reason: `The page was closed or reloaded during epoch ${lost} of ${record.settings.epochs}; ${kept}.`,
  };
}
