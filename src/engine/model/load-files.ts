/**
 * A model from the files a user picked, whatever its format: one Keras .h5 / .hdf5,
 * one Keras .keras, or a TF.js Layers model.json with its weight files.
 */
import type * as tf from '@tensorflow/tfjs';
import type { FileBytes, ModelOrigin } from '../../core/model-protocol';
import { importKerasModel, KerasImportError, kerasFormatOf } from '../import/index';
import { layersArtifactsFromFiles } from './layers-files';
import { loadLayersFromArtifacts, ModelLoadError } from './load';

/** A model built from files, and the format it came in. */
export interface LoadedModelFiles {
  readonly model: tf.LayersModel;
  /** The file the model was read from (the .h5, .keras or model.json). */
  readonly fileName: string;
  readonly origin: Extract<ModelOrigin, 'keras-h5' | 'keras-v3' | 'tfjs-layers'>;
}

/** What a set of files may be, said after what was given. */
export const ACCEPTED_MODEL_FILES =
  'a model is one Keras .h5 (or .hdf5) file, one Keras .keras file, or a TF.js model.json picked together with its weight files (.bin)';

const isJson = (file: FileBytes): boolean => file.name.toLowerCase().endsWith('.json');

/** The file names and sizes, for a message: `model.pt (1,234 bytes)`. */
const listed = (files: readonly FileBytes[]): string =>
  files.map((file) => `${file.name} (${file.bytes.length.toLocaleString('en-US')} bytes)`).join(', ');

/** The same error with the file's name in front and a final period (import messages have neither). */
function naming(name: string, error: unknown): unknown {
  if (!(error instanceof ModelLoadError)) return error;
  const message = `${name}: ${error.message.replace(/\.$/, '')}.`;
  return error instanceof KerasImportError ? new KerasImportError(error.problem, message) : new ModelLoadError(message);
}

function refuseEmpty(file: FileBytes): void {
  if (file.bytes.length === 0) throw new ModelLoadError(`${file.name} is empty (0 bytes); pick the model file again, or save or export the model again.`);
}

/** The one file the model is read from, and its format; throws a ModelLoadError when the files are no model. */
function chooseFormat(files: readonly FileBytes[]): { main: FileBytes; origin: LoadedModelFiles['origin'] } {
  if (files.length === 0) throw new ModelLoadError(`No files were given; ${ACCEPTED_MODEL_FILES}.`);
  const [only] = files;
  const keras = only && files.length === 1 ? kerasFormatOf(only.name) : undefined;
  if (only && keras) return { main: only, origin: keras };
  const jsons = files.filter(isJson);
  const [json] = jsons;
  if (json && jsons.length === 1 && files.every((file) => kerasFormatOf(file.name) === undefined)) return { main: json, origin: 'tfjs-layers' };
  throw new ModelLoadError(`Given ${listed(files)}: ${ACCEPTED_MODEL_FILES}.`);
}

/**
 * Builds the model the picked files hold on the active backend. Wrong sets of files,
 * empty files and files that cannot become a model reject with a one-line
 * ModelLoadError (KerasImportError for Keras files) naming the file.
 */
export async function loadModelFiles(files: readonly FileBytes[]): Promise<LoadedModelFiles> {
  const { main, origin } = chooseFormat(files);
  refuseEmpty(main);
  try {
    if (origin !== 'tfjs-layers') return { model: await importKerasModel(main.bytes, origin), fileName: main.name, origin };
    const artifacts = await layersArtifactsFromFiles(main, files);
    return { model: await loadLayersFromArtifacts(artifacts), fileName: main.name, origin };
  } catch (error) {
    throw error instanceof ModelLoadError && error.message.startsWith(`${main.name}: `) ? error : naming(main.name, error);
  }
}
