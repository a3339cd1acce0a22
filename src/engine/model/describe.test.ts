import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '../../core/datasets/catalog';
import { lenet5 } from '../../core/model/presets';
import { readFixture } from '../../../scripts/fixtures/fixture-files';
import { importKerasModel } from '../import/index';
import { buildModel } from './build-model';
import { describeModel } from './describe';

const { mnist, cifar10 } = DATASETS;

beforeAll(async () => {
  await tf.setBackend('wasm');
});

describe('describeModel', () => {
  it('describes the LeNet-5 preset for MNIST', () => {
    const model = buildModel(lenet5(), 1);
    const info = describeModel(model, 'LeNet-5', 'trained', mnist.imageShape, 10, 0);
    expect(info).toMatchObject({ name: 'LeNet-5', origin: 'trained', inputShape: [28, 28, 1], classCount: 10, params: 61_706, problems: [], loadMs: 0 });
    expect(info.layers[0]).toEqual({ name: 'conv2d_1', className: 'Conv2D', outputShape: [28, 28, 6] });
    expect(info.layers.map((layer) => layer.className)).toEqual(['Conv2D', 'AveragePooling2D', 'Conv2D', 'AveragePooling2D', 'Flatten', 'Dense', 'Dense', 'Dense']);
    expect(describeModel(model, 'LeNet-5', 'trained', cifar10.imageShape, 10, 0).problems).toEqual([
      "The model takes 28×28×1 inputs but the dataset's images are 32×32×3.",
    ]);
    model.dispose();
  });

  it('describes an imported Functional model, without its input layer, and says why it does not fit', async () => {
    const model = await importKerasModel(await readFixture('tiny-functional.h5'), 'keras-h5');
    const info = describeModel(model, 'tiny-functional.h5', 'keras-h5', mnist.imageShape, 10, 12.5);
    expect(info.inputShape).toEqual([8, 8, 1]);
    expect(info.classCount).toBe(3);
    expect(info.loadMs).toBe(12.5);
    expect(info.layers.map((layer) => layer.name)).toEqual(['features', 'pool', 'flat', 'classifier']);
    expect(info.problems).toEqual([
      "The model takes 8×8×1 inputs but the dataset's images are 28×28×1.",
      'The model outputs 3 values but the dataset has 10 classes (one output unit per class needed).',
    ]);
    model.dispose();
  });
});
