import * as tf from '@tensorflow/tfjs';
import type { ImageShape } from '../../core/datasets/catalog';
import type { FeatureMaps, ModelInternals, ValueGrid } from '../../core/model-protocol';
import { imagesTensor } from '../data/batch';
import { requireOneImage } from './predict';

/** Channels sent per layer (feature maps) and filters sent of the first convolution: enough to look at, small to post. */
export const SHOWN_CHANNELS = 32;

/** Models that read out every convolution's output, one per model; they share its layers, so they are never disposed. */
const featureModels = new WeakMap<tf.LayersModel, tf.LayersModel>();

/** The model's Conv2D layers, in the order the model lists them (topological). */
export function convLayers(model: tf.LayersModel): tf.layers.Layer[] {
  return model.layers.filter((layer) => layer.getClassName() === 'Conv2D');
}

/** A model from the same input to the outputs of every Conv2D layer (cached per model). */
function featureModel(model: tf.LayersModel, convs: readonly tf.layers.Layer[]): tf.LayersModel {
  const cached = featureModels.get(model);
  if (cached) return cached;
  const outputs = convs.map((layer) => layer.output as tf.SymbolicTensor);
  const built = tf.model({ inputs: model.inputs, outputs, name: `${model.name}_features` });
  featureModels.set(model, built);
  return built;
}

/** A tensor's values with at most SHOWN_CHANNELS on its last axis (batch axis dropped when `dropBatch`). */
async function firstChannels(tensor: tf.Tensor, dropBatch: boolean): Promise<ValueGrid> {
  const shape = dropBatch ? tensor.shape.slice(1) : tensor.shape;
  const kept = [...shape.slice(0, -1), Math.min(SHOWN_CHANNELS, shape[shape.length - 1] ?? 0)];
  const sliced = tf.tidy(() => tensor.reshape(shape).slice(shape.map(() => 0), kept));
  try {
    return { shape: kept, values: (await sliced.data()) as Float32Array };
  } finally {
    sliced.dispose();
  }
}

/** The first Conv2D's kernel [kernelHeight, kernelWidth, inChannels, outChannels ≤ SHOWN_CHANNELS]. */
async function firstFilters(conv: tf.layers.Layer | undefined): Promise<ModelInternals['filters']> {
  const kernel = conv?.getWeights()[0];
  if (!conv || !kernel) return undefined;
  return { layer: conv.name, ...(await firstChannels(kernel, false)) };
}

/**
 * What the model makes of one uint8 image inside: the feature maps of every Conv2D
 * layer (the first SHOWN_CHANNELS channels of each, with the layer's channel total)
 * and the first Conv2D's filters. Inference mode, no state changed, no tensors left.
 */
export async function modelInternals(model: tf.LayersModel, pixels: Uint8Array, imageShape: ImageShape): Promise<ModelInternals> {
  requireOneImage(pixels, imageShape);
  const convs = convLayers(model);
  if (convs.length === 0) return { featureMaps: [] };
  const sub = featureModel(model, convs);
  const outputs = tf.tidy(() => {
    const result = sub.predict(imagesTensor(pixels, imageShape));
    return Array.isArray(result) ? result : [result];
  });
  try {
    const featureMaps: FeatureMaps[] = [];
    for (const [index, output] of outputs.entries()) {
      const layer = convs[index]?.name ?? '';
      featureMaps.push({ layer, channelTotal: output.shape[3] ?? 0, ...(await firstChannels(output, true)) });
    }
    return { featureMaps, filters: await firstFilters(convs[0]) };
  } finally {
    tf.dispose(outputs);
  }
}
