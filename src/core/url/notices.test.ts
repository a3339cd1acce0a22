import { describe, expect, it } from 'vitest';
import { decodeExperiment } from './codec';
import { baselineExperiment, DEFAULT_EXPERIMENT, experimentProblems, presetChoice, type Experiment } from './experiment';

const cifarBase = baselineExperiment('cifar10', presetChoice('cifar-g3'));
const gmnetBase = baselineExperiment('mnist', presetChoice('gmnet'));

/** A bad link, the one notice it must give, and the experiment it must fall back to. */
const BAD_VALUES: ReadonlyArray<readonly [string, string, Experiment]> = [
  ['ds=imagenet', 'Ignored ds=imagenet (not one of mnist, cifar10): using mnist.', DEFAULT_EXPERIMENT],
  ['arch=resnet', 'Ignored arch=resnet (not one of lenet5, ivannet, gmnet, cifar-g3, custom): using lenet5.', DEFAULT_EXPERIMENT],
  ['ds=cifar10&arch=lenet5', 'Ignored arch=lenet5 (LeNet-5 is made for MNIST, not CIFAR-10): using cifar-g3.', cifarBase],
  ['arch=cifar-g3', 'Ignored arch=cifar-g3 (CIFAR-10 CNN (3 conv + 3×128) is made for CIFAR-10, not MNIST): using lenet5.', DEFAULT_EXPERIMENT],
  ['arch=custom', 'Ignored arch=custom (a custom network needs its layers in a net= parameter): using lenet5.', DEFAULT_EXPERIMENT],
  [
    'arch=custom&net=conv6x5same.tanh,convx,flatten',
    'Ignored arch=custom (net= layer 2 "convx" could not be read: expected conv{filters}x{kernel}{same|valid}.{activation}, e.g. conv6x5same.tanh, with an optional _s{stride}): using lenet5.',
    DEFAULT_EXPERIMENT,
  ],
  [
    'arch=custom&net=conv6x5same.tanh,dense10.softmax',
    'Ignored arch=custom (layer 2 (dense 10 softmax) with input 28×28×6: a dense layer needs a flat input: add a flatten layer before it): using lenet5.',
    DEFAULT_EXPERIMENT,
  ],
  [
    'arch=custom&net=flatten,dense5.softmax',
    'Ignored arch=custom (the network ends in 5 values but the dataset has 10 classes: end with a dense layer of 10 units (softmax)): using lenet5.',
    DEFAULT_EXPERIMENT,
  ],
  ['net=flatten,dense10.softmax', 'Ignored net=flatten,dense10.softmax (only used with arch=custom).', DEFAULT_EXPERIMENT],
  ['act=relu', 'Ignored act=relu (only used with arch=gmnet).', DEFAULT_EXPERIMENT],
  ['arch=gmnet&act=gelu', 'Ignored act=gelu (not one of relu, tanh, sigmoid, softmax, linear): using relu.', gmnetBase],
  ['arch=gmnet&drop=1', 'Ignored drop=1 (layer 4 (dropout 1) with input 14×14×6: the rate must be at least 0 and below 1, got 1): using 0.2.', gmnetBase],
  ['arch=gmnet&units=0', 'Ignored units=0 (layer 10 (dense 0 relu) with input 400: needs at least 1 unit (whole number), got 0): using 180.', gmnetBase],
  ['arch=gmnet&units=many', 'Ignored units=many (not a number): using 180.', gmnetBase],
  ['split=holdout', 'Ignored split=holdout (not one of lenet, gmnet): using lenet.', DEFAULT_EXPERIMENT],
  ['ds=cifar10&split=lenet', 'Ignored split=lenet (not one of official, holdout): using official.', cifarBase],
  ['bs=0', 'Ignored bs=0 (batch size must be a whole number from 1 to 4096): using 64.', DEFAULT_EXPERIMENT],
  ['bs=12.5', 'Ignored bs=12.5 (batch size must be a whole number from 1 to 4096): using 64.', DEFAULT_EXPERIMENT],
  [
    'n=0',
    'Ignored n=0 (training examples must be a whole number from 1 to 60000; batch size must be a whole number from 1 to 0 (there are 0 training examples)): using all.',
    DEFAULT_EXPERIMENT,
  ],
  ['split=gmnet&n=50000', 'Ignored n=50000 (training examples must be a whole number from 1 to 45000): using all.', { ...DEFAULT_EXPERIMENT, protocolId: 'gmnet' }],
  ['n=lots', 'Ignored n=lots (not a number or all): using all.', DEFAULT_EXPERIMENT],
  ['n=10', 'Ignored n=10 (batch size must be a whole number from 1 to 10 (there are 10 training examples)): using all.', DEFAULT_EXPERIMENT],
  ['opt=nadam', 'Ignored opt=nadam (not one of adam, sgd, rmsprop): using adam.', DEFAULT_EXPERIMENT],
  ['mom=0.9', 'Ignored mom=0.9 (only used with opt=sgd).', DEFAULT_EXPERIMENT],
  ['opt=sgd&mom=1', 'Ignored mom=1 (SGD momentum must be from 0 to 0.999): using 0.', { ...DEFAULT_EXPERIMENT, optimizer: { kind: 'sgd', momentum: 0 } }],
  ['decay=0', 'Ignored decay=0 (only used with opt=rmsprop).', DEFAULT_EXPERIMENT],
  ['ds=cifar10&rho=2', 'Ignored rho=2 (RMSprop rho must be from 0 to 0.9999): using 0.9.', cifarBase],
  ['ds=cifar10&eps=-1', 'Ignored eps=-1 (RMSprop epsilon must be from 0 to 1): using 1e-7.', cifarBase],
  ['ds=cifar10&decay=x', 'Ignored decay=x (not a number): using 0.000001.', cifarBase],
  ['lr=abc', 'Ignored lr=abc (not a number): using 0.001.', DEFAULT_EXPERIMENT],
  ['lr=', 'Ignored lr= (not a number): using 0.001.', DEFAULT_EXPERIMENT],
  ['lr=0', 'Ignored lr=0 (learning rate must be above 0 and at most 10): using 0.001.', DEFAULT_EXPERIMENT],
  ['lr=Infinity', 'Ignored lr=Infinity (not a number): using 0.001.', DEFAULT_EXPERIMENT],
  ['lr=0x10', 'Ignored lr=0x10 (not a number): using 0.001.', DEFAULT_EXPERIMENT],
  ['ep=0', 'Ignored ep=0 (epochs must be a whole number from 1 to 1000): using 5.', DEFAULT_EXPERIMENT],
  ['ep=2000', 'Ignored ep=2000 (epochs must be a whole number from 1 to 1000): using 5.', DEFAULT_EXPERIMENT],
  ['seed=-1', 'Ignored seed=-1 (seed must be a whole number from 0 to 4294967295): using 1.', DEFAULT_EXPERIMENT],
  ['seed=4294967296', 'Ignored seed=4294967296 (seed must be a whole number from 0 to 4294967295): using 1.', DEFAULT_EXPERIMENT],
  ['seed=1.5', 'Ignored seed=1.5 (seed must be a whole number from 0 to 4294967295): using 1.', DEFAULT_EXPERIMENT],
  ['rot=400', 'Ignored rot=400 (rotation must be from 0 to 180 degrees): using 0.', DEFAULT_EXPERIMENT],
  ['wshift=-0.1', 'Ignored wshift=-0.1 (width shift must be from 0 to 1 (a fraction of the width)): using 0.', DEFAULT_EXPERIMENT],
  ['hshift=2', 'Ignored hshift=2 (height shift must be from 0 to 1 (a fraction of the height)): using 0.', DEFAULT_EXPERIMENT],
  ['zoom=1', 'Ignored zoom=1 (zoom must be from 0 to 0.9 (factors from 1 − zoom to 1 + zoom)): using 0.', DEFAULT_EXPERIMENT],
  ['shear=90', 'Ignored shear=90 (shear must be from 0 to 80 degrees): using 0.', DEFAULT_EXPERIMENT],
  ['flip=yes', 'Ignored flip=yes (not 1 or 0): using 0.', DEFAULT_EXPERIMENT],
  ['fill=mirror', 'Ignored fill=mirror (not one of nearest, constant, reflect, wrap): using nearest.', DEFAULT_EXPERIMENT],
  ['backend=gpu', 'Ignored backend=gpu (not one of auto, webgpu, webgl, wasm, cpu): using auto.', DEFAULT_EXPERIMENT],
  ['colour=blue', 'Ignored colour=blue (not a parameter of this playground).', DEFAULT_EXPERIMENT],
  ['seed=3&seed=4', 'Ignored seed=4 (seed is given more than once; the first one counts).', { ...DEFAULT_EXPERIMENT, seed: 3 }],
  ['lr=%E0%A4', 'Ignored lr=%E0%A4 (a broken %-escape).', DEFAULT_EXPERIMENT],
];

