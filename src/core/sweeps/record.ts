/**
 * A sweep as it is kept and run: its config, its status and one entry per run. The
 * page-side runner only calls these pure steps (start a run, record an epoch, record
 * how it ended, pause, resume after a reload) and stores what they return, so the
 * whole decision logic is tested here.
 *
 * Pausing stops the current run at once and forgets it: resuming trains that run
 * again from its first epoch (with the same assignment, since proposals depend only
 * on the config and the finished runs). A reload does the same to a running sweep.
 */
import type { RunStatus } from '../protocol';
import { plannedRuns, type SweepConfig } from './config';
import { bestRunIndex, type SweepHistory, type SweepMetricName } from './history';
import { hyperbandPlan, shouldStop } from './hyperband';
import { proposeNext } from './propose';
import type { SweepAssignment } from './space';

/** Where a sweep is. */
export type SweepStatus = 'running' | 'paused' | 'completed' | 'stopped';

/** How one run of a sweep ended ('running' while it trains). */
export type SweepRunStatus = 'running' | 'completed' | 'diverged' | 'early-stopped' | 'stopped' | 'failed';

/** One run of a sweep. */
export interface SweepRunRecord {
  /** 0-based position in the sweep. */
  readonly index: number;
  readonly runId: string;
  readonly assignment: SweepAssignment;
  readonly status: SweepRunStatus;
  /** The metric after the run's last epoch; NaN when it has none. */
  readonly value: number;
  /** The metric after each epoch (value[e − 1] after epoch e), for early stopping. */
  readonly epochValues: readonly number[];
  /** Why it diverged, failed or was stopped early, in words. */
  readonly reason?: string | undefined;
  /** Set when early stopping asked the run to stop: why. */
  readonly stopRequested?: string | undefined;
}

