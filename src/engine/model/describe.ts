import type * as tf from '@tensorflow/tfjs';
import type { ImageShape } from '../../core/datasets/catalog';
import type { LayerSummary, ModelInfo, ModelOrigin } from '../../core/model-protocol';
import { modelFitProblems } from './load';

/** A side the model leaves free (null in TF.js) is shown as -1 in layer output shapes. */
const FREE_SIDE = -1;

/** A layer's output shape without the batch axis (the first output's, for a layer with several). */
function outputShapeOf(layer: tf.layers.Layer): number[] {
  const shape = layer.outputShape;
  const first = Array.isArray(shape[0]) ? (shape[0] as (number | null)[]) : (shape as (number | null)[]);
  return first.slice(1).map((side) => side ?? FREE_SIDE);
}

/** The layers as the model-inside view lists them; input layers (which compute nothing) are left out. */
export function layerSummaries(model: tf.LayersModel): LayerSummary[] {
  return model.layers
    .filter((layer) => layer.getClassName() !== 'InputLayer')
    .map((layer) => ({ name: layer.name, className: layer.getClassName(), outputShape: outputShapeOf(layer) }));
}

/**
 * What the page needs to know of a model: shapes, parameters, layers, and why it
 * cannot classify images of `imageShape` into `classTotal` classes (empty when it can).
 */
export function describeModel(
  model: tf.LayersModel, name: string, origin: ModelOrigin, imageShape: ImageShape, classTotal: number, loadMs: number,
): ModelInfo {
  const output = model.outputs[0]?.shape ?? [];
  return {
    name,
    origin,
    inputShape: model.inputs[0]?.shape.slice(1) ?? [],
    classCount: output[output.length - 1] ?? 0,
    params: model.countParams(),
    layers: layerSummaries(model),
    problems: modelFitProblems(model, imageShape, classTotal),
    loadMs,
  };
}
