/** Network specs as Keras layer calls, one line per layer, in the spec's order. */
import type { LayerSpec, NetworkSpec } from '../model/spec';
import { pyNumber, pyString, safeName } from './python';

/** Keras's defaults for batch normalization, which the spec's omitted values mean. */
const BATCH_NORM_DEFAULTS = { momentum: 0.99, epsilon: 1e-3 } as const;

const stridesArgument = (strides: number | undefined, implied: number): string => (strides !== undefined && strides !== implied ? `, strides=${pyNumber(strides)}` : '');

/** One layer as a Keras constructor call (`layers.` prefix: `from tensorflow.keras import layers`). */
export function kerasLayer(layer: LayerSpec): string {
  switch (layer.kind) {
    case 'conv2d':
      return `layers.Conv2D(${pyNumber(layer.filters)}, kernel_size=${pyNumber(layer.kernelSize)}${stridesArgument(layer.strides, 1)}, padding=${pyString(layer.padding)}, activation=${pyString(layer.activation)})`;
    case 'maxPool2d':
      return `layers.MaxPooling2D(pool_size=${pyNumber(layer.poolSize)}${stridesArgument(layer.strides, layer.poolSize)})`;
    case 'avgPool2d':
      return `layers.AveragePooling2D(pool_size=${pyNumber(layer.poolSize)}${stridesArgument(layer.strides, layer.poolSize)})`;
    case 'dense':
      return `layers.Dense(${pyNumber(layer.units)}, activation=${pyString(layer.activation)})`;
    case 'dropout':
      return `layers.Dropout(${pyNumber(layer.rate)})`;
    case 'batchNorm':
      return `layers.BatchNormalization(momentum=${pyNumber(layer.momentum ?? BATCH_NORM_DEFAULTS.momentum)}, epsilon=${pyNumber(layer.epsilon ?? BATCH_NORM_DEFAULTS.epsilon)})`;
    case 'flatten':
      return 'layers.Flatten()';
    case 'activation':
      return `layers.Activation(${pyString(layer.activation)})`;
  }
}

/** The network as a `keras.Sequential([...])` expression whose closing line is indented by `indent`. */
export function kerasSequential(network: NetworkSpec, indent = '    '): string {
  const list = `${indent}    `;
  const item = `${list}    `;
  const lines = [`keras.Input(shape=(${network.inputShape.map(pyNumber).join(', ')}))`, ...network.layers.map(kerasLayer)].map((line) => `${item}${line},`);
  return `keras.Sequential(\n${list}[\n${lines.join('\n')}\n${list}],\n${list}name=${pyString(safeName(network.name))},\n${indent})`;
}
