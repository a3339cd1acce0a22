import { create } from 'zustand';
import type { BackendAttempt, BackendName } from '../../core/backends';
import type { DatasetId } from '../../core/datasets/catalog';
import type { DatasetDescribedEvent, LoadPhase, SplitName } from '../../core/protocol';

/** What the page knows of the worker's backend. */
export type BackendState =
  | { readonly status: 'starting' }
  | { readonly status: 'ready'; readonly name: BackendName; readonly reason: string; readonly attempts: readonly BackendAttempt[] }
  | { readonly status: 'failed'; readonly message: string };

/** The current dataset load, tagged with the request that started it. */
export type LoadState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly requestId: number; readonly phase: LoadPhase; readonly fraction: number; readonly loadedBytes: number; readonly totalBytes: number }
  | {
      readonly status: 'loaded';
      readonly requestId: number;
      readonly source: 'network' | 'cache';
      readonly elapsedMs: number;
      readonly counts: Readonly<Record<'train' | 'test', number>>;
      readonly tensorShape: readonly number[];
    }
  | { readonly status: 'failed'; readonly requestId: number; readonly message: string; readonly fix: string };

/** The whole page state; actions live in actions.ts as plain functions. */
export interface AppState {
  readonly dataset: DatasetId;
  readonly protocolId: string;
  readonly seed: number;
  readonly sampleSplit: SplitName;
  readonly backend: BackendState;
  readonly load: LoadState;
  readonly view: DatasetDescribedEvent | undefined;
  /** A failure of the worker itself (crash), shown above everything. */
  readonly workerError: string | undefined;
}

/** The one store. Components read it through atomic selectors. */
export const useAppStore = create<AppState>()(() => ({
  dataset: 'mnist',
  protocolId: 'lenet',
  seed: 1,
  sampleSplit: 'train',
  backend: { status: 'starting' },
  load: { status: 'idle' },
  view: undefined,
  workerError: undefined,
}));
