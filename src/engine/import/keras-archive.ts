import type * as tf from '@tensorflow/tfjs';
import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { buildModelWithWeights } from './build';
import { firstLine, KerasImportError } from './errors';
import { withH5File, type H5File, type H5Wasm } from './h5';
import { groupMembers, readFloatDataset, type StoredWeight } from './h5-read';
import { parseJson } from './json';
import { planModel, type PlannedLayer } from './model-config';

const CONFIG = 'config.json';
const WEIGHTS = 'model.weights.h5';
const WANTED = new Set([CONFIG, WEIGHTS, 'model.weights.npz']);
const WHAT = WEIGHTS;

/** Where Keras 3 keeps each layer's variables; Keras 2.13-2.15 archives used the second name. */
const LAYER_GROUPS = ['layers', '_layer_checkpoint_dependencies'];

function unzip(bytes: Uint8Array): Unzipped {
  try {
    return unzipSync(bytes, { filter: (entry) => WANTED.has(entry.name) });
  } catch (error) {
    throw new KerasImportError('not-zip', `The file is not a readable zip archive, which a .keras file is (${firstLine(error)})`);
  }
}

/** config.json (parsed) and model.weights.h5 (bytes) of a .keras archive. */
function readArchive(bytes: Uint8Array): { config: unknown; weights: Uint8Array } {
  const entries = unzip(bytes);
  const config = entries[CONFIG];
  const weights = entries[WEIGHTS];
  if (!config) throw new KerasImportError('missing-entry', 'The archive has no config.json, so it is not a Keras .keras model file');
  if (!weights) {
    const npz = entries['model.weights.npz'] !== undefined;
    throw new KerasImportError(npz ? 'unsupported' : 'missing-entry', npz
      ? 'The archive keeps its weights in model.weights.npz; the playground reads model.weights.h5 only'
      : 'The archive has no model.weights.h5, so it holds no weights');
  }
  return { config: parseJson(strFromU8(config), 'config.json'), weights };
}

/** A layer's variables: the datasets 0, 1, … of layers/<key>/vars, in index order. */
function layerWeights(h5: H5Wasm, file: H5File, layer: PlannedLayer): StoredWeight[] | undefined {
  for (const prefix of LAYER_GROUPS) {
    const group = `${prefix}/${layer.weightsKey}/vars`;
    const members = groupMembers(h5, file, group, WHAT);
    if (members === undefined) continue;
    return members.map((_, index) => {
      const weight = readFloatDataset(h5, file, `${group}/${index}`, WHAT);
      if (!weight) throw new KerasImportError('missing-weights', `${WHAT} has no variable ${group}/${index} for layer "${layer.ref.name}" (${layer.ref.className})`);
      return weight;
    });
  }
  return undefined;
}

/**
 * Imports a Keras 3 .keras archive (`model.save('x.keras')`): the architecture from
 * config.json, each layer's variables from model.weights.h5's layers/<key>/vars,
 * where <key> is derived from the layer's class (see PlannedLayer.weightsKey).
 */
export function importKerasArchive(h5: H5Wasm, bytes: Uint8Array): tf.LayersModel {
  const archive = readArchive(bytes);
  const plan = planModel(archive.config);
  return withH5File(h5, archive.weights, WHAT, (file) => buildModelWithWeights(plan, (layer) => layerWeights(h5, file, layer)));
}
