import * as tf from '@tensorflow/tfjs';
import type { OptimizerSettings } from '../../core/training/settings';

/** An optimizer plus the learning rate it should use at a given step. */
export interface ScheduledOptimizer {
  readonly optimizer: tf.Optimizer;
  /** Sets the learning rate for step `step` (0-based), applying any decay. */
  prepareStep(step: number): void;
  /** Frees everything the optimizer holds on the backend. */
  dispose(): void;
}

/**
 * MomentumOptimizer.dispose() forgets the learning-rate scalar of the SGD optimizer
 * it extends (https://github.com/tensorflow/tfjs/issues/4647); free it here.
 */
function disposeMomentum(optimizer: tf.Optimizer): void {
  optimizer.dispose();
  (optimizer as unknown as { c?: tf.Tensor }).c?.dispose();
}

/**
 * TF.js optimizers read `learningRate` on every step but declare it protected; this
 * is the one place that writes it, for Keras-style decay.
 */
function setLearningRate(optimizer: tf.Optimizer, learningRate: number): void {
  (optimizer as unknown as { learningRate: number }).learningRate = learningRate;
}

/**
 * Makes the optimizer the settings name. Differences from Keras worth knowing:
 * TF.js RMSprop adds epsilon inside the square root (Keras adds it outside); SGD
 * with momentum accumulates gradients, equivalent to Keras's for a constant rate.
 */
export function createOptimizer(settings: OptimizerSettings, learningRate: number): ScheduledOptimizer {
  switch (settings.kind) {
    case 'sgd': {
      if (settings.momentum === 0) {
        const optimizer = tf.train.sgd(learningRate);
        return { optimizer, prepareStep: () => undefined, dispose: () => optimizer.dispose() };
      }
      const optimizer = tf.train.momentum(learningRate, settings.momentum);
      return { optimizer, prepareStep: () => undefined, dispose: () => disposeMomentum(optimizer) };
    }
    case 'adam': {
      const optimizer = tf.train.adam(learningRate, 0.9, 0.999, 1e-7);
      return { optimizer, prepareStep: () => undefined, dispose: () => optimizer.dispose() };
    }
    case 'rmsprop': {
      const optimizer = tf.train.rmsprop(learningRate, settings.rho, 0, settings.epsilon);
      const decay = settings.decay;
      return {
        optimizer,
        prepareStep: decay > 0 ? (step) => setLearningRate(optimizer, learningRate / (1 + decay * step)) : () => undefined,
        dispose: () => optimizer.dispose(),
      };
    }
  }
}
