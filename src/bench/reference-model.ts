import * as tf from '@tensorflow/tfjs';
import type { LayerSpec, NetworkSpec } from '../core/model/spec';

function standardLayer(layer: LayerSpec, inputShape: readonly number[] | undefined): tf.layers.Layer {
  const first = inputShape ? { inputShape: [...inputShape] } : {};
  switch (layer.kind) {
    case 'conv2d':
      return tf.layers.conv2d({ ...first, filters: layer.filters, kernelSize: layer.kernelSize, strides: layer.strides ?? 1, padding: layer.padding, activation: layer.activation });
    case 'maxPool2d':
      return tf.layers.maxPooling2d({ ...first, poolSize: layer.poolSize, strides: layer.strides ?? layer.poolSize });
    case 'avgPool2d':
      return tf.layers.averagePooling2d({ ...first, poolSize: layer.poolSize, strides: layer.strides ?? layer.poolSize });
    case 'dense':
      return tf.layers.dense({ ...first, units: layer.units, activation: layer.activation });
    case 'dropout':
      return tf.layers.dropout({ ...first, rate: layer.rate });
    case 'batchNorm':
      return tf.layers.batchNormalization({ ...first, momentum: layer.momentum ?? 0.99, epsilon: layer.epsilon ?? 1e-3 });
    case 'flatten':
      return tf.layers.flatten(first);
    case 'activation':
      return tf.layers.activation({ ...first, activation: layer.activation });
  }
}

/**
 * The network as a tutorial would write it: a `tf.sequential` of TF.js's standard
 * layers with their default initializers and the standard dropout layer, compiled
 * with Adam 1e-3, categorical cross-entropy and accuracy.
 */
export function referenceModel(spec: NetworkSpec): tf.Sequential {
  const model = tf.sequential();
  spec.layers.forEach((layer, index) => model.add(standardLayer(layer, index === 0 ? spec.inputShape : undefined)));
  model.compile({ optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}
