import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { lenet5 } from '../core/model/presets';
import type { WorkerEvent } from '../core/protocol';
import { defaultOptimizer, type TrainingSettings } from '../core/training/settings';
import { chooseInputFolder } from '../../scripts/data/input-folder';
import { loadDataset } from '../../scripts/data/load-dataset';
import { REPO_ROOT } from '../../scripts/data/test-support';
import { registerWasmTrainingKernels } from '../engine/kernels';
import { modelInternals } from '../engine/model/internals';
import { predictImage } from '../engine/model/predict';
import type { LoadedDataset } from './load-dataset';
import { RunManager } from './run-manager';

let mnist: LoadedDataset;

const settings = (overrides: Partial<TrainingSettings> = {}): TrainingSettings => ({
  dataset: 'mnist', network: lenet5(), optimizer: defaultOptimizer('adam'), learningRate: 1e-3,
  batchSize: 64, epochs: 1, protocolId: 'gmnet', trainLimit: 640, seed: 5, ...overrides,
});

function recorder(): { events: WorkerEvent[]; manager: RunManager } {
  const events: WorkerEvent[] = [];
  return { events, manager: new RunManager((event) => events.push(event)) };
}

beforeAll(async () => {
  registerWasmTrainingKernels();
  await tf.setBackend('wasm');
  const loaded = await loadDataset(chooseInputFolder(REPO_ROOT, process.env), 'mnist');
  mnist = { dataset: 'mnist', manifest: {} as LoadedDataset['manifest'], train: loaded.splits.train, test: loaded.splits.test, source: 'cache' };
});

describe('the run protocol, as the worker speaks it', () => {
  it('reports a run in order, every event carrying its run id', async () => {
    const { events, manager } = recorder();
    await manager.start({ type: 'startRun', runId: 'r1', settings: settings() }, mnist);
    const types = events.map((event) => event.type);
    expect(types[0]).toBe('runStarted');
    expect(types.slice(-4)).toEqual(['runHeldOut', 'runEpoch', 'runEvaluated', 'runFinished']);
    expect(new Set(types.slice(1, -4))).toEqual(new Set(['runBatches']));
    const heldOut = events.at(-4) as Extract<WorkerEvent, { type: 'runHeldOut' }>;
    expect(heldOut).toMatchObject({ source: 'validation', count: 15_000 });
    expect(heldOut.metrics.confusion.flat().reduce((a, b) => a + b, 0)).toBe(15_000);
    expect(heldOut.confidentErrors.every((image) => image.truth !== image.predicted && image.pixels.length === 784)).toBe(true);
    expect(events.every((event) => 'runId' in event && event.runId === 'r1')).toBe(true);
    const started = events[0] as Extract<WorkerEvent, { type: 'runStarted' }>;
    expect(started).toMatchObject({ backend: 'wasm', params: { total: 61_706 }, trainCount: 640, validationCount: 15_000, batchesPerEpoch: 10 });
    const steps = events.flatMap((event) => (event.type === 'runBatches' ? event.batches.step : []));
    expect(steps).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const finished = events.at(-1) as Extract<WorkerEvent, { type: 'runFinished' }>;
    expect(finished.status).toBe('completed');
    const evaluated = events.at(-2) as Extract<WorkerEvent, { type: 'runEvaluated' }>;
    expect(evaluated.test.confusion.flat().reduce((a, b) => a + b, 0)).toBe(10_000);
  });

  it('ignores control commands for another run, and stops the named one', async () => {
    const { events, manager } = recorder();
    const run = manager.start({ type: 'startRun', runId: 'r2', settings: settings({ trainLimit: 20_000, epochs: 2 }) }, mnist);
    await new Promise((resolve) => setTimeout(resolve, 300));
    manager.control({ type: 'stopRun', runId: 'someone-else' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events.some((event) => event.type === 'runFinished')).toBe(false);
    manager.control({ type: 'stopRun', runId: 'r2' });
    await run;
    expect(events.at(-1)).toMatchObject({ type: 'runFinished', runId: 'r2', status: 'stopped' });
  });

  it('refuses impossible settings with a failed run that says why', async () => {
    const { events, manager } = recorder();
    await manager.start({ type: 'startRun', runId: 'r3', settings: settings({ learningRate: -1 }) }, mnist);
    expect(events).toEqual([
      expect.objectContaining({ type: 'runFinished', runId: 'r3', status: 'failed', reason: expect.stringContaining('Learning rate must be above 0') }),
    ]);
  });

  it('a new run stops the one before it, and tensors return to their baseline', async () => {
    const before = tf.memory().numTensors;
    const { events, manager } = recorder();
    const first = manager.start({ type: 'startRun', runId: 'a', settings: settings({ trainLimit: 20_000 }) }, mnist);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await manager.start({ type: 'startRun', runId: 'b', settings: settings() }, mnist);
    await first;
    expect(events.find((event) => event.type === 'runFinished' && event.runId === 'a')).toMatchObject({ status: 'stopped' });
    expect(events.at(-1)).toMatchObject({ type: 'runFinished', runId: 'b', status: 'completed' });
    manager.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('lets the run\'s model be read between training steps without changing the run', async () => {
    const losses = (events: WorkerEvent[]): number[] => events.flatMap((event) => (event.type === 'runBatches' ? event.batches.loss : []));
    const quiet = recorder();
    await quiet.manager.start({ type: 'startRun', runId: 'q', settings: settings() }, mnist);
    const busy = recorder();
    expect(busy.manager.runModel()).toBeUndefined();
    const image = mnist.test.pixels.subarray(0, 784);
    const seen: boolean[] = [];
    const run = busy.manager.start({ type: 'startRun', runId: 'p', settings: settings() }, mnist);
    const reader = setInterval(() => {
      const live = busy.manager.runModel();
      if (!live) return;
      seen.push(live.training);
      void predictImage(live.model, image, [28, 28, 1]);
      void modelInternals(live.model, image, [28, 28, 1]);
    }, 5);
    await run;
    clearInterval(reader);
    expect(seen.filter((training) => training).length).toBeGreaterThan(0);
    expect(busy.manager.runModel()).toMatchObject({ training: false, spec: { name: 'LeNet-5' }, settings: { seed: 5 } });
    expect(losses(busy.events)).toEqual(losses(quiet.events));
    quiet.manager.dispose();
    busy.manager.dispose();
  });
});
