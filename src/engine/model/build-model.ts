import * as tf from '@tensorflow/tfjs';
import type { LayerSpec, NetworkSpec } from '../../core/model/spec';
import { summarizeNetwork } from '../../core/model/shapes';
import { SeededDropout } from './seeded-dropout';

/** Seeds for layer i: distinct per layer, derived from the run's seed. */
function layerSeed(runSeed: number, layerIndex: number): number {
  return (runSeed * 1009 + layerIndex * 7919) % 2 ** 31;
}

function toLayer(layer: LayerSpec, index: number, seed: number, inputShape?: readonly number[]): tf.layers.Layer {
  const first = inputShape ? { inputShape: [...inputShape] } : {};
  const name = `${layer.kind}_${index + 1}`;
  const kernelInitializer = tf.initializers.glorotUniform({ seed: layerSeed(seed, index) });
  switch (layer.kind) {
    case 'conv2d':
      return tf.layers.conv2d({
        ...first, name, filters: layer.filters, kernelSize: layer.kernelSize, strides: layer.strides ?? 1,
        padding: layer.padding, activation: layer.activation, kernelInitializer,
      });
    case 'maxPool2d':
      return tf.layers.maxPooling2d({ ...first, name, poolSize: layer.poolSize, strides: layer.strides ?? layer.poolSize });
    case 'avgPool2d':
      return tf.layers.averagePooling2d({ ...first, name, poolSize: layer.poolSize, strides: layer.strides ?? layer.poolSize });
    case 'dense':
      return tf.layers.dense({ ...first, name, units: layer.units, activation: layer.activation, kernelInitializer });
    case 'dropout':
      return new SeededDropout({ name, rate: layer.rate, seed: layerSeed(seed, index) });
    case 'batchNorm':
      return tf.layers.batchNormalization({ ...first, name, momentum: layer.momentum ?? 0.99, epsilon: layer.epsilon ?? 1e-3 });
    case 'flatten':
      return tf.layers.flatten({ ...first, name });
    case 'activation':
      return tf.layers.activation({ ...first, name, activation: layer.activation });
  }
}

/**
 * Builds a spec into a TF.js model on the active backend, with Keras's defaults
 * (glorot-uniform kernels, zero biases) seeded per layer. The spec is validated
 * first, so an impossible network fails with the spec's readable message.
 */
export function buildModel(spec: NetworkSpec, seed: number): tf.Sequential {
  summarizeNetwork(spec);
  const model = tf.sequential({ name: spec.name.replace(/[^A-Za-z0-9_]/g, '_') });
  spec.layers.forEach((layer, index) => model.add(toLayer(layer, index, seed, index === 0 ? spec.inputShape : undefined)));
  return model;
}