/** A sweep as stored (the 'sweeps' object store, keyed by id). */
export interface SweepRecord {
  readonly id: string;
  readonly name: string;
  readonly config: SweepConfig;
  readonly status: SweepStatus;
  /** Why a paused sweep paused: the user's Pause, or a reload that interrupted it. */
  readonly pausedBy?: 'user' | 'reload' | undefined;
  readonly runs: readonly SweepRunRecord[];
  /** ms since the epoch. */
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** The next run to train. */
export interface NextRun {
  readonly index: number;
  readonly assignment: SweepAssignment;
}

/** A new sweep, running, with no runs yet. */
export function newSweep(id: string, config: SweepConfig, nowMs: number): SweepRecord {
  return { id, name: config.label, config, status: 'running', runs: [], createdAt: nowMs, updatedAt: nowMs };
}

/** The runs that have ended, in order. */
export const endedRuns = (record: SweepRecord): SweepRunRecord[] => record.runs.filter((run) => run.status !== 'running');

/** The run training now, if any. */
export const currentRun = (record: SweepRecord): SweepRunRecord | undefined => record.runs.find((run) => run.status === 'running');

/** What the search has learnt: every ended run (diverged and failed ones count as the worst). */
export function sweepHistory(record: SweepRecord): SweepHistory {
  const runs = endedRuns(record).map((run) => ({ assignment: run.assignment, value: run.value, diverged: run.status === 'diverged' || run.status === 'failed' }));
  return { goal: record.config.metric.goal, runs };
}

/** The next run to train, or undefined when the sweep has made all its runs. */
export function nextRun(record: SweepRecord): NextRun | undefined {
  const index = endedRuns(record).length;
  if (index >= plannedRuns(record.config)) return undefined;
  const { space, method, seed } = record.config;
  const assignment = proposeNext(space, method, sweepHistory(record), seed, index);
  return assignment && { index, assignment };
}

const touched = (record: SweepRecord, nowMs: number, changes: Partial<SweepRecord>): SweepRecord => ({ ...record, ...changes, updatedAt: nowMs });

/** The sweep with run `next` started under `runId`. */
export function withRunStarted(record: SweepRecord, next: NextRun, runId: string, nowMs: number): SweepRecord {
  const run: SweepRunRecord = { index: next.index, runId, assignment: next.assignment, status: 'running', value: Number.NaN, epochValues: [] };
  return touched(record, nowMs, { status: 'running', pausedBy: undefined, runs: [...endedRuns(record), run] });
}

/** The sweep's metric read from one epoch's report; NaN when the epoch did not report it. */
export function epochMetric(name: SweepMetricName, epoch: { loss: number; accuracy: number; valLoss?: number | undefined; valAccuracy?: number | undefined }): number {
  const values: Record<SweepMetricName, number | undefined> = { loss: epoch.loss, accuracy: epoch.accuracy, val_loss: epoch.valLoss, val_accuracy: epoch.valAccuracy };
  return values[name] ?? Number.NaN;
}

const replaceRun = (record: SweepRecord, runId: string, change: (run: SweepRunRecord) => SweepRunRecord): SweepRunRecord[] =>
  record.runs.map((run) => (run.runId === runId ? change(run) : run));

/**
 * The sweep after an epoch of run `runId` reported `value`, and whether early
 * stopping wants that run stopped now (its reason, or undefined).
 */
export function withEpoch(record: SweepRecord, runId: string, value: number, nowMs: number): { record: SweepRecord; stop: string | undefined } {
  const run = record.runs.find((entry) => entry.runId === runId && entry.status === 'running');
  if (!run) return { record, stop: undefined };
  const epochValues = [...run.epochValues, value];
  const early = record.config.earlyTerminate;
  const others = record.runs.filter((entry) => entry.runId !== runId).map((entry) => entry.epochValues);
  const verdict = early && run.stopRequested === undefined ? shouldStop(hyperbandPlan(early), record.config.metric.goal, others, epochValues) : undefined;
  const stop = verdict?.stop ? verdict.reason : undefined;
  const runs = replaceRun(record, runId, (entry) => ({ ...entry, epochValues, value, ...(stop !== undefined && { stopRequested: stop }) }));
  return { record: touched(record, nowMs, { runs }), stop };
}

function endStatus(run: SweepRunRecord, status: RunStatus): SweepRunStatus {
  return status === 'stopped' && run.stopRequested !== undefined ? 'early-stopped' : status;
}

/**
 * The sweep after run `runId` ended with the worker's status (a stop that early
 * stopping asked for becomes 'early-stopped'). A diverged or failed run is recorded
 * and the sweep goes on; the sweep completes when no run is left.
 */
export function withRunFinished(record: SweepRecord, runId: string, status: RunStatus, reason: string | undefined, nowMs: number): SweepRecord {
  const run = record.runs.find((entry) => entry.runId === runId && entry.status === 'running');
  if (!run) return record;
  const ended: SweepRunRecord = { ...run, status: endStatus(run, status), reason: run.stopRequested ?? reason, stopRequested: undefined };
  const next = touched(record, nowMs, { runs: replaceRun(record, runId, () => ended) });
  return next.status === 'running' && nextRun(next) === undefined ? { ...next, status: 'completed' } : next;
}

/** The sweep paused (by the user, or found running after a reload): the current run is dropped, to be trained again on resume. */
export function paused(record: SweepRecord, by: 'user' | 'reload', nowMs: number): SweepRecord {
  return touched(record, nowMs, { status: 'paused', pausedBy: by, runs: endedRuns(record) });
}

/** The sweep ended by the user: the current run is dropped, the ended ones kept. */
export function stopped(record: SweepRecord, nowMs: number): SweepRecord {
  return touched(record, nowMs, { status: 'stopped', pausedBy: undefined, runs: endedRuns(record) });
}

/** A sweep read back after a reload: one that was running is paused, interrupted by the reload. */
export function afterReload(record: SweepRecord, nowMs: number): SweepRecord {
  return record.status === 'running' ? paused(record, 'reload', nowMs) : record;
}

/** The best ended run by the sweep's metric and goal; undefined when none ended with a finite value. */
export function bestRun(record: SweepRecord): SweepRunRecord | undefined {
  const ended = endedRuns(record);
  const index = bestRunIndex(sweepHistory(record));
  const best = index === undefined ? undefined : ended[index];
  return best && best.status !== 'diverged' && best.status !== 'failed' && Number.isFinite(best.value) ? best : undefined;
}

/** Overall progress: the run being trained (or last trained), 1-based, of the planned runs. */
export function sweepProgress(record: SweepRecord): { run: number; planned: number; ended: number } {
  const ended = endedRuns(record).length;
  const planned = plannedRuns(record.config);
  return { run: Math.min(planned, ended + (currentRun(record) ? 1 : 0)), planned, ended };
}
