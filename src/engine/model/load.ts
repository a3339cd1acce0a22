import * as tf from '@tensorflow/tfjs';
import type { ImageShape } from '../../core/datasets/catalog';
import { METADATA_KEY, type ExportMetadata } from './export';
import './seeded-dropout';

/**
 * A model to load, by format. Only TF.js Layers artifacts today (model.json and
 * its weights, read into memory by the caller); Keras `.h5` / `.keras` files will
 * join this union as further formats.
 */
export type ModelSource = { readonly format: 'tfjs-layers'; readonly artifacts: tf.io.ModelArtifacts };

/** A model file that cannot be loaded; the message says what is wrong, in one line. */
export class ModelLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelLoadError';
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Builds a TF.js Layers model from in-memory artifacts on the active backend
 * (strict: every weight must be present). SeededDropout is registered, so models
 * saved without exportArtifacts load as well. Failures become ModelLoadError.
 */
export async function loadLayersFromArtifacts(artifacts: tf.io.ModelArtifacts): Promise<tf.LayersModel> {
  try {
    return await tf.loadLayersModel(tf.io.fromMemory(artifacts), { strict: true });
  } catch (error) {
    throw new ModelLoadError(`cannot build the model: ${messageOf(error).split('\n')[0] ?? ''}`);
  }
}

/** Loads a model from any supported source. */
export function loadModel(source: ModelSource): Promise<tf.LayersModel> {
  switch (source.format) {
    case 'tfjs-layers':
      return loadLayersFromArtifacts(source.artifacts);
  }
}

const showShape = (shape: readonly (number | null)[]): string => shape.map((side) => (side === null ? '?' : String(side))).join('×');

/**
 * Why the model cannot classify images of `imageShape` into `classTotal` classes
 * (input shape, one output of one unit per class); empty when it can.
 */
export function modelFitProblems(model: tf.LayersModel, imageShape: ImageShape, classTotal: number): string[] {
  const problems: string[] = [];
  const [input, ...moreInputs] = model.inputs.map((tensor) => tensor.shape.slice(1));
  const [output, ...moreOutputs] = model.outputs.map((tensor) => tensor.shape.slice(1));
  if (!input || moreInputs.length > 0) problems.push(`The model has ${model.inputs.length} inputs; it needs exactly one image input.`);
  else if (showShape(input) !== showShape(imageShape)) {
    problems.push(`The model takes ${showShape(input)} inputs but the dataset's images are ${showShape(imageShape)}.`);
  }
  if (!output || moreOutputs.length > 0) problems.push(`The model has ${model.outputs.length} outputs; it needs exactly one.`);
  else if (output.length !== 1 || output[0] !== classTotal) {
    problems.push(`The model outputs ${showShape(output)} values but the dataset has ${classTotal} classes (one output unit per class needed).`);
  }
  return problems;
}

/** The playground's metadata stored by exportArtifacts, if the artifacts carry it. */
export function exportMetadata(artifacts: tf.io.ModelArtifacts): ExportMetadata | undefined {
  const stored = artifacts.userDefinedMetadata?.[METADATA_KEY] as Partial<ExportMetadata> | undefined;
  return stored?.version === 1 && stored.spec ? (stored as ExportMetadata) : undefined;
}
