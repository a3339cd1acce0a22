import type * as tf from '@tensorflow/tfjs';
import { buildModelWithWeights } from './build';
import { KerasImportError } from './errors';
import { withH5File, type H5File, type H5Wasm } from './h5';
import { readFloatDataset, readStringAttribute, readStringListAttribute, type StoredWeight } from './h5-read';
import { parseJson } from './json';
import { planModel, type PlannedLayer } from './model-config';

const WHAT = 'The file';

/**
 * A layer's weights in a Keras 2 file: the datasets its group
 * model_weights/<layer name> lists in its weight_names attribute, in that order.
 */
function layerWeights(h5: H5Wasm, file: H5File, layer: PlannedLayer): StoredWeight[] | undefined {
  const group = `model_weights/${layer.ref.name}`;
  const names = readStringListAttribute(file, group, 'weight_names', WHAT);
  return names?.map((name) => {
    const weight = readFloatDataset(h5, file, `${group}/${name}`, WHAT);
    if (!weight) throw new KerasImportError('missing-weights', `The file lists weight ${name} for layer "${layer.ref.name}" (${layer.ref.className}), but has no dataset ${group}/${name}`);
    return weight;
  });
}

/**
 * Imports a Keras 2 HDF5 model file (`model.save('x.h5')`): the architecture from
 * the root attribute model_config, each layer's weights from model_weights/<layer
 * name>. The file is open only during the call.
 */
export function importKerasH5(h5: H5Wasm, bytes: Uint8Array): tf.LayersModel {
  return withH5File(h5, bytes, WHAT, (file) => {
    const text = readStringAttribute(file, '/', 'model_config', WHAT);
    if (text === undefined) {
      throw new KerasImportError('bad-config', 'The file has no model_config attribute: it holds weights only (as model.save_weights writes them) or is not a Keras model file');
    }
    const plan = planModel(parseJson(text, 'The model_config attribute'));
    return buildModelWithWeights(plan, (layer) => layerWeights(h5, file, layer));
  });
}
