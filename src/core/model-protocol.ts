/**
 * The model half of the page ↔ worker protocol (protocol.ts joins it into the one
 * WorkerCommand / WorkerEvent union): predicting with a model, looking inside it,
 * saving, listing, renaming, deleting, exporting, importing and evaluating models.
 * Every message carries the requestId of the command that caused it.
 */
import type { DatasetId } from './datasets/catalog';
import type { ClassificationMetrics } from './metrics/classification';

/**
 * Which model a command means: the training run's model (live: read between training
 * steps without disturbing them, or the finished run's), or the one model loaded into
 * the worker from a save or from files.
 */
export type ModelRef = 'run' | 'loaded';

/** Where a loaded model came from. */
export type ModelOrigin = 'trained' | 'saved' | 'keras-h5' | 'keras-v3' | 'tfjs-layers';

/** One layer as the model-inside view lists it. */
export interface LayerSummary {
  readonly name: string;
  /** Keras class name, e.g. "Conv2D". */
  readonly className: string;
  /** Output shape without the batch axis. */
  readonly outputShape: readonly number[];
}

/** What the page needs to know of a model to use it. */
export interface ModelInfo {
  readonly name: string;
  readonly origin: ModelOrigin;
  /** Input shape without the batch axis, [height, width, channels]; null sides are free. */
  readonly inputShape: readonly (number | null)[];
  /** Output units (classes) of the model's one output. */
  readonly classCount: number;
  readonly params: number;
  readonly layers: readonly LayerSummary[];
  /** Why it cannot classify the dataset the command named (input shape, class count); empty when it can. */
  readonly problems: readonly string[];
  /** Time to read and build it, ms (0 for the run's model). */
  readonly loadMs: number;
}

/** A model stored in the browser's IndexedDB, as the saved-models table lists it. */
export interface SavedModelSummary {
  readonly id: string;
  readonly name: string;
  /** Unix time of the save, ms. */
  readonly savedAt: number;
  /** The dataset it was trained or evaluated on, when known. */
  readonly dataset?: DatasetId | undefined;
  readonly origin: ModelOrigin;
  readonly params: number;
  readonly inputShape: readonly (number | null)[];
  readonly classCount: number;
  /** Test accuracy in [0, 1], when the model was evaluated before saving. */
  readonly testAccuracy?: number | undefined;
  /** Size of the weights, bytes. */
  readonly weightBytes: number;
}

/** An encoded file sent to the worker (bytes transferred). */
export interface FileBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * What to predict on: pixels already in the dataset's image shape (HWC uint8, as the
 * dataset files hold them: the drawing pad and test images), or an encoded image file
 * (PNG, JPEG, WebP) the worker decodes and fits to the dataset's shape.
 */
export type PredictionInput =
  | { readonly kind: 'pixels'; readonly pixels: Uint8Array }
  | { readonly kind: 'file'; readonly file: FileBytes };

/** Classifies one image with a model, optionally with the model's insides. */
export interface PredictCommand {
  readonly type: 'predict';
  readonly requestId: number;
  readonly model: ModelRef;
  readonly dataset: DatasetId;
  readonly input: PredictionInput;
  /** Also send the feature maps of each convolution and the first convolution's filters. */
  readonly withInternals: boolean;
}

/** Values of one tensor without the batch axis, row-major (transferred). */
export interface ValueGrid {
  /** [height, width, channels] for feature maps; [kernelHeight, kernelWidth, inChannels, outChannels] for filters. */
  readonly shape: readonly number[];
  readonly values: Float32Array;
}

/** The feature maps of one convolution layer for the predicted image. */
export interface FeatureMaps extends ValueGrid {
  readonly layer: string;
  /** Channels in the layer; `shape` may hold only the first few (the event says how many). */
  readonly channelTotal: number;
}

export interface ModelInternals {
  /** One entry per Conv2D layer, in order. */
  readonly featureMaps: readonly FeatureMaps[];
  /** The first Conv2D layer's kernel, or undefined for a model without convolutions. */
  readonly filters?: (ValueGrid & { readonly layer: string }) | undefined;
}

export interface PredictedEvent {
  readonly type: 'predicted';
  readonly requestId: number;
  readonly model: ModelRef;
  /** The image as the network saw it: HWC uint8 in the dataset's shape, before pixel scaling (transferred). */
  readonly input: Uint8Array;
  /** One probability per class, summing to 1. */
  readonly probabilities: readonly number[];
  /** A remark on how the input was fitted (e.g. "2,000 × 1,500 photo, centre-cropped and scaled to 32 × 32"). */
  readonly note?: string | undefined;
  readonly internals?: ModelInternals | undefined;
  readonly elapsedMs: number;
}

