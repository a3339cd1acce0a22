import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { registerWasmTrainingKernels } from './index';
import { convGradient, leakOverRepeats, relativeError, seeded, type GradCase, type Pad } from './gradient-test-support';

const cases: readonly GradCase[] = [
  { name: 'LeNet conv1: 28×28, 5×5 same', xShape: [4, 28, 28, 1], filterShape: [5, 5, 1, 6], strides: 1, pad: 'same' },
  { name: 'LeNet conv2: 14×14, 5×5 valid', xShape: [4, 14, 14, 6], filterShape: [5, 5, 6, 16], strides: 1, pad: 'valid' },
  { name: 'CIFAR: 32×32, 3×3 same, batch 1', xShape: [1, 32, 32, 3], filterShape: [3, 3, 3, 32], strides: 1, pad: 'same' },
  { name: 'CIFAR: 32×32, 3×3 valid', xShape: [4, 32, 32, 32], filterShape: [3, 3, 32, 32], strides: 1, pad: 'valid' },
  { name: 'CIFAR: 15×15, 3×3 same', xShape: [4, 15, 15, 32], filterShape: [3, 3, 32, 64], strides: 1, pad: 'same' },
  { name: 'CIFAR: 15×15, 3×3 valid, batch 1', xShape: [1, 15, 15, 64], filterShape: [3, 3, 64, 64], strides: 1, pad: 'valid' },
  { name: '31×31, 3×3 stride 2 valid', xShape: [4, 31, 31, 3], filterShape: [3, 3, 3, 16], strides: 2, pad: 'valid' },
  { name: '32×32, 3×3 stride 2 valid (unused last row)', xShape: [2, 32, 32, 6], filterShape: [3, 3, 6, 16], strides: 2, pad: 'valid' },
  { name: '15×16, 4×4 stride 2 same (uneven padding)', xShape: [2, 15, 16, 3], filterShape: [4, 4, 3, 6], strides: 2, pad: 'same' },
  { name: '11×10, 3×2 strides [2,3] same', xShape: [1, 11, 10, 2], filterShape: [3, 2, 2, 6], strides: [2, 3], pad: 'same' },
  { name: '9×9, 3×3 explicit padding', xShape: [2, 9, 9, 2], filterShape: [3, 3, 2, 4], strides: 1, pad: [[0, 0], [1, 2], [0, 1], [0, 0]] },
  { name: '9×9, 3×3 explicit padding wider than the filter', xShape: [2, 9, 9, 2], filterShape: [3, 3, 2, 4], strides: 1, pad: [[0, 0], [4, 0], [3, 5], [0, 0]] },
  { name: '9×9, 3×3 stride 2, wide explicit padding', xShape: [1, 9, 9, 3], filterShape: [3, 3, 3, 5], strides: 2, pad: [[0, 0], [0, 4], [5, 1], [0, 0]] },
];

const builtIn = tf.getKernel(tf.Conv2DBackpropInput, 'wasm');

beforeAll(async () => {
  registerWasmTrainingKernels();
  expect(await tf.setBackend('wasm')).toBe(true);
});

