/**
 * Runs sweeps one run after another in the worker, from the page: starts run i
 * with its applied settings (so its curves show live in the dashboard), follows its
 * events, stops it early at a Hyperband rung when it falls behind, records how it
 * ended (a diverged run stays diverged and the sweep goes on), then proposes the
 * next. The decisions are the pure steps of core/sweeps/record.ts; this file only
 * wires them to the worker, the store and IndexedDB (written after every change).
 */
import { readAllRecords, writeRecord } from '../../browser/idb';
import { applyAssignment } from '../../core/sweeps/apply';
import type { SweepConfig } from '../../core/sweeps/config';
import { afterReload, currentRun, epochMetric, newSweep, nextRun, paused, stopped, withEpoch, withRunFinished, withRunStarted, type SweepRecord } from '../../core/sweeps/record';
import { selectDataset } from './actions';
import { runSeries } from './run-series';
import { useAppStore } from './store';
import { startRunWith, stopRun } from './training-actions';
import { onRunEvent, send, type RunEvent } from './worker-client';

const patchSweeps = (patch: Partial<ReturnType<typeof useAppStore.getState>['sweeps']>): void =>
  useAppStore.setState((state) => ({ sweeps: { ...state.sweeps, ...patch } }));

const sweepById = (id: string): SweepRecord | undefined => useAppStore.getState().sweeps.list.find((record) => record.id === id);

/** The latest write: writes are chained so they land in the order they were made. */
let saving: Promise<void> = Promise.resolve();

/** Keeps the record in the store (newest first) and in IndexedDB. */
function put(record: SweepRecord): void {
  const others = useAppStore.getState().sweeps.list.filter((entry) => entry.id !== record.id);
  patchSweeps({ list: [record, ...others].sort((a, b) => b.createdAt - a.createdAt) });
  saving = saving
    .then(() => writeRecord('sweeps', record))
    .catch((error: unknown) => patchSweeps({ storageError: error instanceof Error ? error.message : String(error) }));
}

/** Calls `then` once the sweep's dataset is the loaded one (switching to it if needed). */
function whenDatasetLoaded(record: SweepRecord, then: () => void): void {
  const { dataset } = record.config.base;
  const ready = (): boolean => {
    const state = useAppStore.getState();
    return state.experiment.dataset === dataset && state.load.status === 'loaded';
  };
  if (ready()) return then();
  if (useAppStore.getState().experiment.dataset !== dataset) selectDataset(dataset);
  const unsubscribe = useAppStore.subscribe(() => {
    if (!ready()) return;
    unsubscribe();
    then();
  });
}

/** Starts the sweep's next run, or completes the sweep when none is left. */
function launchNext(record: SweepRecord): void {
  const next = nextRun(record);
  if (!next) {
    put({ ...record, status: 'completed', updatedAt: Date.now() });
    return;
  }
  runSeries.keepForComparison(undefined);
  const runId = startRunWith(applyAssignment(record.config.base, next.assignment), {
    name: `${record.name} · run ${next.index + 1}`, sweepId: record.id, sweepIndex: next.index, group: record.name, tags: ['sweep'],
  });
  put(runId === undefined ? stopped(record, Date.now()) : withRunStarted(record, next, runId, Date.now()));
}

function launchWhenReady(record: SweepRecord): void {
  whenDatasetLoaded(record, () => {
    const latest = sweepById(record.id);
    if (latest?.status === 'running' && !currentRun(latest)) launchNext(latest);
  });
}

/** Stops a run: through the form's Stop when it is the dashboard's run (it may still be measuring backends). */
function stopSweepRun(runId: string): void {
  if (useAppStore.getState().run?.runId === runId) stopRun();
  else send({ type: 'stopRun', runId });
}

/** Follows the events of the running sweep's current run. */
function follow(event: RunEvent): void {
  const record = useAppStore.getState().sweeps.list.find((entry) => entry.status === 'running' && currentRun(entry)?.runId === event.runId);
  if (!record) return;
  if (event.type === 'runEpoch') {
    const judged = withEpoch(record, event.runId, epochMetric(record.config.metric.name, event), Date.now());
    put(judged.record);
    if (judged.stop !== undefined) stopSweepRun(event.runId);
  }
  if (event.type === 'runFinished') {
    const ended = withRunFinished(record, event.runId, event.status, event.reason, Date.now());
    put(ended);
    if (ended.status === 'running') launchWhenReady(ended);
  }
}

let following = false;

function ensureFollowing(): void {
  if (following) return;
  following = true;
  onRunEvent(follow);
}

/** Starts a new sweep with this config and shows it. */
export function beginSweep(config: SweepConfig): void {
  ensureFollowing();
  const record = newSweep(`sweep-${Date.now().toString(36)}`, config, Date.now());
  patchSweeps({ shownId: record.id, formOpen: false });
  put(record);
  launchWhenReady(record);
}

/** Pauses a sweep: its current run stops now and is trained again, from its start, on resume. */
export function pauseSweep(id: string): void {
  const record = sweepById(id);
  if (record?.status !== 'running') return;
  const run = currentRun(record);
  put(paused(record, 'user', Date.now()));
  if (run) stopSweepRun(run.runId);
}

/** Resumes a paused sweep with its next run (the interrupted one again). */
export function resumeSweep(id: string): void {
  const record = sweepById(id);
  if (record?.status !== 'paused') return;
  ensureFollowing();
  const running: SweepRecord = { ...record, status: 'running', pausedBy: undefined, updatedAt: Date.now() };
  put(running);
  launchWhenReady(running);
}

/** Ends a sweep for good: its current run stops and is dropped; the ended runs stay. */
export function stopSweep(id: string): void {
  const record = sweepById(id);
  if (record?.status !== 'running' && record?.status !== 'paused') return;
  const run = currentRun(record);
  put(stopped(record, Date.now()));
  if (run) stopSweepRun(run.runId);
}

/** Reads the stored sweeps; one found running was interrupted by a reload and is paused. */
export async function loadSweeps(): Promise<void> {
  try {
    const records = await readAllRecords<SweepRecord>('sweeps');
    const now = Date.now();
    const fixed = records.map((record) => afterReload(record, now));
    patchSweeps({ list: [...fixed].sort((a, b) => b.createdAt - a.createdAt) });
    fixed.filter((record, index) => record !== records[index]).forEach(put);
  } catch (error) {
    patchSweeps({ storageError: error instanceof Error ? error.message : String(error) });
  }
}
