import type { RunRecord, RunStart } from '../../core/runs/record';

/** Something the run history tells the user once: an import refused or done, a failed save. */
export type RunsNotice =
  | { readonly kind: 'importFailed'; readonly reason: string }
  | { readonly kind: 'imported'; readonly count: number }
  | { readonly kind: 'storageFailed'; readonly reason: string }
  | { readonly kind: 'cardFailed'; readonly reason: string };

/** The coursework's experiment map while it is queued: the runs to start and the ids of those started. */
export interface MapQueueState {
  readonly starts: readonly RunStart[];
  /** Ids of the runs started so far, in queue order (the last one may still be training). */
  readonly runIds: readonly string[];
  readonly status: 'running' | 'done' | 'cancelled';
}

/** What the "Run history" panel shows: every recorded run, the selection, the comparison. */
export interface RunsState {
  /** False until the records stored in this browser have been read. */
  readonly loaded: boolean;
  /** Every run, oldest first. */
  readonly records: readonly RunRecord[];
  /** Ids of the runs ticked in the table. */
  readonly selected: readonly string[];
  /** Ids of the runs the comparison shows, in table order; undefined when it is closed. */
  readonly comparing?: readonly string[] | undefined;
  /** The runs of the latest delete, kept in memory so "Undo" can write them back. */
  readonly deleted: readonly RunRecord[];
  readonly notice?: RunsNotice | undefined;
  readonly queue?: MapQueueState | undefined;
}

export const INITIAL_RUNS: RunsState = { loaded: false, records: [], selected: [], deleted: [] };
