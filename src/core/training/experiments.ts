import { COURSEWORK_AUGMENTATION } from '../augment/settings';
import type { LayerSpec } from '../model/spec';
import { baselineExperiment, customNetwork, presetChoice, type Experiment } from '../url/experiment';
import { defaultOptimizer } from './settings';

/** A ready-made experiment: the coursework's, made shorter, or a teaching demo. */
export interface ExperimentPreset {
  readonly id: string;
  readonly label: string;
  /** How it differs from the original, in words shown beside it. */
  readonly note: string;
  readonly experiment: Experiment;
}

const lenetCoursework = (epochs: number): Experiment => ({
  ...baselineExperiment('mnist', presetChoice('lenet5')), learningRate: 0.01, batchSize: 32, epochs,
});

/** Flatten, two dense layers of 256, output: 269,322 weights for 1,000 images, so they are learnt by heart. */
const OVERFIT_LAYERS: readonly LayerSpec[] = [
  { kind: 'flatten' },
  { kind: 'dense', units: 256, activation: 'relu' },
  { kind: 'dense', units: 256, activation: 'relu' },
  { kind: 'dense', units: 10, activation: 'softmax' },
];

/** The coursework's experiment map plus the overfitting demo, first to last as the UI lists them. */
export const EXPERIMENT_PRESETS: readonly ExperimentPreset[] = [
  { id: 'lenet', label: 'LeNet-5', note: 'Coursework: Adam 0.01, batch 32, 20 epochs; here 3 epochs.', experiment: lenetCoursework(3) },
  { id: 'lenet-da', label: 'LeNet-5 with augmentation', note: 'Coursework: rotation 30°, shift 0.1, zoom 0.2, 20 epochs; here 3.', experiment: { ...lenetCoursework(3), augmentation: COURSEWORK_AUGMENTATION } },
  { id: 'ivannet', label: 'IvanNet', note: 'Coursework: Adam 0.01, batch 32, 20 epochs; here 3.', experiment: { ...baselineExperiment('mnist', presetChoice('ivannet')), learningRate: 0.01, batchSize: 32, epochs: 3 } },
  { id: 'gmnet', label: 'GMNet', note: 'The sweep’s best run (relu, dropout 0.2, 180 units, Adam 0.001), 45k/15k split; 20 epochs in the coursework, here 3.', experiment: { ...baselineExperiment('mnist', presetChoice('gmnet')), epochs: 3 } },
  { id: 'gmnet-da', label: 'GMNet with augmentation', note: 'As GMNet, trained through the coursework’s augmentation; here 3 epochs.', experiment: { ...baselineExperiment('mnist', presetChoice('gmnet')), epochs: 3, augmentation: COURSEWORK_AUGMENTATION } },
  { id: 'cifar', label: 'CIFAR-10 CNN', note: 'Coursework: RMSprop 1e-4 with decay 1e-6, batch 32, 150 epochs (6.5 h on a GPU); here 2 epochs.', experiment: { ...baselineExperiment('cifar10', presetChoice('cifar-g3')), epochs: 2 } },
  {
    id: 'overfit', label: 'Overfitting demo',
    note: 'For instructors: 1,000 training images and a large network with no regularisation. Validation loss turns up while training loss keeps falling; then re-run with dropout or augmentation to compare.',
    experiment: {
      ...baselineExperiment('mnist', { id: 'custom', network: customNetwork('mnist', OVERFIT_LAYERS) }),
      optimizer: defaultOptimizer('adam'), learningRate: 0.001, batchSize: 32, epochs: 20, trainLimit: 1000, protocolId: 'gmnet',
    },
  },
];

/** The same layers with dropout (rate 0.5) after every hidden dense layer. */
export function withDropout(layers: readonly LayerSpec[], rate = 0.5): LayerSpec[] {
  const lastDense = layers.map((layer) => layer.kind).lastIndexOf('dense');
  return layers.flatMap((layer, index) => (layer.kind === 'dense' && index < lastDense ? [layer, { kind: 'dropout', rate }] : [layer]));
}

/** True when the layers have no dropout at all. */
export function hasNoDropout(layers: readonly LayerSpec[]): boolean {
  return layers.every((layer) => layer.kind !== 'dropout');
}
