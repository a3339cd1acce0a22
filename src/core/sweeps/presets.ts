/**
 * Ready-made sweeps: the coursework's GMNet sweep, made shorter and labelled so,
 * and a tiny demo that runs end to end in a minute, one member diverging on purpose.
 */
import type { LayerSpec } from '../model/spec';
import { baselineExperiment, customNetwork, experimentToSettings, presetChoice } from '../url/experiment';
import type { SweepConfig } from './config';

/** Epochs per run of the GMNet sweep preset (the coursework trained 20). */
export const GMNET_SWEEP_EPOCHS = 3;

/**
 * The coursework's W&B sweep: random search maximising val_accuracy over
 * activation, dropout, U and learning rate; GMNet with Adam, batch 32, the 45k/15k
 * split; 8 runs planned (their sweep died after 6).
 */
export const GMNET_SWEEP: SweepConfig = {
  id: 'gmnet-sweep',
  label: 'GMNet sweep',
  note: `Coursework: W&B random search, 8 runs planned (6 finished), 20 epochs each; here ${GMNET_SWEEP_EPOCHS} epochs per run.`,
  base: experimentToSettings({ ...baselineExperiment('mnist', presetChoice('gmnet')), epochs: GMNET_SWEEP_EPOCHS }),
  space: {
    activation: { kind: 'choices', values: ['relu', 'tanh'] },
    dropout: { kind: 'choices', values: [0.2, 0.3, 0.4, 0.5] },
    denseUnits: { kind: 'choices', values: [120, 180, 240, 300] },
    learningRate: { kind: 'choices', values: [0.1, 0.01, 0.001] },
  },
  method: 'random',
  metric: { name: 'val_accuracy', goal: 'maximize' },
  runCap: 8,
  seed: 1,
};

/** A small MLP: flatten, 32 relu, 10 softmax (25,450 parameters). */
const DEMO_LAYERS: readonly LayerSpec[] = [
  { kind: 'flatten' },
  { kind: 'dense', units: 32, activation: 'relu' },
  { kind: 'dense', units: 10, activation: 'softmax' },
];

/**
 * Three runs of a small MLP on 2,000 MNIST images for 1 epoch, by grid over the
 * learning rate {0.001, 0.01, 10}: Adam at 10 diverges. Batch 8 gives 250 steps, so
 * a run sitting at chance is called diverged (MIN_STEPS_AT_CHANCE is 200).
 */
export const QUICK_DEMO_SWEEP: SweepConfig = {
  id: 'quick-demo',
  label: 'Quick demo sweep',
  note: 'A teaching demo, not coursework: a small MLP, 2,000 training images, 1 epoch, 3 runs; learning rate 10 is there to diverge.',
  base: {
    ...experimentToSettings(baselineExperiment('mnist', { id: 'custom', network: customNetwork('mnist', DEMO_LAYERS) })),
    learningRate: 0.001, batchSize: 8, epochs: 1, trainLimit: 2000, protocolId: 'gmnet',
  },
  space: { learningRate: { kind: 'choices', values: [0.001, 0.01, 10] } },
  method: 'grid',
  metric: { name: 'val_accuracy', goal: 'maximize' },
  runCap: 3,
  /** Searched at random instead, seed 5 draws each rate once: 0.01, 10, 0.001. */
  seed: 5,
};

/** Every sweep preset, as the UI lists them. */
export const SWEEP_PRESETS: readonly SweepConfig[] = [GMNET_SWEEP, QUICK_DEMO_SWEEP];
