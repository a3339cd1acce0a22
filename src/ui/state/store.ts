import { create } from 'zustand';
import type { BackendAttempt, BackendName } from '../../core/backends';
import type { AugmentationPreviewEvent, DatasetSource, BackendsCalibratedEvent, CellImagesEvent, DatasetDescribedEvent, HeldOutSource, LoadPhase, RunEpochEvent, RunEvaluatedEvent, RunHeldOutEvent, RunStatus, SplitName } from '../../core/protocol';
import type { TrainingSettings } from '../../core/training/settings';
import { DEFAULT_EXPERIMENT, type Experiment } from '../../core/url/experiment';
import type { Language } from '../i18n/languages';
import { INITIAL_MODELS, type ModelsState } from './models';
import { INITIAL_RUNS, type RunsState } from './runs';
import { savedLanguage } from './preferences';
import { INITIAL_SWEEPS, type SweepsState } from './sweeps';

/** Why a backend was chosen: the worker's words, or the measurement that picked it (put in words by the UI). */
export type BackendReason = string | BackendsCalibratedEvent;

/** What the page knows of the worker's backend. */
export type BackendState =
  | { readonly status: 'starting' }
  | { readonly status: 'ready'; readonly name: BackendName; readonly reason: BackendReason; readonly attempts: readonly BackendAttempt[] }
  | { readonly status: 'failed'; readonly message: string };

/** The current dataset load, tagged with the request that started it. */
export type LoadState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly requestId: number; readonly phase: LoadPhase; readonly fraction: number; readonly loadedBytes: number; readonly totalBytes: number }
  | {
      readonly status: 'loaded';
      readonly requestId: number;
      readonly source: DatasetSource;
      readonly elapsedMs: number;
      readonly counts: Readonly<Record<'train' | 'test', number>>;
      readonly tensorShape: readonly number[];
    }
  | { readonly status: 'failed'; readonly requestId: number; readonly message: string; readonly fix: string };

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
  /** Tensors at the run's first report (weights and optimizer state exist by then): growth beyond it is a leak. */
  readonly tensorBaseline?: number | undefined;
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

/** A failure of the worker itself: its own message, or a crash the page saw (with the browser's detail). */
export type WorkerError = { readonly kind: 'message'; readonly message: string } | { readonly kind: 'crashed'; readonly detail: string };

/** The whole page state; actions live in actions.ts as plain functions. */
export interface AppState {
  /** The experiment being set up: dataset, network, settings, seed; mirrored in the URL. */
  readonly experiment: Experiment;
  /** Parts of the opened link that were ignored, and why. */
  readonly linkNotices: readonly string[];
  readonly sampleSplit: SplitName;
  /** Seeds which samples the dataset view shows. */
  readonly sampleSeed: number;
  /** Augmented copies of one training image, and the request that asked for them. */
  readonly preview: AugmentationPreviewEvent | undefined;
  readonly previewRequest: number;
  /** Which training image the augmentation preview distorts. */
  readonly previewIndex: number;
  readonly backend: BackendState;
  readonly load: LoadState;
  readonly view: DatasetDescribedEvent | undefined;
  /** A failure of the worker itself (crash), shown above everything. */
  readonly workerError: WorkerError | undefined;
  /** Problems that keep the experiment from training, shown beside the form. */
  readonly formProblems: readonly string[];
  readonly run: RunState | undefined;
  readonly calibration: BackendsCalibratedEvent | undefined;
  /** The UI language, remembered in this browser (preferences.ts). */
  readonly language: Language;
  /** Models: predictions, saved and imported models, evaluation. */
  readonly models: ModelsState;
  /** The run history: recorded runs, selection, comparison, the experiment-map queue. */
  readonly runs: RunsState;
  /** Hyperparameter sweeps: the form, the stored sweeps and their results. */
  readonly sweeps: SweepsState;
}

/** The one store. Components read it through atomic selectors. */
export const useAppStore = create<AppState>()(() => ({
  experiment: DEFAULT_EXPERIMENT,
  linkNotices: [],
  sampleSplit: 'train',
  sampleSeed: 1,
  preview: undefined,
  previewRequest: 0,
  previewIndex: 7,
  backend: { status: 'starting' },
  load: { status: 'idle' },
  view: undefined,
  workerError: undefined,
  formProblems: [],
  run: undefined,
  calibration: undefined,
  language: savedLanguage(),
  models: INITIAL_MODELS,
  runs: INITIAL_RUNS,
  sweeps: INITIAL_SWEEPS,
}));