describe('Conv2DBackpropInput on wasm', () => {
  it('replaces the built-in kernel', () => {
    expect(builtIn).toBeDefined();
    expect(tf.getKernel(tf.Conv2DBackpropInput, 'wasm')?.kernelFunc).not.toBe(builtIn?.kernelFunc);
  });

  it.each(cases)('matches the cpu backend: $name', async (c) => {
    const expected = await convGradient('cpu', c, 'input');
    const actual = await convGradient('wasm', c, 'input');
    expect(actual.length).toBe(expected.length);
    expect(relativeError(actual, expected)).toBeLessThan(1e-4);
  });

  const leakCases: { name: string; strides: number; pad: Pad }[] = [
    { name: 'stride 1', strides: 1, pad: 'valid' },
    { name: 'stride 2 with a crop', strides: 2, pad: [[0, 0], [4, 0], [0, 4], [0, 0]] },
  ];
  it.each(leakCases)('leaks no tensors and no backend memory: $name', async ({ strides, pad }) => {
    await tf.setBackend('wasm');
    const x = tf.randomNormal([4, 14, 14, 6], 0, 1, 'float32', 4) as tf.Tensor4D;
    const w = tf.randomNormal([5, 5, 6, 16], 0, 1, 'float32', 5) as tf.Tensor4D;
    const gradient = tf.grad((input: tf.Tensor) => tf.conv2d(input as tf.Tensor4D, w, strides, pad).sum());
    expect(leakOverRepeats(() => gradient(x).dispose())).toEqual({ tensors: 0, dataIds: 0 });
    tf.dispose([x, w]);
  });

  it('hands NCHW to the built-in kernel, which matches cpu', async () => {
    const run = async (backend: string): Promise<Float32Array> => {
      await tf.setBackend(backend);
      const dy = tf.tensor4d(seeded([2, 4, 5, 5], 6), [2, 4, 5, 5]);
      const filter = tf.tensor4d(seeded([3, 3, 3, 4], 7), [3, 3, 3, 4]);
      const attrs = { strides: 1, pad: 'same', dataFormat: 'NCHW', inputShape: [2, 3, 5, 5] };
      const dx = tf.engine().runKernel(tf.Conv2DBackpropInput, { dy, filter }, attrs) as tf.Tensor;
      const values = (await dx.data()) as Float32Array;
      tf.dispose([dy, filter, dx]);
      return values;
    };
    const expected = await run('cpu');
    expect(relativeError(await run('wasm'), expected)).toBeLessThan(1e-4);
  });

  it('registers idempotently', async () => {
    const registered = tf.getKernel(tf.Conv2DBackpropInput, 'wasm');
    const filter = tf.getKernel(tf.Conv2DBackpropFilter, 'wasm');
    const warn = vi.spyOn(console, 'warn');
    registerWasmTrainingKernels();
    registerWasmTrainingKernels();
    expect(tf.getKernel(tf.Conv2DBackpropInput, 'wasm')).toBe(registered);
    expect(tf.getKernel(tf.Conv2DBackpropFilter, 'wasm')).toBe(filter);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    await tf.setBackend('wasm');
    const c = cases[1];
    if (c === undefined) throw new Error('missing case');
    expect(relativeError(await convGradient('wasm', c, 'input'), await convGradient('cpu', c, 'input'))).toBeLessThan(1e-4);
  });
});

function leNet5(): tf.Sequential {
  const init = () => tf.initializers.glorotUniform({ seed: 7 });
  const model = tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 6, kernelSize: 5, padding: 'same', activation: 'tanh', kernelInitializer: init() }),
      tf.layers.averagePooling2d({ poolSize: 2 }),
      tf.layers.conv2d({ filters: 16, kernelSize: 5, padding: 'valid', activation: 'tanh', kernelInitializer: init() }),
      tf.layers.averagePooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 120, activation: 'tanh', kernelInitializer: init() }),
      tf.layers.dense({ units: 84, activation: 'tanh', kernelInitializer: init() }),
      tf.layers.dense({ units: 10, activation: 'softmax', kernelInitializer: init() }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(), loss: 'categoricalCrossentropy' });
  return model;
}

/** Losses of `steps` LeNet-5 trainOnBatch calls on one fixed seeded batch, on `backend`. */
async function leNetLosses(backend: string, batch: number, steps: number): Promise<number[]> {
  await tf.setBackend(backend);
  const xs = tf.tensor(seeded([batch, 28, 28, 1], 11), [batch, 28, 28, 1]);
  const ys = tf.tidy(() => tf.oneHot(tf.randomUniform([batch], 0, 10, 'float32', 12).floor().toInt(), 10));
  const model = leNet5();
  const losses: number[] = [];
  for (let i = 0; i < steps; i += 1) losses.push(Number(await model.trainOnBatch(xs, ys)));
  model.dispose();
  tf.dispose([xs, ys]);
  return losses;
}

describe('training LeNet-5 on wasm', () => {
  it('gives the losses of the cpu backend, step by step', async () => {
    const wasm = await leNetLosses('wasm', 16, 4);
    const cpu = await leNetLosses('cpu', 16, 4);
    expect(wasm.every(Number.isFinite)).toBe(true);
    expect(wasm[3]).toBeLessThan(wasm[0] ?? 0);
    wasm.forEach((loss, i) => expect(loss).toBeCloseTo(cpu[i] ?? Number.NaN, 4));
  });
});
