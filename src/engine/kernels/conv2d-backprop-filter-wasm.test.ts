import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { registerWasmConv2DBackpropFilter } from './conv2d-backprop-filter-wasm';
import { convGradient, leakOverRepeats, relativeError, seeded, type GradCase } from './gradient-test-support';

const cases: readonly GradCase[] = [
  { name: 'LeNet conv1: 28×28, 5×5 same', xShape: [4, 28, 28, 1], filterShape: [5, 5, 1, 6], strides: 1, pad: 'same' },
  { name: 'LeNet conv2: 14×14, 5×5 valid', xShape: [4, 14, 14, 6], filterShape: [5, 5, 6, 16], strides: 1, pad: 'valid' },
  { name: '32×32, 3×3 same, batch 1', xShape: [1, 32, 32, 3], filterShape: [3, 3, 3, 32], strides: 1, pad: 'same' },
  { name: '31×31, 3×3 stride 2 valid', xShape: [4, 31, 31, 3], filterShape: [3, 3, 3, 16], strides: 2, pad: 'valid' },
  { name: '32×32, 3×3 stride 2 valid (unused last row)', xShape: [2, 32, 32, 6], filterShape: [3, 3, 6, 16], strides: 2, pad: 'valid' },
  { name: '15×16, 4×4 stride 2 same (uneven padding)', xShape: [2, 15, 16, 3], filterShape: [4, 4, 3, 6], strides: 2, pad: 'same' },
  { name: '11×10, 3×2 strides [2,3] same', xShape: [1, 11, 10, 2], filterShape: [3, 2, 2, 6], strides: [2, 3], pad: 'same' },
  { name: '9×9, 3×3 explicit padding', xShape: [2, 9, 9, 2], filterShape: [3, 3, 2, 4], strides: 1, pad: [[0, 0], [1, 2], [0, 1], [0, 0]] },
];

beforeAll(async () => {
  registerWasmConv2DBackpropFilter();
  expect(await tf.setBackend('wasm')).toBe(true);
});

describe('Conv2DBackpropFilter on wasm', () => {
  it.each(cases)('matches the cpu backend: $name', async (c) => {
    const expected = await convGradient('cpu', c, 'filter');
    const actual = await convGradient('wasm', c, 'filter');
    expect(actual.length).toBe(expected.length);
    expect(relativeError(actual, expected)).toBeLessThan(1e-4);
  });

  it('leaks no tensors and no backend memory', async () => {
    await tf.setBackend('wasm');
    const x = tf.randomNormal([4, 14, 14, 6], 0, 1, 'float32', 4) as tf.Tensor4D;
    const w = tf.randomNormal([5, 5, 6, 16], 0, 1, 'float32', 5);
    const gradient = tf.grad((filter: tf.Tensor) => tf.conv2d(x, filter as tf.Tensor4D, 1, 'valid').sum());
    expect(leakOverRepeats(() => gradient(w).dispose())).toEqual({ tensors: 0, dataIds: 0 });
    tf.dispose([x, w]);
  });

  it('rejects NCHW and dilations other than 1', async () => {
    await tf.setBackend('wasm');
    const x = tf.zeros([1, 5, 5, 2]);
    const dy = tf.zeros([1, 5, 5, 3]);
    const attrs = { strides: 1, pad: 'same', dataFormat: 'NHWC', filterShape: [3, 3, 2, 3] };
    const run = (extra: object): unknown => tf.engine().runKernel(tf.Conv2DBackpropFilter, { x, dy }, { ...attrs, ...extra });
    expect(() => run({ dataFormat: 'NCHW' })).toThrow(/NHWC/);
    expect(() => run({ dilations: 2 })).toThrow(/dilation/);
    tf.dispose([x, dy]);
  });

  it('registers idempotently', () => {
    const registered = tf.getKernel(tf.Conv2DBackpropFilter, 'wasm');
    const warn = vi.spyOn(console, 'warn');
    registerWasmConv2DBackpropFilter();
    registerWasmConv2DBackpropFilter();
    expect(tf.getKernel(tf.Conv2DBackpropFilter, 'wasm')).toBe(registered);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});

function smallConvNet(): tf.Sequential {
  const seed = { seed: 7 };
  const model = tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [12, 12, 1], filters: 8, kernelSize: 3, padding: 'same', activation: 'relu', kernelInitializer: tf.initializers.glorotUniform(seed) }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.conv2d({ filters: 8, kernelSize: 3, strides: 2, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform(seed) }),
      tf.layers.averagePooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 4, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform(seed) }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
  return model;
}

