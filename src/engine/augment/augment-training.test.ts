import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { COURSEWORK_AUGMENTATION } from '../../core/augment/settings';
import type { DecodedSplit } from '../../core/datasets/decoded';
import { lenet5 } from '../../core/model/presets';
import { defaultOptimizer, type TrainingSettings } from '../../core/training/settings';
import { chooseInputFolder } from '../../../scripts/data/input-folder';
import { loadDataset } from '../../../scripts/data/load-dataset';
import { REPO_ROOT } from '../../../scripts/data/test-support';
import { registerWasmTrainingKernels } from '../kernels';
import { buildModel } from '../model/build-model';
import { trainModel, type TrainingData } from '../training/trainer';

let mnistTrain: DecodedSplit;

const settings = (overrides: Partial<TrainingSettings> = {}): TrainingSettings => ({
  dataset: 'mnist', network: lenet5(), optimizer: defaultOptimizer('adam'), learningRate: 0.001,
  batchSize: 64, epochs: 2, protocolId: 'lenet', seed: 21, augmentation: COURSEWORK_AUGMENTATION, ...overrides,
});

function data(trainCount: number, validationCount: number): TrainingData {
  const indices = Uint32Array.from({ length: trainCount + validationCount }, (_, i) => i);
  return { source: mnistTrain, trainIndices: indices.subarray(0, trainCount), validationIndices: indices.subarray(trainCount), classTotal: 10 };
}

async function run(runSettings: TrainingSettings, runData: TrainingData) {
  const model = buildModel(runSettings.network, runSettings.seed);
  const losses: number[] = [];
  const outcome = await trainModel(model, runSettings, runData, { flushIntervalMs: 0, onBatches: (batches) => losses.push(...batches.map((b) => b.loss)) });
  model.dispose();
  return { outcome, losses };
}

beforeAll(async () => {
  registerWasmTrainingKernels();
  await tf.setBackend('wasm');
  mnistTrain = (await loadDataset(chooseInputFolder(REPO_ROOT, process.env), 'mnist')).splits.train;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('training LeNet-5 with the coursework augmentation (wasm, real MNIST)', () => {
  it('lowers the loss over 2 epochs on 2,000 images, distorting each training batch once and never validation', async () => {
    const transform = vi.spyOn(tf.image, 'transform');
    const { outcome } = await run(settings(), data(2000, 500));
    expect(outcome.status).toBe('completed');
    const [first, second] = outcome.epochs;
    expect(second!.loss).toBeLessThan(first!.loss);
    expect(second!.valAccuracy).toBeGreaterThan(0.6);
    expect(transform).toHaveBeenCalledTimes(2 * Math.ceil(2000 / 64));
  });

  it('is reproducible for a seed, and differs from the run without augmentation', async () => {
    const a = await run(settings({ epochs: 1 }), data(640, 0));
    const b = await run(settings({ epochs: 1 }), data(640, 0));
    const plain = await run(settings({ epochs: 1, augmentation: undefined }), data(640, 0));
    expect(b.losses).toEqual(a.losses);
    expect(plain.losses).not.toEqual(a.losses);
  });

  it('leaves no tensor behind', async () => {
    const before = tf.memory().numTensors;
    await run(settings({ epochs: 1 }), data(256, 64));
    expect(tf.memory().numTensors).toBe(before);
  });
});
