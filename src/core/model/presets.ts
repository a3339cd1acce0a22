import type { Activation, LayerSpec, NetworkSpec } from './spec';

/** The preset networks of the coursework (see the README's Networks section). */
export type PresetId = 'lenet5' | 'ivannet' | 'gmnet' | 'cifar-g3';

/** GMNet's swept settings; defaults are the sweep's best run (vivid-sweep-4). */
export interface GmnetOptions {
  readonly activation: Activation;
  /** One dropout rate everywhere. */
  readonly dropout: number;
  /** Width of both hidden dense layers. */
  readonly units: number;
}

/** GMNet's canonical settings: relu, dropout 0.2, 180 units (learning rate 0.001 is a training setting). */
export const GMNET_DEFAULTS: GmnetOptions = { activation: 'relu', dropout: 0.2, units: 180 };

const MNIST_INPUT = [28, 28, 1] as const;

/** LeNet-5 as the coursework built it: 61,706 parameters. */
export function lenet5(): NetworkSpec {
  return {
    name: 'LeNet-5',
    inputShape: MNIST_INPUT,
    layers: [
      { kind: 'conv2d', filters: 6, kernelSize: 5, padding: 'same', activation: 'tanh' },
      { kind: 'avgPool2d', poolSize: 2 },
      { kind: 'conv2d', filters: 16, kernelSize: 5, padding: 'valid', activation: 'tanh' },
      { kind: 'avgPool2d', poolSize: 2 },
      { kind: 'flatten' },
      { kind: 'dense', units: 120, activation: 'tanh' },
      { kind: 'dense', units: 84, activation: 'tanh' },
      { kind: 'dense', units: 10, activation: 'softmax' },
    ],
  };
}

/** The LeNet-5 skeleton with batch norm after each conv and dropout after pools and hidden dense layers. */
function regularisedLenet(name: string, activation: Activation, hiddenUnits: readonly [number, number], poolDropout: number, denseDropout: number): NetworkSpec {
  const dropout = (rate: number): LayerSpec[] => (rate > 0 ? [{ kind: 'dropout', rate }] : []);
  return {
    name,
    inputShape: MNIST_INPUT,
    layers: [
      { kind: 'conv2d', filters: 6, kernelSize: 5, padding: 'same', activation },
      { kind: 'batchNorm' },
      { kind: 'avgPool2d', poolSize: 2 },
      ...dropout(poolDropout),
      { kind: 'conv2d', filters: 16, kernelSize: 5, padding: 'valid', activation },
      { kind: 'batchNorm' },
      { kind: 'avgPool2d', poolSize: 2 },
      ...dropout(poolDropout),
      { kind: 'flatten' },
      { kind: 'dense', units: hiddenUnits[0], activation },
      ...dropout(denseDropout),
      { kind: 'dense', units: hiddenUnits[1], activation },
      ...dropout(denseDropout),
      { kind: 'dense', units: 10, activation: 'softmax' },
    ],
  };
}

/** IvanNet: LeNet-5 plus batch norm and dropout (0.25 / 0.5): 61,794 parameters, 61,750 trainable. */
export function ivannet(): NetworkSpec {
  return regularisedLenet('IvanNet', 'tanh', [120, 84], 0.25, 0.5);
}

/** GMNet with its swept settings: 109,230 parameters (109,186 trainable) at the defaults. */
export function gmnet(options: GmnetOptions = GMNET_DEFAULTS): NetworkSpec {
  return regularisedLenet('GMNet', options.activation, [options.units, options.units], options.dropout, options.dropout);
}

/** The CIFAR-10 "3 conv + 3×128" network: 386,986 parameters. */
export function cifarG3(): NetworkSpec {
  const block = (filters: number): LayerSpec[] => [
    { kind: 'conv2d', filters, kernelSize: 3, padding: 'same', activation: 'relu' },
    { kind: 'conv2d', filters, kernelSize: 3, padding: 'valid', activation: 'relu' },
    { kind: 'maxPool2d', poolSize: 2 },
    { kind: 'dropout', rate: 0.25 },
  ];
  const head: LayerSpec[] = [
    { kind: 'dense', units: 128, activation: 'sigmoid' },
    { kind: 'dropout', rate: 0.5 },
  ];
  return {
    name: 'CIFAR-10 CNN (3 conv + 3×128)',
    inputShape: [32, 32, 3],
    layers: [...block(32), ...block(64), ...block(128), { kind: 'flatten' }, ...head, ...head, ...head, { kind: 'dense', units: 10, activation: 'softmax' }],
  };
}

/** A preset by id (GMNet takes its swept options). */
export function presetNetwork(id: PresetId, options?: GmnetOptions): NetworkSpec {
  switch (id) {
    case 'lenet5':
      return lenet5();
    case 'ivannet':
      return ivannet();
    case 'gmnet':
      return gmnet(options);
    case 'cifar-g3':
      return cifarG3();
  }
}
