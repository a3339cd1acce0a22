import { create } from 'zustand';
import type { BackendAttempt, BackendName } from '../../core/backends';
import type { DatasetId } from '../../core/datasets/catalog';
import type { PresetId } from '../../core/model/presets';
import type { BackendsCalibratedEvent, CellImagesEvent, DatasetDescribedEvent, HeldOutSource, LoadPhase, RunEpochEvent, RunEvaluatedEvent, RunHeldOutEvent, RunStatus, SplitName } from '../../core/protocol';
import { PRESET_TRAINING } from '../../core/training/defaults';
import type { OptimizerSettings, TrainingSettings } from '../../core/training/settings';

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

/** What the user has set up for the next run (numbers as typed, validated on Train). */
export interface TrainingForm {
  readonly architecture: PresetId;
  readonly optimizer: OptimizerSettings['kind'];
  readonly learningRate: number;
  readonly batchSize: number;
  readonly epochs: number;
  /** Training examples to use; undefined = the whole training split. */
  readonly trainLimit: number | undefined;
  readonly seed: number;
  /** 'auto' measures every backend and takes the fastest. */
  readonly backendChoice: 'auto' | BackendName;
}

/** Where a run is: before it trains, while it trains, and how it ended. */
export type RunPhase = 'measuring' | 'starting' | 'running' | 'paused' | RunStatus;

/** The current (or last) run as the page shows it. */
export interface RunState {
  readonly runId: string;
  readonly phase: RunPhase;
  readonly settings: TrainingSettings;
  readonly backend?: BackendName;
  readonly params?: { readonly total: number; readonly trainable: number };
  readonly trainCount: number;
  readonly validationCount: number;
  readonly batchesPerEpoch: number;
  /** 0-based epoch and batch of the latest step. */
  readonly epoch: number;
  readonly batch: number;
  readonly lastLoss?: number | undefined;
  readonly lastAccuracy?: number | undefined;
  readonly examplesPerSecond: number;
  readonly numTensors: number;
  /** Training time so far, pauses excluded, ms. */
  readonly elapsedMs: number;
  readonly epochs: readonly RunEpochEvent[];
  /** The latest epoch's held-out confusion matrix, scores and error galleries. */
  readonly heldOut?: RunHeldOutEvent | undefined;
  /** Held-out loss and accuracy of every epoch so far. */
  readonly heldOutHistory: readonly { readonly epoch: number; readonly source: HeldOutSource; readonly loss: number; readonly accuracy: number }[];
  /** The images of the confusion-matrix cell the user opened. */
  readonly cell?: CellImagesEvent | undefined;
  readonly test?: RunEvaluatedEvent['test'];
  /** Why it diverged or failed, in words. */
  readonly reason?: string;
}

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
  readonly form: TrainingForm;
  /** Problems that keep the form from training, shown beside it. */
  readonly formProblems: readonly string[];
  readonly run: RunState | undefined;
  readonly calibration: BackendsCalibratedEvent | undefined;
}

const LENET = PRESET_TRAINING.lenet5;

/** The form's starting values: LeNet-5's preset. */
export const DEFAULT_FORM: TrainingForm = {
  architecture: 'lenet5', optimizer: LENET.optimizer.kind, learningRate: LENET.learningRate, batchSize: LENET.batchSize,
  epochs: LENET.epochs, trainLimit: undefined, seed: 1, backendChoice: 'auto',
};

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
  form: DEFAULT_FORM,
  formProblems: [],
  run: undefined,
  calibration: undefined,
}));
