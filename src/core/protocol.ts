/**
 * The one message protocol between the page and the worker. Commands (page → worker)
 * are imperative; events (worker → page) are past tense. Every request-scoped message
 * carries the requestId of the command that caused it, so the page can drop events
 * that belong to a request it has since replaced. Only plain data and typed arrays
 * cross; typed arrays are transferred, tensors never are.
 */
import type { AugmentationSettings } from './augment/settings';
import type { BackendAttempt, BackendName } from './backends';
import type { DatasetId } from './datasets/catalog';
import type { ClassificationMetrics } from './metrics/classification';
import type { ModelCommand, ModelEvent } from './model-protocol';
import type { NetworkSpec } from './model/spec';
import type { TrainingSettings } from './training/settings';

/** Which split an example comes from. */
export type SplitName = 'train' | 'validation' | 'test';

/** Starts the TF.js backend: the requested one, else the first that works. */
export interface StartBackendCommand {
  readonly type: 'startBackend';
  readonly requested?: BackendName | undefined;
}

/** Loads a dataset's assets (from the cache when they are there) into the worker. */
export interface LoadDatasetCommand {
  readonly type: 'loadDataset';
  readonly requestId: number;
  readonly dataset: DatasetId;
  /** URL of the folder holding `<dataset>/manifest.json`. */
  readonly assetsUrl: string;
}

/** Asks for sample images and per-split class counts of the loaded dataset. */
export interface DescribeDatasetCommand {
  readonly type: 'describeDataset';
  readonly requestId: number;
  readonly dataset: DatasetId;
  readonly protocolId: string;
  /** Seeds the split, as a run with this seed would split. */
  readonly seed: number;
  readonly sampleSplit: SplitName;
  readonly sampleCount: number;
  /** Seeds which samples are shown ("Other samples" changes it). */
  readonly sampleSeed: number;
}

/**
 * Measures training speed of a network on every backend this browser offers, picks
 * the fastest and makes it active (remembered per network in IndexedDB unless `fresh`).
 */
export interface CalibrateBackendsCommand {
  readonly type: 'calibrateBackends';
  readonly requestId: number;
  readonly dataset: DatasetId;
  readonly network: NetworkSpec;
  /** Measure again even when a remembered result exists. */
  readonly fresh: boolean;
}

/** Starts a training run on the active backend (any previous run is stopped first). */
export interface StartRunCommand {
  readonly type: 'startRun';
  readonly runId: string;
  readonly settings: TrainingSettings;
}

/** Pause, resume or stop the run with this id (ignored for any other run). */
export interface RunControlCommand {
  readonly type: 'pauseRun' | 'resumeRun' | 'stopRun';
  readonly runId: string;
}

/** Asks for the held-out images of one confusion-matrix cell from the run's latest epoch. */
export interface RequestCellImagesCommand {
  readonly type: 'requestCellImages';
  readonly runId: string;
  readonly truth: number;
  readonly predicted: number;
  /** At most this many images. */
  readonly limit: number;
}

/** Asks for augmented copies of one training image, as training would see them. */
export interface PreviewAugmentationCommand {
  readonly type: 'previewAugmentation';
  readonly requestId: number;
  readonly dataset: DatasetId;
  /** Index into the official training split. */
  readonly sourceIndex: number;
  readonly augmentation: AugmentationSettings;
  readonly seed: number;
  readonly count: number;
}

export type WorkerCommand =
  | ModelCommand
  | PreviewAugmentationCommand
  | RequestCellImagesCommand
  | StartBackendCommand
  | LoadDatasetCommand
  | DescribeDatasetCommand
  | CalibrateBackendsCommand
  | StartRunCommand
  | RunControlCommand;

/** The backend is running. */
export interface BackendStartedEvent {
  readonly type: 'backendStarted';
  readonly backend: BackendName;
  /** Why this backend: requested, or the first of the preference list that started. */
  readonly reason: string;
  readonly attempts: readonly BackendAttempt[];
}