describe('decodeExperiment with bad values', () => {
  it.each(BAD_VALUES)('%s falls back with one notice', (query, notice, experiment) => {
    expect(decodeExperiment(query)).toStrictEqual({ experiment, notices: [notice] });
  });

  it('keeps the good parameters around a bad one', () => {
    const { experiment, notices } = decodeExperiment('ds=cifar10&lr=abc&ep=7&seed=99');
    expect(experiment).toStrictEqual({ ...cifarBase, epochs: 7, seed: 99 });
    expect(notices).toEqual(['Ignored lr=abc (not a number): using 0.0001.']);
  });

  it('gives one notice per bad parameter, and a usable experiment', () => {
    const { experiment, notices } = decodeExperiment('bs=99999&ep=0&rot=400&flip=yes&fill=mirror&backend=gpu&opt=nadam&act=relu&x=1');
    expect(experiment).toStrictEqual(DEFAULT_EXPERIMENT);
    expect(notices).toHaveLength(9);
    for (const key of ['bs=99999', 'ep=0', 'rot=400', 'flip=yes', 'fill=mirror', 'backend=gpu', 'opt=nadam', 'act=relu', 'x=1']) {
      expect(notices.filter((notice) => notice.startsWith(`Ignored ${key} (`))).toHaveLength(1);
    }
  });

  it('cuts a very long value short in its notice', () => {
    const net = Array.from({ length: 30 }, () => 'flatten').join(',');
    const [notice] = decodeExperiment(`net=${net}`).notices;
    expect(notice).toBe(`Ignored net=${net.slice(0, 79)}… (only used with arch=custom).`);
  });

  it('always decodes to an experiment that can run', () => {
    const links = BAD_VALUES.map(([query]) => query).concat(['ds=cifar10&arch=gmnet&act=tanh&n=5&bs=64&split=gmnet&opt=sgd&mom=2']);
    for (const link of links) expect(experimentProblems(decodeExperiment(link).experiment)).toEqual([]);
  });
});
