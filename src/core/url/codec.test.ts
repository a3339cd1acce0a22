import { describe, expect, it } from 'vitest';
import { COURSEWORK_AUGMENTATION } from '../augment/settings';
import { decodeExperiment, encodeExperiment } from './codec';
import { baselineExperiment, customNetwork, DEFAULT_EXPERIMENT, experimentProblems, presetChoice, type Experiment } from './experiment';
import { EXPERIMENT_PROPS } from './props';

const base = DEFAULT_EXPERIMENT;
const gmnetBase = baselineExperiment('mnist', presetChoice('gmnet'));
const cifarBase = baselineExperiment('cifar10', presetChoice('cifar-g3'));
const smallNet = customNetwork('mnist', [
  { kind: 'conv2d', filters: 8, kernelSize: 3, strides: 2, padding: 'same', activation: 'linear' },
  { kind: 'batchNorm', momentum: 0.9 },
  { kind: 'activation', activation: 'relu' },
  { kind: 'maxPool2d', poolSize: 2 },
  { kind: 'dropout', rate: 0.3 },
  { kind: 'flatten' },
  { kind: 'dense', units: 10, activation: 'softmax' },
]);
const aug = (change: Partial<Experiment['augmentation']>): Experiment => ({ ...base, augmentation: { ...base.augmentation, ...change } });

/** Each field changed alone, and the link it gives. */
const SINGLE_CHANGES: ReadonlyArray<readonly [string, Experiment]> = [
  ['ds=cifar10', cifarBase],
  ['arch=ivannet', baselineExperiment('mnist', presetChoice('ivannet'))],
  ['arch=gmnet', gmnetBase],
  [`arch=custom&net=conv8x3same.linear_s2,batchnorm_m0.9,relu,maxpool2,dropout0.3,flatten,dense10.softmax`, baselineExperiment('mnist', { id: 'custom', network: smallNet })],
  ['arch=gmnet&act=tanh', { ...gmnetBase, architecture: { id: 'gmnet', gmnet: { activation: 'tanh', dropout: 0.2, units: 180 } } }],
  ['arch=gmnet&drop=0.35', { ...gmnetBase, architecture: { id: 'gmnet', gmnet: { activation: 'relu', dropout: 0.35, units: 180 } } }],
  ['arch=gmnet&units=256', { ...gmnetBase, architecture: { id: 'gmnet', gmnet: { activation: 'relu', dropout: 0.2, units: 256 } } }],
  ['split=gmnet', { ...base, protocolId: 'gmnet' }],
  ['bs=128', { ...base, batchSize: 128 }],
  ['n=1000', { ...base, trainLimit: 1000 }],
  ['opt=sgd', { ...base, optimizer: { kind: 'sgd', momentum: 0 } }],
  ['opt=sgd&mom=0.9', { ...base, optimizer: { kind: 'sgd', momentum: 0.9 } }],
  ['opt=rmsprop', { ...base, optimizer: { kind: 'rmsprop', rho: 0.9, epsilon: 1e-7, decay: 1e-6 } }],
  ['opt=rmsprop&rho=0.95', { ...base, optimizer: { kind: 'rmsprop', rho: 0.95, epsilon: 1e-7, decay: 1e-6 } }],
  ['opt=rmsprop&eps=1e-8', { ...base, optimizer: { kind: 'rmsprop', rho: 0.9, epsilon: 1e-8, decay: 1e-6 } }],
  ['opt=rmsprop&decay=0', { ...base, optimizer: { kind: 'rmsprop', rho: 0.9, epsilon: 1e-7, decay: 0 } }],
  ['lr=0.01', { ...base, learningRate: 0.01 }],
  ['ep=20', { ...base, epochs: 20 }],
  ['seed=12345', { ...base, seed: 12345 }],
  ['rot=15', aug({ rotationDegrees: 15 })],
  ['wshift=0.1', aug({ widthShift: 0.1 })],
  ['hshift=0.125', aug({ heightShift: 0.125 })],
  ['zoom=0.2', aug({ zoom: 0.2 })],
  ['shear=0.2', aug({ shearDegrees: 0.2 })],
  ['flip=1', aug({ horizontalFlip: true })],
  ['fill=constant', aug({ fillMode: 'constant' })],
  ['backend=wasm', { ...base, backend: 'wasm' }],
];