/** No backend could start at all. */
export interface BackendFailedEvent {
  readonly type: 'backendFailed';
  readonly message: string;
  readonly attempts: readonly BackendAttempt[];
}

/** Stages of a dataset load, in order. */
export type LoadPhase = 'manifest' | 'cache' | 'download' | 'decode' | 'verify' | 'store' | 'tensors';

export interface DatasetProgressEvent {
  readonly type: 'datasetProgress';
  readonly requestId: number;
  readonly phase: LoadPhase;
  /** Overall progress of the load in [0, 1]. */
  readonly fraction: number;
  /** Bytes fetched so far and in all (download phase only; 0 otherwise). */
  readonly loadedBytes: number;
  readonly totalBytes: number;
}

/** Where a loaded dataset came from. */
export type DatasetSource = 'network' | 'network-uncached' | 'cache';

export interface DatasetLoadedEvent {
  readonly type: 'datasetLoaded';
  readonly requestId: number;
  readonly dataset: DatasetId;
  /**
   * 'cache' when nothing but the manifest was fetched; 'network-uncached' when the
   * browser refused to store the download (full storage), so the next load fetches again.
   */
  readonly source: DatasetSource;
  readonly elapsedMs: number;
  readonly counts: Readonly<Record<'train' | 'test', number>>;
  /** A batch cut from the data was built as tensors on this backend. */
  readonly tensorCheck: {
    readonly backend: BackendName;
    readonly xsShape: readonly number[];
    readonly ysShape: readonly number[];
  };
}

export interface DatasetFailedEvent {
  readonly type: 'datasetFailed';
  readonly requestId: number;
  readonly dataset: DatasetId;
  /** What went wrong, naming the file or asset. */
  readonly message: string;
  /** What the user can do about it. */
  readonly fix: string;
}

/** One sample image: uint8 pixels in HWC order (transferred). */
export interface SampleImage {
  readonly split: SplitName;
  /** Index into the official split the image comes from (train or test). */
  readonly sourceIndex: number;
  readonly label: number;
  readonly pixels: Uint8Array;
}

export interface DatasetDescribedEvent {
  readonly type: 'datasetDescribed';
  readonly requestId: number;
  readonly dataset: DatasetId;
  readonly protocolId: string;
  readonly seed: number;
  readonly samples: readonly SampleImage[];
  /** Examples per class (index = class) in each split of the protocol. */
  readonly classCounts: Readonly<Record<SplitName, readonly number[]>>;
}

/** A failure outside any request (for instance an uncaught exception in the worker). */
export interface WorkerFailedEvent {
  readonly type: 'workerFailed';
  readonly message: string;
}

/** One backend's measured training speed, or why it could not be measured. */
export interface BackendMeasurement {
  readonly backend: BackendName;
  /** Training examples per second after warm-up; 0 when it failed. */
  readonly examplesPerSecond: number;
  /** Time to the first finished training step, ms (shader compilation and the like). */
  readonly firstStepMs: number;
  readonly error?: string;
}

export interface BackendsCalibratedEvent {
  readonly type: 'backendsCalibrated';
  readonly requestId: number;
  readonly network: string;
  readonly measurements: readonly BackendMeasurement[];
  readonly chosen: BackendName;
  /** True when the result came from an earlier measurement on this device. */
  readonly remembered: boolean;
  /** Unix time of the measurement, ms. */
  readonly measuredAt: number;
}

/** A run's numbers as plain arrays (one entry per batch). */
export interface BatchSeries {
  readonly epoch: readonly number[];
  readonly step: readonly number[];
  readonly loss: readonly number[];
  readonly accuracy: readonly number[];
}

export interface RunStartedEvent {
  readonly type: 'runStarted';
  readonly runId: string;
  readonly backend: BackendName;
  readonly params: { readonly total: number; readonly trainable: number };
  readonly trainCount: number;
  readonly validationCount: number;
  readonly batchesPerEpoch: number;
}

