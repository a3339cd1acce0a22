/**
 * Networks as data: a network is an input shape and a list of layers with their
 * settings. The same spec is validated and counted here (no TF.js), built into a
 * TF.js model by the engine, written into URLs and run records, and exported.
 */

/** Activations the playground offers (Keras names). */
export type Activation = 'relu' | 'tanh' | 'sigmoid' | 'softmax' | 'linear';

export interface Conv2dLayer {
  readonly kind: 'conv2d';
  readonly filters: number;
  /** Square kernel side, in pixels. */
  readonly kernelSize: number;
  /** Step in pixels; 1 when omitted. */
  readonly strides?: number;
  readonly padding: 'same' | 'valid';
  readonly activation: Activation;
}

export interface PoolLayer {
  readonly kind: 'maxPool2d' | 'avgPool2d';
  /** Square window side, in pixels. */
  readonly poolSize: number;
  /** Step in pixels; poolSize when omitted (Keras default). */
  readonly strides?: number;
}

export interface DenseLayer {
  readonly kind: 'dense';
  readonly units: number;
  readonly activation: Activation;
}

export interface DropoutLayer {
  readonly kind: 'dropout';
  /** Share of units zeroed during training, in [0, 1). */
  readonly rate: number;
}

export interface BatchNormLayer {
  readonly kind: 'batchNorm';
  /** Moving-average momentum; 0.99 when omitted (Keras and TF.js default). */
  readonly momentum?: number;
  /** Added to the variance; 1e-3 when omitted (Keras and TF.js default). */
  readonly epsilon?: number;
}

export interface FlattenLayer {
  readonly kind: 'flatten';
}

export interface ActivationLayer {
  readonly kind: 'activation';
  readonly activation: Activation;
}

export type LayerSpec = Conv2dLayer | PoolLayer | DenseLayer | DropoutLayer | BatchNormLayer | FlattenLayer | ActivationLayer;

/** A whole network. */
export interface NetworkSpec {
  readonly name: string;
  /** [height, width, channels] of one input image. */
  readonly inputShape: readonly [number, number, number];
  readonly layers: readonly LayerSpec[];
}

/** Every layer kind, for editors and parsers. */
export const LAYER_KINDS: readonly LayerSpec['kind'][] = [
  'conv2d', 'maxPool2d', 'avgPool2d', 'dense', 'dropout', 'batchNorm', 'flatten', 'activation',
];

/** Every activation, for editors and parsers. */
export const ACTIVATIONS: readonly Activation[] = ['relu', 'tanh', 'sigmoid', 'softmax', 'linear'];

/** A short human description of a layer: "conv2d 16@5×5 valid tanh". */
export function describeLayer(layer: LayerSpec): string {
  switch (layer.kind) {
    case 'conv2d':
      return `conv2d ${layer.filters}@${layer.kernelSize}×${layer.kernelSize}${(layer.strides ?? 1) > 1 ? ` stride ${layer.strides}` : ''} ${layer.padding} ${layer.activation}`;
    case 'maxPool2d':
    case 'avgPool2d':
      return `${layer.kind === 'maxPool2d' ? 'max' : 'average'} pool ${layer.poolSize}×${layer.poolSize}`;
    case 'dense':
      return `dense ${layer.units} ${layer.activation}`;
    case 'dropout':
      return `dropout ${layer.rate}`;
    case 'batchNorm':
      return 'batch norm';
    case 'flatten':
      return 'flatten';
    case 'activation':
      return `activation ${layer.activation}`;
  }
}

/** A new layer of a kind, with settings a student can start from. */
export function defaultLayer(kind: LayerSpec['kind']): LayerSpec {
  switch (kind) {
    case 'conv2d':
      return { kind, filters: 8, kernelSize: 3, padding: 'same', activation: 'relu' };
    case 'maxPool2d':
    case 'avgPool2d':
      return { kind, poolSize: 2 };
    case 'dense':
      return { kind, units: 64, activation: 'relu' };
    case 'dropout':
      return { kind, rate: 0.25 };
    case 'batchNorm':
      return { kind };
    case 'flatten':
      return { kind };
    case 'activation':
      return { kind, activation: 'relu' };
  }
}
