import { ModelLoadError } from '../model/load';

/** Why a Keras file could not be imported, for callers that react to the kind. */
export type KerasImportProblem =
  /** Not an HDF5 file, or a truncated or damaged one. */
  | 'not-hdf5'
  /** A .keras file that is not a readable zip archive. */
  | 'not-zip'
  /** A .keras archive without config.json or model.weights.h5. */
  | 'missing-entry'
  /** The model config is missing, not JSON, or not shaped like a Keras model config. */
  | 'bad-config'
  /** A layer, an option or a topology the playground does not import. */
  | 'unsupported'
  /** A layer whose weights the file lacks. */
  | 'missing-weights'
  /** Stored weights whose count or shapes differ from what the layer needs. */
  | 'weight-mismatch';

/**
 * A Keras file that cannot be imported. The message is one line without a final
 * period, naming the layer, its class and the option or weight at fault where
 * there is one. A ModelLoadError, so callers that load any model catch both.
 */
export class KerasImportError extends ModelLoadError {
  constructor(
    readonly problem: KerasImportProblem,
    message: string,
  ) {
    super(message);
    this.name = 'KerasImportError';
  }
}

/** A layer as a message names it. */
export interface LayerRef {
  readonly name: string;
  readonly className: string;
}

/** `Layer "conv2d" (Conv2D)`. */
export function layerLabel(ref: LayerRef): string {
  return `Layer "${ref.name}" (${ref.className})`;
}

/** The message of any thrown value, first line only. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? '';
}
