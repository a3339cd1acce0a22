import { describeLayer, type LayerSpec, type NetworkSpec } from './spec';

/** A layer's output: either an image-like [h, w, c] or a vector [n]. */
export type TensorShape = readonly [number, number, number] | readonly [number];

/** What a layer turns its input into, and how many weights it holds. */
export interface LayerSummary {
  readonly index: number;
  readonly layer: LayerSpec;
  readonly outputShape: TensorShape;
  /** All weights, trainable or not (Keras's "Total params" share). */
  readonly params: number;
  readonly trainableParams: number;
}

/** A network's per-layer summary and totals, computed without building it. */
export interface NetworkSummary {
  readonly layers: readonly LayerSummary[];
  readonly outputShape: TensorShape;
  readonly params: number;
  readonly trainableParams: number;
}

/** A spec that cannot be built; the message names the layer and the shapes. */
export class SpecError extends Error {
  constructor(
    message: string,
    /** Index of the offending layer in spec.layers, or -1 for the network as a whole. */
    readonly layerIndex: number,
  ) {
    super(message);
    this.name = 'SpecError';
  }
}

const showShape = (shape: TensorShape): string => shape.join('×');
const isPositiveInteger = (value: number): boolean => Number.isInteger(value) && value >= 1;

function fail(index: number, layer: LayerSpec, input: TensorShape, problem: string): never {
  throw new SpecError(`Layer ${index + 1} (${describeLayer(layer)}) with input ${showShape(input)}: ${problem}`, index);
}

function imageInput(index: number, layer: LayerSpec, input: TensorShape): readonly [number, number, number] {
  if (input.length !== 3) fail(index, layer, input, 'needs an image-shaped input (height×width×channels), but gets a flat vector.');
  return input;
}

/** Output side of a window sliding over `size` pixels (Keras/TF formulas). */
function slide(size: number, window: number, stride: number, padding: 'same' | 'valid'): number {
  return padding === 'same' ? Math.ceil(size / stride) : Math.floor((size - window) / stride) + 1;
}

function convSummary(index: number, layer: LayerSpec & { kind: 'conv2d' }, input: TensorShape): Omit<LayerSummary, 'index' | 'layer'> {
  const [height, width, channels] = imageInput(index, layer, input);
  const stride = layer.strides ?? 1;
  if (!isPositiveInteger(layer.filters)) fail(index, layer, input, `needs at least 1 filter (whole number), got ${layer.filters}.`);
  if (!isPositiveInteger(layer.kernelSize) || !isPositiveInteger(stride)) fail(index, layer, input, 'kernel size and stride must be whole numbers ≥ 1.');
  if (layer.padding === 'valid' && (layer.kernelSize > height || layer.kernelSize > width)) {
    fail(index, layer, input, `its ${layer.kernelSize}×${layer.kernelSize} kernel is larger than the ${height}×${width} input; use a smaller kernel, 'same' padding, or less pooling before it.`);
  }
  const params = layer.filters * (layer.kernelSize * layer.kernelSize * channels + 1);
  const outputShape = [slide(height, layer.kernelSize, stride, layer.padding), slide(width, layer.kernelSize, stride, layer.padding), layer.filters] as const;
  return { outputShape, params, trainableParams: params };
}

function poolSummary(index: number, layer: LayerSpec & { kind: 'maxPool2d' | 'avgPool2d' }, input: TensorShape): Omit<LayerSummary, 'index' | 'layer'> {
  const [height, width, channels] = imageInput(index, layer, input);
  const stride = layer.strides ?? layer.poolSize;
  if (!isPositiveInteger(layer.poolSize) || !isPositiveInteger(stride)) fail(index, layer, input, 'pool size and stride must be whole numbers ≥ 1.');
  if (layer.poolSize > height || layer.poolSize > width) {
    fail(index, layer, input, `its ${layer.poolSize}×${layer.poolSize} window is larger than the ${height}×${width} input; remove it or pool less earlier.`);
  }
  const outputShape = [slide(height, layer.poolSize, stride, 'valid'), slide(width, layer.poolSize, stride, 'valid'), channels] as const;
  return { outputShape, params: 0, trainableParams: 0 };
}