/** Many fields changed at once, on both datasets. */
const EVERYTHING: Experiment = {
  dataset: 'mnist',
  architecture: { id: 'gmnet', gmnet: { activation: 'sigmoid', dropout: 0.1, units: 90 } },
  optimizer: { kind: 'rmsprop', rho: 0.8, epsilon: 1e-6, decay: 1e-4 },
  learningRate: 0.0005,
  batchSize: 16,
  epochs: 3,
  trainLimit: 2000,
  protocolId: 'lenet',
  seed: 4294967295,
  augmentation: { ...COURSEWORK_AUGMENTATION, horizontalFlip: true, fillMode: 'wrap' },
  backend: 'cpu',
};
const CIFAR_EVERYTHING: Experiment = {
  ...cifarBase,
  architecture: { id: 'custom', network: customNetwork('cifar10', [{ kind: 'avgPool2d', poolSize: 4, strides: 2 }, { kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' }]) },
  optimizer: { kind: 'sgd', momentum: 0.5 },
  protocolId: 'holdout',
  seed: 0,
  trainLimit: 45000,
  batchSize: 4096,
  augmentation: { ...COURSEWORK_AUGMENTATION, fillMode: 'reflect' },
  backend: 'webgpu',
};

describe('encodeExperiment', () => {
  it('writes nothing for the defaults', () => {
    expect(encodeExperiment(DEFAULT_EXPERIMENT)).toBe('');
  });

  it.each(SINGLE_CHANGES)('writes only what differs: %s', (query, experiment) => {
    expect(experimentProblems(experiment)).toEqual([]);
    expect(encodeExperiment(experiment)).toBe(query);
  });

  it('leaves out what the dataset or architecture implies', () => {
    expect(encodeExperiment({ ...gmnetBase, batchSize: 64 })).toBe('arch=gmnet&bs=64');
    expect(encodeExperiment({ ...cifarBase, learningRate: 0.001 })).toBe('ds=cifar10&lr=0.001');
  });

  it('writes everything in table order', () => {
    expect(encodeExperiment(EVERYTHING)).toBe(
      'arch=gmnet&act=sigmoid&drop=0.1&units=90&split=lenet&bs=16&n=2000&opt=rmsprop&rho=0.8&eps=0.000001&decay=0.0001&lr=0.0005&ep=3&seed=4294967295'
      + '&rot=30&wshift=0.1&hshift=0.1&zoom=0.2&shear=0.2&flip=1&fill=wrap&backend=cpu',
    );
    const order = EXPERIMENT_PROPS.map((prop) => prop.key);
    const keys = encodeExperiment(CIFAR_EVERYTHING).split('&').map((pair) => pair.split('=')[0] ?? '');
    expect(keys).toEqual(order.filter((key) => keys.includes(key)));
  });
});

describe('decodeExperiment', () => {
  it('gives the defaults for an empty query, with or without ?', () => {
    expect(decodeExperiment('')).toStrictEqual({ experiment: DEFAULT_EXPERIMENT, notices: [] });
    expect(decodeExperiment('?')).toStrictEqual({ experiment: DEFAULT_EXPERIMENT, notices: [] });
  });

  it.each(SINGLE_CHANGES)('reads back %s without notices', (query, experiment) => {
    expect(decodeExperiment(query)).toStrictEqual({ experiment, notices: [] });
    expect(decodeExperiment(`?${encodeExperiment(experiment)}`)).toStrictEqual({ experiment, notices: [] });
  });

  it.each([['MNIST', EVERYTHING], ['CIFAR-10', CIFAR_EVERYTHING]])('round-trips many changes at once (%s)', (_, experiment) => {
    expect(experimentProblems(experiment)).toEqual([]);
    expect(decodeExperiment(encodeExperiment(experiment))).toStrictEqual({ experiment, notices: [] });
  });

  it('reads parameters in any order and writes them back in table order', () => {
    const canonical = encodeExperiment(EVERYTHING);
    const shuffled = canonical.split('&').reverse().join('&');
    expect(decodeExperiment(shuffled).experiment).toStrictEqual(EVERYTHING);
    expect(encodeExperiment(decodeExperiment(shuffled).experiment)).toBe(canonical);
  });

  it('keeps the seed exactly, from 0 to 2^32 − 1', () => {
    for (const seed of [0, 1, 7, 2 ** 31, 2 ** 32 - 1]) {
      const link = encodeExperiment({ ...EVERYTHING, seed });
      expect(decodeExperiment(link).experiment.seed).toBe(seed);
    }
  });

  it('keeps awkward numbers exactly', () => {
    for (const learningRate of [0.1 + 0.2, 1e-8, 3e-5, 10]) {
      expect(decodeExperiment(encodeExperiment({ ...base, learningRate })).experiment.learningRate).toBe(learningRate);
    }
  });

  it('takes a batch size and a training-example count that only fit together', () => {
    const experiment = { ...base, trainLimit: 10, batchSize: 8 };
    expect(encodeExperiment(experiment)).toBe('bs=8&n=10');
    expect(decodeExperiment('n=10&bs=8')).toStrictEqual({ experiment, notices: [] });
  });

  it('reads n=all and flip=true as written by hand', () => {
    expect(decodeExperiment('n=all&flip=true')).toStrictEqual({ experiment: aug({ horizontalFlip: true }), notices: [] });
  });
});
