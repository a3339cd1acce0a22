import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '../../core/datasets/catalog';
import { cifarG3, lenet5 } from '../../core/model/presets';
import type { NetworkSpec } from '../../core/model/spec';
import { readFixture } from '../../../scripts/fixtures/fixture-files';
import { imagesTensor } from '../data/batch';
import { importKerasModel } from '../import/index';
import { buildModel } from './build-model';
import { modelInternals, SHOWN_CHANNELS } from './internals';

const { mnist, cifar10 } = DATASETS;
const digit = Uint8Array.from({ length: 784 }, (_, i) => (i * 37) % 256);

beforeAll(async () => {
  await tf.setBackend('wasm');
});

describe('modelInternals', () => {
  it('reads every convolution of the LeNet-5 preset, and its first kernel', async () => {
    const model = buildModel(lenet5(), 1);
    const internals = await modelInternals(model, digit, mnist.imageShape);
    expect(internals.featureMaps.map(({ layer, shape, channelTotal }) => ({ layer, shape, channelTotal }))).toEqual([
      { layer: 'conv2d_1', shape: [28, 28, 6], channelTotal: 6 },
      { layer: 'conv2d_3', shape: [10, 10, 16], channelTotal: 16 },
    ]);
    expect(internals.featureMaps[1]?.values).toHaveLength(10 * 10 * 16);
    expect(internals.filters?.layer).toBe('conv2d_1');
    expect(internals.filters?.shape).toEqual([5, 5, 1, 6]);
    expect(Array.from(internals.filters?.values ?? [])).toEqual(Array.from(model.layers[0]?.getWeights()[0]?.dataSync() ?? []));
    model.dispose();
  });

  it('gives the values the layers compute, one after another', async () => {
    const model = buildModel(lenet5(), 2);
    const internals = await modelInternals(model, digit, mnist.imageShape);
    const expected = tf.tidy(() => {
      const input = imagesTensor(digit, mnist.imageShape);
      const upToSecondConv = model.layers.slice(0, 3).reduce<tf.Tensor>((x, layer) => layer.apply(x) as tf.Tensor, input);
      return Array.from(upToSecondConv.dataSync());
    });
    const values = internals.featureMaps[1]?.values ?? new Float32Array();
    expect(Math.max(...expected.map((v, i) => Math.abs(v - (values[i] ?? NaN))))).toBeLessThan(1e-5);
    model.dispose();
  });

  it(`keeps the first ${SHOWN_CHANNELS} channels of wide layers and says how many there are`, async () => {
    const model = buildModel(cifarG3(), 1);
    const internals = await modelInternals(model, new Uint8Array(3072).fill(90), cifar10.imageShape);
    expect(internals.featureMaps.map((maps) => [maps.shape, maps.channelTotal])).toEqual([
      [[32, 32, 32], 32], [[30, 30, 32], 32], [[15, 15, 32], 64], [[13, 13, 32], 64], [[6, 6, 32], 128], [[4, 4, 32], 128],
    ]);
    expect(internals.featureMaps[5]?.values).toHaveLength(4 * 4 * 32);
    expect(internals.filters?.shape).toEqual([3, 3, 3, 32]);
    model.dispose();
  });

  it('reads an imported Functional model (lenet5.h5)', async () => {
    const model = await importKerasModel(await readFixture('lenet5.h5'), 'keras-h5');
    const internals = await modelInternals(model, digit, mnist.imageShape);
    expect(internals.featureMaps.map(({ layer, shape }) => [layer, shape])).toEqual([['conv2d', [28, 28, 6]], ['conv2d_1', [10, 10, 16]]]);
    expect(internals.filters?.shape).toEqual([5, 5, 1, 6]);
    model.dispose();
  });

  it('gives nothing for a model without convolutions, and leaves no tensors behind', async () => {
    const dense: NetworkSpec = { name: 'dense', inputShape: [28, 28, 1], layers: [{ kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' }] };
    const [plain, lenet] = [buildModel(dense, 1), buildModel(lenet5(), 1)];
    await modelInternals(lenet, digit, mnist.imageShape);
    const before = tf.memory().numTensors;
    expect(await modelInternals(plain, digit, mnist.imageShape)).toEqual({ featureMaps: [] });
    await modelInternals(lenet, digit, mnist.imageShape);
    expect(tf.memory().numTensors).toBe(before);
    plain.dispose();
    lenet.dispose();
  });
});
