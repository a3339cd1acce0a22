import * as tf from '@tensorflow/tfjs';
import type { NetworkSpec } from '../../core/model/spec';
import type { TrainingSettings } from '../../core/training/settings';
import { modelArtifacts } from './artifacts';
import { SeededDropout } from './seeded-dropout';

/** The key under model.json's `userDefinedMetadata` that holds what the playground knows. */
export const METADATA_KEY = 'convnetPlayground';

/** What the playground stores beside an exported model, so the app can rebuild and describe it. */
export interface ExportMetadata {
  /** Bumped when the shape of this record changes. */
  readonly version: 1;
  readonly spec: NetworkSpec;
  /** How the model was trained; absent for a model that was not trained here. */
  readonly settings?: TrainingSettings;
}

type KerasLayerJson = { class_name: string; config: { name: string; rate?: number } };

/**
 * The layer's Keras JSON as any TF.js or Keras-style loader knows it: our
 * SeededDropout becomes the standard Dropout with the same name and rate (and no
 * seed, with which the standard layer would draw one mask forever).
 */
function standardLayerJson(layer: KerasLayerJson): KerasLayerJson {
  if (layer.class_name !== SeededDropout.className) return layer;
  return { class_name: 'Dropout', config: { name: layer.config.name, rate: Number(layer.config.rate) } };
}

/** A twin of `model` made of standard layers only, holding the same weight values. */
async function standardTwin(model: tf.LayersModel): Promise<tf.LayersModel> {
  const topology = model.toJSON(null, false) as { config: { layers: KerasLayerJson[] } };
  topology.config.layers = topology.config.layers.map(standardLayerJson);
  const twin = await tf.models.modelFromJSON({ modelTopology: topology as unknown as tf.io.ModelJSON['modelTopology'] });
  try {
    twin.setWeights(model.getWeights());
  } catch (error) {
    twin.dispose();
    throw error;
  }
  return twin;
}

/**
 * The model as TF.js Layers artifacts (topology, weight specs and one weight
 * buffer), ready to be written as `model.json` + `weights.bin`: dropout layers are
 * TF.js's standard `Dropout`, and `userDefinedMetadata[METADATA_KEY]` holds the
 * spec and the training settings. The model is left untouched.
 */
export async function exportArtifacts(model: tf.LayersModel, spec: NetworkSpec, settings?: TrainingSettings): Promise<tf.io.ModelArtifacts> {
  if (model.layers.length !== spec.layers.length) {
    throw new Error(`The model has ${model.layers.length} layers but the spec "${spec.name}" has ${spec.layers.length}`);
  }
  const metadata: ExportMetadata = { version: 1, spec, ...(settings ? { settings } : {}) };
  const twin = await standardTwin(model);
  try {
    twin.setUserDefinedMetadata({ [METADATA_KEY]: JSON.parse(JSON.stringify(metadata)) as object });
    return await modelArtifacts(twin);
  } finally {
    twin.dispose();
  }
}