export interface PredictFailedEvent {
  readonly type: 'predictFailed';
  readonly requestId: number;
  /** The file's name, for an uploaded image. */
  readonly fileName?: string | undefined;
  /** What is wrong and what to do, in one or two sentences. */
  readonly message: string;
}

/** Where a model to load comes from. */
export type ModelSourceRef =
  | { readonly kind: 'saved'; readonly id: string }
  /** Files the user picked: one .h5 / .hdf5, one .keras, or a model.json with its weight files. */
  | { readonly kind: 'files'; readonly files: readonly FileBytes[] };

/** Loads (or imports) a model into the worker's "loaded" slot, replacing what was there only on success. */
export interface LoadModelCommand {
  readonly type: 'loadModel';
  readonly requestId: number;
  readonly source: ModelSourceRef;
  /** The dataset the page shows, to say whether the model fits it. */
  readonly dataset: DatasetId;
}

export interface ModelLoadedEvent {
  readonly type: 'modelLoaded';
  readonly requestId: number;
  readonly info: ModelInfo;
}

/** Asks what the run's model is now (after a run, or during one). */
export interface DescribeRunModelCommand {
  readonly type: 'describeRunModel';
  readonly requestId: number;
  readonly dataset: DatasetId;
}

export interface RunModelDescribedEvent {
  readonly type: 'runModelDescribed';
  readonly requestId: number;
  /** Undefined when no run has built a model yet. */
  readonly info?: ModelInfo | undefined;
}

/** Saves a model to IndexedDB under a name. */
export interface SaveModelCommand {
  readonly type: 'saveModel';
  readonly requestId: number;
  readonly model: ModelRef;
  readonly name: string;
  /** The dataset it fits, recorded with it. */
  readonly dataset: DatasetId;
  readonly testAccuracy?: number | undefined;
}

export interface ListModelsCommand {
  readonly type: 'listModels';
  readonly requestId: number;
}

export interface RenameModelCommand {
  readonly type: 'renameModel';
  readonly requestId: number;
  readonly id: string;
  readonly name: string;
}

export interface DeleteModelCommand {
  readonly type: 'deleteModel';
  readonly requestId: number;
  readonly id: string;
}

/** The saved models after a list, save, rename or delete (newest first). */
export interface ModelsListedEvent {
  readonly type: 'modelsListed';
  readonly requestId: number;
  readonly models: readonly SavedModelSummary[];
  /** The model the command saved, for a save. */
  readonly savedId?: string | undefined;
}

/** Asks for a model as TF.js Layers files (model.json + weights.bin). */
export interface ExportModelCommand {
  readonly type: 'exportModel';
  readonly requestId: number;
  readonly source: ModelRef | { readonly savedId: string };
}

export interface ModelExportedEvent {
  readonly type: 'modelExported';
  readonly requestId: number;
  /** A name to base the file names on. */
  readonly name: string;
  /** model.json's text; its manifest points at "weights.bin". */
  readonly modelJson: string;
  /** weights.bin's bytes (transferred). */
  readonly weights: Uint8Array;
}

/** Evaluates a model on the whole test set of the dataset. */
export interface EvaluateModelCommand {
  readonly type: 'evaluateModel';
  readonly requestId: number;
  readonly model: ModelRef;
  readonly dataset: DatasetId;
}

export interface ModelEvaluatedEvent {
  readonly type: 'modelEvaluated';
  readonly requestId: number;
  readonly model: ModelRef;
  readonly dataset: DatasetId;
  readonly test: ClassificationMetrics & { readonly loss: number };
  /** Test examples evaluated. */
  readonly count: number;
  readonly elapsedMs: number;
}

/** Which model operation failed. */
export type ModelOperation = 'load' | 'save' | 'list' | 'rename' | 'delete' | 'export' | 'evaluate' | 'describe';

/** A model command failed; nothing that was saved or loaded before is changed. */
export interface ModelFailedEvent {
  readonly type: 'modelFailed';
  readonly requestId: number;
  readonly operation: ModelOperation;
  /** What is wrong and what to do. */
  readonly message: string;
}

export type ModelCommand =
  | PredictCommand
  | LoadModelCommand
  | DescribeRunModelCommand
  | SaveModelCommand
  | ListModelsCommand
  | RenameModelCommand
  | DeleteModelCommand
  | ExportModelCommand
  | EvaluateModelCommand;

export type ModelEvent =
  | PredictedEvent
  | PredictFailedEvent
  | ModelLoadedEvent
  | RunModelDescribedEvent
  | ModelsListedEvent
  | ModelExportedEvent
  | ModelEvaluatedEvent
  | ModelFailedEvent;
