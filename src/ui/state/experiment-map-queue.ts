/**
 * The coursework's experiment map as a queue: five runs started one after another
 * (the next when the previous finishes), then compared in one table.
 */
import { experimentMapQueue } from '../../core/runs/experiment-map';
import type { RunStart } from '../../core/runs/record';
import { compareRuns } from './run-history-actions';
import { setRuns } from './run-history';
import type { MapQueueState } from './runs';
import { useAppStore } from './store';
import { startRunWith, stopRun } from './training-actions';
import { onRunEvent } from './worker-client';

/** How long the map's runs train: epochs per run (≥ 1) and, optionally, fewer training examples. */
export interface MapRunLength {
  readonly epochs: number;
  readonly trainLimit?: number | undefined;
}

const queue = (): MapQueueState | undefined => useAppStore.getState().runs.queue;

function limited(start: RunStart, trainLimit: number | undefined): RunStart {
  if (trainLimit === undefined) return start;
  return { ...start, name: `${start.name}, ${trainLimit} training examples`, settings: { ...start.settings, trainLimit } };
}

function startNext(): void {
  const current = queue();
  if (current?.status !== 'running') return;
  const next = current.starts[current.runIds.length];
  if (!next) {
    setRuns(() => ({ queue: { ...current, status: 'done' } }));
    compareRuns(current.runIds);
    return;
  }
  const { settings, ...labels } = next;
  const runId = startRunWith(settings, labels);
  setRuns(() => ({ queue: runId ? { ...current, runIds: [...current.runIds, runId] } : { ...current, status: 'cancelled' } }));
}

/** Queues the five runs of the map and starts the first. */
export function startExperimentMap(length: MapRunLength): void {
  const starts = experimentMapQueue({ epochs: length.epochs }).map((start) => limited(start, length.trainLimit));
  setRuns(() => ({ queue: { starts, runIds: [], status: 'running' } }));
  startNext();
}

/** Stops the run in progress and starts no more. */
export function cancelExperimentMap(): void {
  const current = queue();
  if (current?.status !== 'running') return;
  setRuns(() => ({ queue: { ...current, status: 'cancelled' } }));
  stopRun();
}

onRunEvent((event) => {
  const current = queue();
  if (event.type !== 'runFinished' || current?.status !== 'running' || current.runIds.at(-1) !== event.runId) return;
  if (event.status === 'stopped') {
    setRuns(() => ({ queue: { ...current, status: 'cancelled' } }));
    return;
  }
  setTimeout(startNext, 0);
});