function layerSummary(index: number, layer: LayerSpec, input: TensorShape): Omit<LayerSummary, 'index' | 'layer'> {
  switch (layer.kind) {
    case 'conv2d':
      return convSummary(index, layer, input);
    case 'maxPool2d':
    case 'avgPool2d':
      return poolSummary(index, layer, input);
    case 'dense': {
      if (input.length !== 1) fail(index, layer, input, 'a dense layer needs a flat input: add a flatten layer before it.');
      if (!isPositiveInteger(layer.units)) fail(index, layer, input, `needs at least 1 unit (whole number), got ${layer.units}.`);
      const params = layer.units * (input[0] + 1);
      return { outputShape: [layer.units], params, trainableParams: params };
    }
    case 'dropout':
      if (!(layer.rate >= 0 && layer.rate < 1)) fail(index, layer, input, `the rate must be at least 0 and below 1, got ${layer.rate}.`);
      return { outputShape: input, params: 0, trainableParams: 0 };
    case 'batchNorm': {
      const channels = input[input.length - 1] ?? 0;
      return { outputShape: input, params: 4 * channels, trainableParams: 2 * channels };
    }
    case 'flatten':
      return { outputShape: [input.reduce((product, side) => product * side, 1)], params: 0, trainableParams: 0 };
    case 'activation':
      return { outputShape: input, params: 0, trainableParams: 0 };
  }
}

/**
 * Walks the spec layer by layer: output shape and parameter counts of each, the
 * way Keras's model.summary() reports them. Throws SpecError for an impossible
 * network, naming the layer and the shapes. With `classTotal`, the network must
 * end in a vector of that many values.
 */
export function summarizeNetwork(spec: NetworkSpec, classTotal?: number): NetworkSummary {
  const [height, width, channels] = spec.inputShape;
  if (![height, width, channels].every(isPositiveInteger)) {
    throw new SpecError(`The input shape ${spec.inputShape.join('×')} must be three whole numbers ≥ 1.`, -1);
  }
  if (spec.layers.length === 0) throw new SpecError('The network has no layers.', -1);
  const layers: LayerSummary[] = [];
  for (const [index, layer] of spec.layers.entries()) {
    layers.push({ index, layer, ...layerSummary(index, layer, layers.at(-1)?.outputShape ?? spec.inputShape) });
  }
  const shape: TensorShape = layers.at(-1)?.outputShape ?? spec.inputShape;
  if (classTotal !== undefined && (shape.length !== 1 || shape[0] !== classTotal)) {
    throw new SpecError(`The network ends in ${showShape(shape)} values but the dataset has ${classTotal} classes: end with a dense layer of ${classTotal} units (softmax).`, spec.layers.length - 1);
  }
  return {
    layers,
    outputShape: shape,
    params: layers.reduce((sum, layer) => sum + layer.params, 0),
    trainableParams: layers.reduce((sum, layer) => sum + layer.trainableParams, 0),
  };
}

/** A network's summary as far as it can be computed, and the first problem if any. */
export interface NetworkInspection {
  /** Summaries of the layers before the first problem (all of them when there is none). */
  readonly layers: readonly LayerSummary[];
  readonly error: SpecError | undefined;
}

/**
 * Like summarizeNetwork, but never throws: for an editor that shows every layer's
 * shape and count up to the first impossible one, and that one's problem.
 */
export function inspectNetwork(spec: NetworkSpec, classTotal?: number): NetworkInspection {
  const layers: LayerSummary[] = [];
  try {
    for (const [index, layer] of spec.layers.entries()) {
      layers.push({ index, layer, ...layerSummary(index, layer, layers.at(-1)?.outputShape ?? spec.inputShape) });
    }
    summarizeNetwork(spec, classTotal);
    return { layers, error: undefined };
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return { layers, error };
  }
}
