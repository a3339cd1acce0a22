/**
 * THE table of link parameters. Its order is the order a link lists them and the
 * order they are read: what a parameter depends on comes before it (dataset, then
 * architecture, then split, batch size and training examples).
 *
 *   ds      dataset                         mnist | cifar10
 *   arch    architecture                    lenet5 | ivannet | gmnet | cifar-g3 | custom
 *   net     custom layers (arch=custom)     see net.ts
 *   act     GMNet activation (arch=gmnet)   relu | tanh | sigmoid | softmax | linear
 *   drop    GMNet dropout rate
 *   units   GMNet hidden units
 *   split   split protocol                  lenet | gmnet (MNIST), official | holdout (CIFAR-10)
 *   bs      batch size
 *   n       training examples               a count, or all
 *   opt     optimizer                       adam | sgd | rmsprop
 *   mom     SGD momentum (opt=sgd)
 *   rho     RMSprop rho (opt=rmsprop)
 *   eps     RMSprop epsilon (opt=rmsprop)
 *   decay   RMSprop learning-rate decay per step (opt=rmsprop)
 *   lr      learning rate
 *   ep      epochs
 *   seed    random seed
 *   rot, wshift, hshift, zoom, shear        augmentation ranges (0 = off)
 *   flip    horizontal flip                 1 | 0
 *   fill    augmentation fill mode          nearest | constant | reflect | wrap
 *   backend TF.js backend                   auto | webgpu | webgl | wasm | cpu
 */
import { DEFAULT_FILL_MODE, FILL_MODES, type AugmentationSettings } from '../augment/settings';
import { BACKEND_NAMES } from '../backends';
import { SPLIT_PROTOCOLS } from '../datasets/splits';
import { defaultOptimizer, OPTIMIZER_KINDS, type OptimizerSettings } from '../training/settings';
import { ARCHITECTURE_PROPS } from './architecture-props';
import type { BackendChoice, Experiment } from './experiment';
import { choiceProp, flagProp, numberProp, readNumber, type ExperimentProp, type PropCondition } from './prop';

type Rmsprop = Extract<OptimizerSettings, { kind: 'rmsprop' }>;

const usesOptimizer = (kind: OptimizerSettings['kind']): PropCondition => ({
  holds: (experiment) => experiment.optimizer.kind === kind,
  label: `opt=${kind}`,
});

/** RMSprop's settings of an experiment that trains with RMSprop. */
function rmsprop(experiment: Experiment): Rmsprop {
  if (experiment.optimizer.kind !== 'rmsprop') throw new Error('RMSprop settings belong to opt=rmsprop only.');
  return experiment.optimizer;
}

/** SGD's momentum of an experiment that trains with SGD. */
function sgdMomentum(experiment: Experiment): number {
  if (experiment.optimizer.kind !== 'sgd') throw new Error('SGD momentum belongs to opt=sgd only.');
  return experiment.optimizer.momentum;
}

const rmspropProp = (key: string, field: Exclude<keyof Rmsprop, 'kind'>): ExperimentProp =>
  numberProp(key, (e) => rmsprop(e)[field], (e, value) => ({ ...e, optimizer: { ...rmsprop(e), [field]: value } }), usesOptimizer('rmsprop'));

const TRAIN_LIMIT: ExperimentProp = {
  key: 'n',
  write: (experiment) => (experiment.trainLimit === undefined ? 'all' : String(experiment.trainLimit)),
  read: (text, experiment) => {
    if (text === 'all') return { ...experiment, trainLimit: undefined };
    const count = readNumber(text);
    return count === undefined ? { problem: 'not a number or all' } : { ...experiment, trainLimit: count };
  },
};

const OPTIMIZER_PROPS: readonly ExperimentProp[] = [
  choiceProp('opt', () => OPTIMIZER_KINDS, (e) => e.optimizer.kind, (e, kind) => ({ ...e, optimizer: defaultOptimizer(kind) })),
  numberProp('mom', sgdMomentum, (e, momentum) => ({ ...e, optimizer: { kind: 'sgd', momentum } }), usesOptimizer('sgd')),
  rmspropProp('rho', 'rho'),
  rmspropProp('eps', 'epsilon'),
  rmspropProp('decay', 'decay'),
];

type AugmentationRange = 'rotationDegrees' | 'widthShift' | 'heightShift' | 'zoom' | 'shearDegrees';

const withAugmentation = (experiment: Experiment, change: Partial<AugmentationSettings>): Experiment => ({
  ...experiment,
  augmentation: { ...experiment.augmentation, ...change },
});

const rangeProp = (key: string, field: AugmentationRange): ExperimentProp =>
  numberProp(key, (e) => e.augmentation[field], (e, value) => withAugmentation(e, { [field]: value }));

const AUGMENTATION_PROPS: readonly ExperimentProp[] = [
  rangeProp('rot', 'rotationDegrees'),
  rangeProp('wshift', 'widthShift'),
  rangeProp('hshift', 'heightShift'),
  rangeProp('zoom', 'zoom'),
  rangeProp('shear', 'shearDegrees'),
  flagProp('flip', (e) => e.augmentation.horizontalFlip, (e, horizontalFlip) => withAugmentation(e, { horizontalFlip })),
  choiceProp('fill', () => FILL_MODES, (e) => e.augmentation.fillMode ?? DEFAULT_FILL_MODE, (e, fillMode) => withAugmentation(e, { fillMode })),
];

const BACKEND_CHOICES: readonly BackendChoice[] = ['auto', ...BACKEND_NAMES];

/** Every link parameter, in link order. */
export const EXPERIMENT_PROPS: readonly ExperimentProp[] = [
  ...ARCHITECTURE_PROPS,
  choiceProp('split', (e) => SPLIT_PROTOCOLS[e.dataset].map((protocol) => protocol.id), (e) => e.protocolId, (e, protocolId) => ({ ...e, protocolId })),
  numberProp('bs', (e) => e.batchSize, (e, batchSize) => ({ ...e, batchSize })),
  TRAIN_LIMIT,
  ...OPTIMIZER_PROPS,
  numberProp('lr', (e) => e.learningRate, (e, learningRate) => ({ ...e, learningRate })),
  numberProp('ep', (e) => e.epochs, (e, epochs) => ({ ...e, epochs })),
  numberProp('seed', (e) => e.seed, (e, seed) => ({ ...e, seed })),
  ...AUGMENTATION_PROPS,
  choiceProp('backend', () => BACKEND_CHOICES, (e) => e.backend, (e, backend) => ({ ...e, backend })),
];
