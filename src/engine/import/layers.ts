import * as tf from '@tensorflow/tfjs';
import { KerasImportError, layerLabel } from './errors';
import { isObject } from './json';
import {
  activation, choice, flag, numberIn, pair, positiveInteger, requireChannelsLast, requireDefault, unsupportedOption, type LayerContext,
} from './layer-options';

/** What every built layer gets: its Keras name, and the batch input shape for the first one. */
export interface BaseArgs {
  readonly name: string;
  readonly batchInputShape?: (number | null)[];
}

/** The shape of the tensor a layer receives, batch axis first. */
export type TensorShape = readonly (number | null)[];

type Builder = (context: LayerContext, base: BaseArgs, inputShape: TensorShape) => tf.layers.Layer;

const PADDINGS = ['valid', 'same'] as const;

function conv2d(context: LayerContext, base: BaseArgs): tf.layers.Layer {
  requireChannelsLast(context);
  requireDefault(context, 'dilation_rate', [1, [1, 1]], 'dilation_rate 1 only');
  requireDefault(context, 'groups', [1], 'groups 1 only');
  requireDefault(context, 'lora_rank', [], 'no LoRA');
  return tf.layers.conv2d({
    ...base,
    filters: positiveInteger(context, 'filters'),
    kernelSize: pair(context, 'kernel_size'),
    strides: pair(context, 'strides', [1, 1]),
    padding: choice(context, 'padding', PADDINGS, 'valid'),
    activation: activation(context),
    useBias: flag(context, 'use_bias', true),
  });
}

function pooling(kind: 'max' | 'average'): Builder {
  return (context, base) => {
    requireChannelsLast(context);
    const poolSize = pair(context, 'pool_size', [2, 2]);
    const args = { ...base, poolSize, strides: pair(context, 'strides', poolSize), padding: choice(context, 'padding', PADDINGS, 'valid') };
    return kind === 'max' ? tf.layers.maxPooling2d(args) : tf.layers.averagePooling2d(args);
  };
}

function dense(context: LayerContext, base: BaseArgs): tf.layers.Layer {
  requireDefault(context, 'lora_rank', [], 'no LoRA');
  requireDefault(context, 'quantization_config', [], 'float weights only');
  return tf.layers.dense({ ...base, units: positiveInteger(context, 'units'), activation: activation(context), useBias: flag(context, 'use_bias', true) });
}

/** The BatchNormalization axis must be the last one (channels), as -1, its index or a one-item list of either. */
function requireLastAxis(context: LayerContext, inputShape: TensorShape): void {
  const value = context.config['axis'];
  const axis = Array.isArray(value) && value.length === 1 ? (value[0] as unknown) : (value ?? -1);
  const rank = inputShape.length;
  const normalised = typeof axis === 'number' && axis < 0 ? axis + rank : axis;
  if (normalised !== rank - 1) throw unsupportedOption(context, 'axis', value, 'the last (channels) axis only');
}

function batchNormalization(context: LayerContext, base: BaseArgs, inputShape: TensorShape): tf.layers.Layer {
  requireLastAxis(context, inputShape);
  requireDefault(context, 'renorm', [false], 'renorm false only');
  requireDefault(context, 'virtual_batch_size', [], 'no virtual batches');
  requireDefault(context, 'adjustment', [], 'no adjustment');
  return tf.layers.batchNormalization({
    ...base,
    axis: -1,
    momentum: numberIn(context, 'momentum', 0.99, 0, 1),
    epsilon: numberIn(context, 'epsilon', 1e-3, 0, 1),
    center: flag(context, 'center', true),
    scale: flag(context, 'scale', true),
  });
}

function dropout(context: LayerContext, base: BaseArgs): tf.layers.Layer {
  return tf.layers.dropout({ ...base, rate: numberIn(context, 'rate', 0, 0, 1) });
}

function flatten(context: LayerContext, base: BaseArgs): tf.layers.Layer {
  requireChannelsLast(context);
  return tf.layers.flatten({ ...base });
}

/**
 * Keras's target_shape, with a -1 side resolved here from the input's size
 * (TF.js's Reshape leaves such a side unknown).
 */
function reshape(context: LayerContext, base: BaseArgs, inputShape: TensorShape): tf.layers.Layer {
  const value = context.config['target_shape'];
  const sides = Array.isArray(value) && value.every((side) => Number.isInteger(side) && ((side as number) >= 1 || side === -1)) ? (value as number[]) : [];
  const known = sides.filter((side) => side !== -1).reduce((product, side) => product * side, 1);
  const size = inputShape.slice(1).reduce<number>((product, side) => product * (side ?? NaN), 1);
  const inferred = size / known;
  const unknown = sides.filter((side) => side === -1).length;
  if (sides.length === 0 || unknown > 1 || (unknown === 1 && !Number.isInteger(inferred))) {
    throw new KerasImportError('bad-config', `${layerLabel(context.ref)} has no valid target_shape for its input`);
  }
  return tf.layers.reshape({ ...base, targetShape: sides.map((side) => (side === -1 ? inferred : side)) });
}

/** Keras class name → TF.js layer, for every layer class the playground imports. */
const BUILDERS: Readonly<Record<string, Builder>> = {
  Conv2D: conv2d,
  MaxPooling2D: pooling('max'),
  AveragePooling2D: pooling('average'),
  Dense: dense,
  Dropout: dropout,
  BatchNormalization: batchNormalization,
  Flatten: flatten,
  Activation: (context, base) => tf.layers.activation({ ...base, activation: activation(context) }),
  Reshape: reshape,
};

/** The Keras layer classes the importer turns into TF.js layers (besides InputLayer). */
export const SUPPORTED_LAYER_CLASSES: readonly string[] = Object.keys(BUILDERS);

/**
 * The TF.js layer equivalent to one Keras layer, with the Keras name. An unknown
 * class, or an option the playground does not import, throws a KerasImportError
 * naming the layer, its class and the option.
 */
export function buildLayer(context: LayerContext, base: BaseArgs, inputShape: TensorShape): tf.layers.Layer {
  const builder = Object.hasOwn(BUILDERS, context.ref.className) ? BUILDERS[context.ref.className] : undefined;
  if (!builder) {
    throw new KerasImportError('unsupported', `${layerLabel(context.ref)} is not supported: the playground imports ${SUPPORTED_LAYER_CLASSES.join(', ')}`);
  }
  return builder(context, base, inputShape);
}

/** True when a Keras layer entry is an InputLayer (which becomes the model's input, not a layer). */
export function isInputLayer(entry: unknown): boolean {
  return isObject(entry) && entry['class_name'] === 'InputLayer';
}