export interface RunBatchesEvent {
  readonly type: 'runBatches';
  readonly runId: string;
  readonly batches: BatchSeries;
  /** Training examples per second over these batches (their steps and read-back only). */
  readonly examplesPerSecond: number;
  /** tf.memory().numTensors now: a count that keeps growing is a leak. */
  readonly numTensors: number;
  /** Training time so far, pauses excluded, ms. */
  readonly elapsedMs: number;
}

export interface RunEpochEvent {
  readonly type: 'runEpoch';
  readonly runId: string;
  /** 0-based epoch index. */
  readonly epoch: number;
  readonly loss: number;
  readonly accuracy: number;
  readonly valLoss?: number | undefined;
  readonly valAccuracy?: number | undefined;
  readonly examplesPerSecond: number;
}

export interface RunPausedEvent {
  readonly type: 'runPaused' | 'runResumed';
  readonly runId: string;
}

export interface RunEvaluatedEvent {
  readonly type: 'runEvaluated';
  readonly runId: string;
  readonly test: ClassificationMetrics & { readonly loss: number };
}

export type RunStatus = 'completed' | 'stopped' | 'diverged' | 'failed';

export interface RunFinishedEvent {
  readonly type: 'runFinished';
  readonly runId: string;
  readonly status: RunStatus;
  /** Why, in words, for 'diverged' and 'failed'. */
  readonly reason?: string | undefined;
  readonly elapsedMs: number;
  readonly examplesPerSecond: number;
}

/** Which examples an epoch's held-out evaluation ran on. */
export type HeldOutSource = 'validation' | 'test' | 'train-probe';

/** A held-out image with what the model made of it (pixels transferred, HWC uint8). */
export interface GalleryImage {
  readonly split: SplitName;
  readonly sourceIndex: number;
  readonly truth: number;
  readonly predicted: number;
  /** Probability the model gave its predicted class. */
  readonly confidence: number;
  readonly pixels: Uint8Array;
}

/** After each epoch: the held-out confusion matrix, scores and error galleries. */
export interface RunHeldOutEvent {
  readonly type: 'runHeldOut';
  readonly runId: string;
  readonly epoch: number;
  readonly source: HeldOutSource;
  readonly count: number;
  readonly loss: number;
  readonly metrics: ClassificationMetrics;
  /** The errors the model was most sure of, most confident first. */
  readonly confidentErrors: readonly GalleryImage[];
  /** A seeded sample of misclassified images. */
  readonly misclassified: readonly GalleryImage[];
}

/** The images of one confusion-matrix cell. */
export interface CellImagesEvent {
  readonly type: 'cellImages';
  readonly runId: string;
  readonly epoch: number;
  readonly truth: number;
  readonly predicted: number;
  /** Images in the cell in all (the event carries at most the requested limit). */
  readonly total: number;
  readonly images: readonly GalleryImage[];
}

/** Augmented copies of one training image (HWC uint8 pixels, transferred). */
export interface AugmentationPreviewEvent {
  readonly type: 'augmentationPreview';
  readonly requestId: number;
  readonly dataset: DatasetId;
  readonly sourceIndex: number;
  readonly label: number;
  readonly original: Uint8Array;
  readonly images: readonly Uint8Array[];
}

export type WorkerEvent =
  | ModelEvent
  | AugmentationPreviewEvent
  | RunHeldOutEvent
  | CellImagesEvent
  | BackendsCalibratedEvent
  | RunStartedEvent
  | RunBatchesEvent
  | RunEpochEvent
  | RunPausedEvent
  | RunEvaluatedEvent
  | RunFinishedEvent
  | BackendStartedEvent
  | BackendFailedEvent
  | DatasetProgressEvent
  | DatasetLoadedEvent
  | DatasetFailedEvent
  | DatasetDescribedEvent
  | WorkerFailedEvent;
