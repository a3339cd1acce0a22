import * as tf from '@tensorflow/tfjs';
import { firstLine, KerasImportError, layerLabel } from './errors';
import type { StoredWeight } from './h5-read';
import { buildLayer, type BaseArgs, type TensorShape } from './layers';
import type { ModelPlan, PlannedLayer } from './model-config';

/** The stored weights of one layer, in the layer's order; undefined when the file has none for it. */
export type WeightReader = (layer: PlannedLayer) => readonly StoredWeight[] | undefined;

interface BuiltLayer {
  readonly planned: PlannedLayer;
  readonly layer: tf.layers.Layer;
}

const showShape = (shape: readonly (number | null)[]): string => (shape.length === 0 ? 'scalar' : shape.join('×'));
const shortName = (variable: tf.LayerVariable): string => variable.originalName.split('/').at(-1) ?? variable.originalName;
const describe = (variables: readonly tf.LayerVariable[]): string =>
  variables.map((variable) => `${shortName(variable)} ${showShape(variable.shape)}`).join(', ');

function addLayer(model: tf.Sequential, planned: PlannedLayer, index: number, batchInputShape: (number | null)[]): tf.layers.Layer {
  const inputShape: TensorShape = index === 0 ? batchInputShape : (model.outputs[0]?.shape ?? []);
  const base: BaseArgs = index === 0 ? { name: planned.ref.name, batchInputShape: [...batchInputShape] } : { name: planned.ref.name };
  const layer = buildLayer(planned, base, inputShape);
  try {
    model.add(layer);
  } catch (error) {
    throw new KerasImportError('bad-config', `${layerLabel(planned.ref)} cannot take its ${showShape(inputShape.slice(1))} input: ${firstLine(error)}`);
  }
  return layer;
}

function disposeQuietly(model: tf.LayersModel): void {
  try {
    model.dispose();
  } catch {
    // A model that never got a layer holds no weights to release.
  }
}

/** The plan's layers as a TF.js Sequential, with freshly initialised weights. */
function buildSequential(plan: ModelPlan): { model: tf.Sequential; layers: BuiltLayer[] } {
  if (plan.layers.length === 0) throw new KerasImportError('bad-config', 'The model has no layers besides its input');
  const model = tf.sequential({ name: plan.name });
  try {
    const layers = plan.layers.map((planned, index) => ({ planned, layer: addLayer(model, planned, index, plan.batchInputShape) }));
    return { model, layers };
  } catch (error) {
    disposeQuietly(model);
    throw error;
  }
}

/** Checks the stored weights against what the layer needs, then sets them. */
function assignLayerWeights({ planned, layer }: BuiltLayer, read: WeightReader): void {
  const needed = layer.weights;
  if (needed.length === 0) return;
  const label = layerLabel(planned.ref);
  const stored = read(planned);
  if (!stored || stored.length === 0) throw new KerasImportError('missing-weights', `The file has no weights for layer "${planned.ref.name}" (${planned.ref.className}), which needs ${describe(needed)}`);
  if (stored.length !== needed.length) {
    throw new KerasImportError('weight-mismatch', `${label} has ${stored.length} weights in the file but needs ${needed.length}: ${describe(needed)}`);
  }
  stored.forEach((weight, index) => {
    const variable = needed[index];
    if (variable && showShape(weight.shape) !== showShape(variable.shape)) {
      throw new KerasImportError('weight-mismatch', `${label}: weight ${weight.path} has shape ${showShape(weight.shape)} in the file, but the layer's ${shortName(variable)} needs ${showShape(variable.shape)}`);
    }
  });
  const tensors = stored.map((weight) => tf.tensor(weight.values, [...weight.shape], 'float32'));
  try {
    layer.setWeights(tensors);
  } finally {
    tf.dispose(tensors);
  }
}

/**
 * Builds the plan into a TF.js model on the active backend and sets every layer's
 * weights from `read`, checking each weight's shape against the file's. On any
 * failure the model is disposed and a KerasImportError names the layer and weight.
 */
export function buildModelWithWeights(plan: ModelPlan, read: WeightReader): tf.LayersModel {
  const { model, layers } = buildSequential(plan);
  try {
    layers.forEach((layer) => assignLayerWeights(layer, read));
    return model;
  } catch (error) {
    disposeQuietly(model);
    throw error;
  }
}
