import type { ModelEvaluatedEvent, ModelInfo, ModelOperation, ModelRef, PredictedEvent, SavedModelSummary } from '../../core/model-protocol';
import type { SampleImage } from '../../core/protocol';

/** One uploaded image and what became of it. */
export interface UploadEntry {
  readonly requestId: number;
  readonly fileName: string;
  readonly result?: PredictedEvent | undefined;
  /** Why it could not be classified. */
  readonly error?: string | undefined;
}

/** What the "Try the model" and "Models" panels show. */
export interface ModelsState {
  /** Which model predictions, saving, download and evaluation use. */
  readonly active: ModelRef;
  /** The model loaded from a save or from files, once there is one. */
  readonly loaded?: ModelInfo | undefined;
  readonly saved: readonly SavedModelSummary[];
  /** Request ids of the commands awaiting an answer, by operation. */
  readonly pending: Readonly<Partial<Record<ModelOperation, number>>>;
  /** The latest failure of a model command, with what to do. */
  readonly failure?: { readonly operation: ModelOperation; readonly message: string } | undefined;
  /** The id of the model the latest save stored (the panel says so). */
  readonly justSaved?: string | undefined;
  readonly evaluation?: ModelEvaluatedEvent | undefined;
  /** The drawing pad's latest prediction, or why it failed. */
  readonly pad?: PredictedEvent | undefined;
  readonly padError?: string | undefined;
  /** The request id of the pad's latest answer (prediction or failure): the pad sends its next drawing then. */
  readonly padAnswered?: number | undefined;
  readonly uploads: readonly UploadEntry[];
  /** Test images to pick from, and the one picked with its prediction. */
  readonly testImages: readonly SampleImage[];
  readonly picked?: { readonly sample: SampleImage; readonly result?: PredictedEvent | undefined; readonly error?: string | undefined } | undefined;
  /** The latest answer to any prediction (pad, upload or picked image): what the status "Prediction" says. */
  readonly latest?: { readonly result?: PredictedEvent | undefined; readonly error?: string | undefined } | undefined;
  /** The latest prediction that came with feature maps and filters. */
  readonly inside?: PredictedEvent | undefined;
}

export const INITIAL_MODELS: ModelsState = { active: 'run', saved: [], pending: {}, uploads: [], testImages: [] };
