import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DecodedSplit } from '../../core/datasets/decoded';
import { summarizeNetwork } from '../../core/model/shapes';
import { cifarG3, gmnet, ivannet, lenet5 } from '../../core/model/presets';
import type { NetworkSpec } from '../../core/model/spec';
import { defaultOptimizer, type TrainingSettings } from '../../core/training/settings';
import { chooseInputFolder } from '../../../scripts/data/input-folder';
import { loadDataset } from '../../../scripts/data/load-dataset';
import { REPO_ROOT } from '../../../scripts/data/test-support';
import { registerWasmConv2DBackpropFilter } from '../kernels/conv2d-backprop-filter-wasm';
import { buildModel } from '../model/build-model';
import { createOptimizer } from './optimizer';
import { RunControl } from './run-control';
import { trainModel, type TrainingData } from './trainer';

/** A small convnet that trains in seconds on wasm. */
const smallNet: NetworkSpec = {
  name: 'small',
  inputShape: [28, 28, 1],
  layers: [
    { kind: 'conv2d', filters: 8, kernelSize: 3, padding: 'same', activation: 'relu' },
    { kind: 'maxPool2d', poolSize: 2 },
    { kind: 'dropout', rate: 0.2 },
    { kind: 'flatten' },
    { kind: 'dense', units: 10, activation: 'softmax' },
  ],
};

let mnistTrain: DecodedSplit;

function settings(overrides: Partial<TrainingSettings> = {}): TrainingSettings {
  return {
    dataset: 'mnist', network: smallNet, optimizer: defaultOptimizer('adam'), learningRate: 0.003,
    batchSize: 32, epochs: 2, protocolId: 'lenet', seed: 3, ...overrides,
  };
}

function data(trainCount: number, validationCount = 0): TrainingData {
  const indices = Uint32Array.from({ length: trainCount + validationCount }, (_, i) => i);
  return { source: mnistTrain, trainIndices: indices.subarray(0, trainCount), validationIndices: indices.subarray(trainCount), classTotal: 10 };
}

async function run(runSettings: TrainingSettings, runData: TrainingData, control?: RunControl) {
  const model = buildModel(runSettings.network, runSettings.seed);
  const losses: number[] = [];
  const outcome = await trainModel(model, runSettings, runData, {
    ...(control ? { control } : {}),
    flushIntervalMs: 0,
    onBatches: (batches) => losses.push(...batches.map((batch) => batch.loss)),
  });
  model.dispose();
  return { outcome, losses };
}

beforeAll(async () => {
  registerWasmConv2DBackpropFilter();
  await tf.setBackend('wasm');
  const loaded = await loadDataset(chooseInputFolder(REPO_ROOT, process.env), 'mnist');
  mnistTrain = loaded.splits.train;
});

describe('models built from specs', () => {
  it('have the parameter counts the spec predicts, for every preset', () => {
    for (const spec of [lenet5(), ivannet(), gmnet(), cifarG3()]) {
      const model = buildModel(spec, 1);
      const trainable = model.trainableWeights.reduce((sum, weight) => sum + weight.shape.reduce((a, b) => (a ?? 1) * (b ?? 1), 1)!, 0);
      const summary = summarizeNetwork(spec);
      expect([spec.name, model.countParams(), trainable]).toEqual([spec.name, summary.params, summary.trainableParams]);
      model.dispose();
    }
  });
});

describe('training on real MNIST in Node', () => {
  it('lowers the loss and learns, with validation metrics each epoch', async () => {
    const { outcome } = await run(settings(), data(2048, 512));
    expect(outcome.status).toBe('completed');
    expect(outcome.epochs).toHaveLength(2);
    const [first, second] = outcome.epochs;
    expect(second!.loss).toBeLessThan(first!.loss);
    expect(second!.valAccuracy).toBeGreaterThan(0.8);
  });

  it('gives the same curve for the same seed, and another for another seed', async () => {
    const a = await run(settings({ epochs: 1 }), data(512));
    const b = await run(settings({ epochs: 1 }), data(512));
    const c = await run(settings({ epochs: 1, seed: 4 }), data(512));
    expect(a.losses).toEqual(b.losses);
    expect(c.losses).not.toEqual(a.losses);
  });

  it('honours stop, and pause then resume', async () => {
    const control = new RunControl();
    const model = buildModel(smallNet, 1);
    let flushes = 0;
    const outcome = await trainModel(model, settings({ epochs: 3 }), data(4096), {
      control,
      flushIntervalMs: 0,
      onBatches: () => {
        flushes += 1;
        if (flushes === 2) {
          control.pause();
          setTimeout(() => control.resume(), 50);
        }
        if (flushes === 40) control.stop();
      },
    });
    model.dispose();
    expect(outcome.status).toBe('stopped');
    expect(control.pausedMs).toBeGreaterThan(30);
    expect(outcome.epochs).toHaveLength(0);
  });

  it('leaves no tensor behind (model and optimizer included)', async () => {
    const before = tf.memory().numTensors;
    await run(settings({ epochs: 1 }), data(256, 64));
    await run(settings({ epochs: 1, optimizer: defaultOptimizer('rmsprop') }), data(256));
    await run(settings({ epochs: 1, optimizer: { kind: 'sgd', momentum: 0.9 } }), data(256));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops a run whose loss explodes with status diverged', async () => {
    const { outcome } = await run(settings({ learningRate: 10, optimizer: { kind: 'sgd', momentum: 0.9 }, batchSize: 8, epochs: 3 }), data(1024));
    expect(outcome.status).toBe('diverged');
    expect(outcome.reason).toMatch(/diverged\. Lower the learning rate/);
  });
});

describe('optimizers', () => {
  it('applies Keras-style per-step decay to RMSprop', () => {
    const scheduled = createOptimizer({ kind: 'rmsprop', rho: 0.9, epsilon: 1e-7, decay: 1e-2 }, 1e-3);
    scheduled.prepareStep(100);
    expect((scheduled.optimizer as unknown as { learningRate: number }).learningRate).toBeCloseTo(1e-3 / 2, 12);
    scheduled.dispose();
  });
});
