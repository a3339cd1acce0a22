import * as tf from '@tensorflow/tfjs';
import type { ImageShape } from '../../core/datasets/catalog';
import type { ModelInternals, ValueGrid } from '../../core/model-protocol';
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

/** The tensor with at most SHOWN_CHANNELS on its last axis. */
function firstChannels(tensor: tf.Tensor): tf.Tensor {
  const kept = tensor.shape.map((side, axis) => (axis === tensor.rank - 1 ? Math.min(SHOWN_CHANNELS, side) : side));
  return tensor.slice(tensor.shape.map(() => 0), kept);
}

/** A tensor's shape and values, the batch axis dropped when `dropBatch`. */
async function gridOf(tensor: tf.Tensor, dropBatch: boolean): Promise<ValueGrid> {
  return { shape: dropBatch ? tensor.shape.slice(1) : tensor.shape, values: (await tensor.data()) as Float32Array };
}

/**
 * What the model makes of one uint8 image inside: the feature maps of every Conv2D
 * layer (the first SHOWN_CHANNELS channels of each, with the layer's channel total)
 * and the first Conv2D's kernel [kernelHeight, kernelWidth, inChannels, outChannels ≤
 * SHOWN_CHANNELS]. Everything is computed before the first await, so a model replaced
 * meanwhile does no harm. Inference mode, no state changed, no tensors left.
 */
export async function modelInternals(model: tf.LayersModel, pixels: Uint8Array, imageShape: ImageShape): Promise<ModelInternals> {
  requireOneImage(pixels, imageShape);
  const convs = convLayers(model);
  const [first] = convs;
  if (!first) return { featureMaps: [] };
  const sub = featureModel(model, convs);
  const { maps, totals, kernel } = tf.tidy(() => {
    const result = sub.predict(imagesTensor(pixels, imageShape));
    const outputs = Array.isArray(result) ? result : [result];
    const weights = first.getWeights()[0];
    return { maps: outputs.map(firstChannels), totals: outputs.map((output) => output.shape[3] ?? 0), kernel: weights && firstChannels(weights) };
  });
  try {
    const featureMaps = await Promise.all(maps.map(async (map, index) => ({
      layer: convs[index]?.name ?? '', channelTotal: totals[index] ?? 0, ...(await gridOf(map, true)),
    })));
    return { featureMaps, filters: kernel && { layer: first.name, ...(await gridOf(kernel, false)) } };
  } finally {
    tf.dispose([...maps, ...(kernel ? [kernel] : [])]);
  }
}