/** Losses of `steps` trainOnBatch calls of `model` on one fixed batch, on `backend`. */
async function trainLosses(backend: string, makeModel: () => tf.Sequential, xShape: number[], classes: number, steps: number): Promise<number[]> {
  await tf.setBackend(backend);
  const batch = xShape[0] ?? 1;
  const xs = tf.tensor(seeded(xShape, 11), xShape);
  const labels = tf.tidy(() => tf.randomUniform([batch], 0, classes, 'float32', 12).floor().toInt());
  const ys = tf.oneHot(labels, classes);
  const model = makeModel();
  const losses: number[] = [];
  for (let i = 0; i < steps; i += 1) losses.push(Number(await model.trainOnBatch(xs, ys)));
  model.dispose();
  tf.dispose([xs, labels, ys]);
  return losses;
}

describe('training a conv net on wasm', () => {
  it('decreases the loss over 20 adam steps, in step with the cpu backend', async () => {
    const wasm = await trainLosses('wasm', smallConvNet, [32, 12, 12, 1], 4, 20);
    const cpu = await trainLosses('cpu', smallConvNet, [32, 12, 12, 1], 4, 20);
    expect(wasm.every(Number.isFinite)).toBe(true);
    expect(wasm[19]).toBeLessThan(0.8 * (wasm[0] ?? 0));
    wasm.forEach((loss, i) => expect(loss).toBeCloseTo(cpu[i] ?? Number.NaN, 3));
  });
});

function leNet5(): tf.Sequential {
  const model = tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 6, kernelSize: 5, padding: 'same', activation: 'tanh' }),
      tf.layers.averagePooling2d({ poolSize: 2 }),
      tf.layers.conv2d({ filters: 16, kernelSize: 5, padding: 'valid', activation: 'tanh' }),
      tf.layers.averagePooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 120, activation: 'tanh' }),
      tf.layers.dense({ units: 84, activation: 'tanh' }),
      tf.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(), loss: 'categoricalCrossentropy' });
  return model;
}

/** Examples per second over `steps` trainOnBatch calls at batch 64, after one warm-up step. */
async function leNetThroughput(backend: string, steps: number): Promise<number> {
  await tf.setBackend(backend);
  const xs = tf.tensor(seeded([64, 28, 28, 1], 21), [64, 28, 28, 1]);
  const ys = tf.tidy(() => tf.oneHot(tf.randomUniform([64], 0, 10, 'float32', 22).floor().toInt(), 10));
  const model = leNet5();
  await model.trainOnBatch(xs, ys);
  const started = performance.now();
  for (let i = 0; i < steps; i += 1) await model.trainOnBatch(xs, ys);
  const seconds = (performance.now() - started) / 1000;
  model.dispose();
  tf.dispose([xs, ys]);
  return (steps * 64) / seconds;
}

describe('LeNet-5 benchmark (Node, one thread, no tfjs-node)', () => {
  it('reports training examples/s on wasm and cpu', async () => {
    const wasm = await leNetThroughput('wasm', 20);
    // The pure-JS cpu backend needs about 4 s per step here, so it gets 2 timed steps.
    const cpu = await leNetThroughput('cpu', 2);
    console.log(`LeNet-5, batch 64, adam: wasm ${wasm.toFixed(0)} examples/s (20 steps), cpu ${cpu.toFixed(0)} examples/s (2 steps)`);
    expect(wasm).toBeGreaterThan(cpu);
  }, 120_000);
});
