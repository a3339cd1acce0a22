/**
 * Records every run in IndexedDB as it goes: the page registers what it knows when it
 * starts a run (name, settings, labels), the worker's run events fill in the rest, and
 * the record is written after every event that changes what is kept (start, epoch,
 * held-out evaluation, test results, end). A reload loses at most the epoch in progress.
 */
import { applyRunEvent, markInterrupted, type RunRecord, type RunRecordEvent, type RunStart } from '../../core/runs/record';
import type { TrainingSettings } from '../../core/training/settings';
import { readAllRecords, transact } from '../../browser/idb';
import { useAppStore } from './store';
import type { RunsState } from './runs';
import { onRunEvent, type RunEvent } from './worker-client';

/** Start data of runs the page asked for, until their runStarted arrives. */
const starts = new Map<string, RunStart>();
/** Records of runs in progress, with every event applied (batches too, for the duration). */
const live = new Map<string, RunRecord>();
/** Writes, one after another, so a later state never lands before an earlier one. */
let writes: Promise<void> = Promise.resolve();
let loading: Promise<void> | undefined;

/** The events after which the record is saved; batches and pauses only move the duration. */
const SAVED: ReadonlySet<RunEvent['type']> = new Set(['runStarted', 'runEpoch', 'runHeldOut', 'runEvaluated', 'runFinished']);

const RECORD_EVENTS: ReadonlySet<string> = new Set([...SAVED, 'runBatches', 'runPaused', 'runResumed']);

function isRecordEvent(event: RunEvent): event is RunRecordEvent {
  return RECORD_EVENTS.has(event.type);
}

/** Changes the run-history slice of the store. */
export function setRuns(change: (runs: RunsState) => Partial<RunsState>): void {
  useAppStore.setState((state) => ({ runs: { ...state.runs, ...change(state.runs) } }));
}

/** Replaces records with the same id and adds the others, keeping the list oldest first. */
export function mergeRecords(records: readonly RunRecord[], incoming: readonly RunRecord[]): RunRecord[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  for (const record of incoming) byId.set(record.id, record);
  return [...byId.values()].sort((a, b) => a.createdAt - b.createdAt);
}

function storageFailed(error: unknown): false {
  setRuns(() => ({ notice: { kind: 'storageFailed', reason: error instanceof Error ? error.message : String(error) } }));
  return false;
}

/** Queues one transaction over the runs store; resolves false (and shows why) when it failed. */
function queueWrite(action: (store: IDBObjectStore) => void): Promise<boolean> {
  const done = writes
    .then(() => transact(['runs'], 'readwrite', (transaction) => action(transaction.objectStore('runs'))))
    .then(() => true, storageFailed);
  writes = done.then(() => undefined);
  return done;
}

/** Writes records in one transaction (all or none); false when it failed (shown, not thrown). */
export function storeRecords(records: readonly RunRecord[]): Promise<boolean> {
  return queueWrite((store) => records.forEach((record) => store.put(record)));
}

/** Deletes records by id in one transaction. */
export function deleteStoredRecords(ids: readonly string[]): Promise<boolean> {
  return queueWrite((store) => ids.forEach((id) => store.delete(id)));
}

/** The name a run started from the form gets: its network and a number, "LeNet-5 #3". */
export function defaultRunName(settings: TrainingSettings): string {
  const network = settings.network.name;
  const same = useAppStore.getState().runs.records.filter((record) => record.settings.network.name === network).length;
  return `${network} #${same + 1}`;
}

/** Called by the page as it asks the worker for a run: what the record needs that the worker does not report. */
export function registerRunStart(runId: string, start: RunStart): void {
  starts.set(runId, start);
}

function recordEvent(event: RunEvent): void {
  if (!isRecordEvent(event)) return;
  const before = live.get(event.runId);
  const start = starts.get(event.runId);
  const after = applyRunEvent(before, event, { now: Date.now(), ...(start ? { start } : {}) });
  if (!after || after === before) return;
  live.set(event.runId, after);
  if (event.type === 'runFinished') {
    live.delete(event.runId);
    starts.delete(event.runId);
  }
  if (!SAVED.has(event.type)) return;
  setRuns((runs) => ({ records: mergeRecords(runs.records, [after]) }));
  void storeRecords([after]);
}

onRunEvent(recordEvent);

async function load(): Promise<void> {
  try {
    const stored = await readAllRecords<RunRecord>('runs');
    const now = Date.now();
    const checked = stored.map((record) => (live.has(record.id) ? record : markInterrupted(record, now)));
    const interrupted = checked.filter((record, index) => record !== stored[index]);
    setRuns((runs) => ({ loaded: true, records: mergeRecords(checked, runs.records) }));
    if (interrupted.length > 0) await storeRecords(interrupted);
  } catch (error) {
    storageFailed(error);
    setRuns(() => ({ loaded: true }));
  }
}

/**
 * Reads the stored runs once per page: those still marked 'running' were cut off by
 * a reload or a closed tab, so they become 'interrupted' and are written back.
 */
export function loadRunHistory(): Promise<void> {
  loading ??= load();
  return loading;
}

function keepSavedModel(runId: string, savedModelId: string): void {
  const liveRecord = live.get(runId);
  if (liveRecord) live.set(runId, { ...liveRecord, savedModelId });
  const record = useAppStore.getState().runs.records.find((candidate) => candidate.id === runId);
  if (!record || record.savedModelId === savedModelId) return;
  const updated = { ...record, savedModelId, updatedAt: Date.now() };
  setRuns((runs) => ({ records: mergeRecords(runs.records, [updated]) }));
  void storeRecords([updated]);
}

/** When the user keeps the current run's weights ("Save model" of this run's model), its record names the saved model. */
useAppStore.subscribe((state, previous) => {
  const savedId = state.models.justSaved;
  if (savedId && savedId !== previous.models.justSaved && state.models.active === 'run' && state.run) keepSavedModel(state.run.runId, savedId);
});
