import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModelWithWeights } from './build';
import { KerasImportError } from './errors';
import { buildLayer, type TensorShape } from './layers';
import { planModel } from './model-config';

beforeAll(async () => {
  await tf.setBackend('wasm');
});

const IMAGE: TensorShape = [null, 28, 28, 1];
const CONV = { filters: 6, kernel_size: [5, 5], strides: [1, 1], padding: 'same', data_format: 'channels_last', dilation_rate: [1, 1], groups: 1, activation: 'tanh', use_bias: true };
const SUPPORTED = 'Conv2D, MaxPooling2D, AveragePooling2D, Dense, Dropout, BatchNormalization, Flatten, Activation, Reshape';

const build = (className: string, config: Record<string, unknown>, inputShape: TensorShape = IMAGE) =>
  buildLayer({ ref: { name: 'l', className }, config: { name: 'l', ...config } }, { name: 'l' }, inputShape);

function refusal(className: string, config: Record<string, unknown>, inputShape: TensorShape = IMAGE): KerasImportError {
  try {
    build(className, config, inputShape);
  } catch (error) {
    if (error instanceof KerasImportError) return error;
    throw error;
  }
  throw new Error(`${className} was accepted`);
}

describe('supported layers', () => {
  it('turn Keras options into the TF.js layer', () => {
    expect(build('Conv2D', { ...CONV, kernel_size: 3, strides: [2, 1], padding: 'valid', activation: 'relu', use_bias: false }).getConfig()).toMatchObject({
      name: 'l', filters: 6, kernelSize: [3, 3], strides: [2, 1], padding: 'valid', activation: 'relu', useBias: false, dataFormat: 'channelsLast',
    });
    expect(build('MaxPooling2D', { pool_size: [3, 3], strides: null }).getConfig()).toMatchObject({ poolSize: [3, 3], strides: [3, 3], padding: 'valid' });
    expect(build('AveragePooling2D', { pool_size: [2, 2], strides: [1, 1], padding: 'same' }).getConfig()).toMatchObject({ poolSize: [2, 2], strides: [1, 1], padding: 'same' });
    expect(build('Dense', { units: 10, activation: null }).getConfig()).toMatchObject({ units: 10, activation: 'linear', useBias: true });
    expect(build('Dropout', { rate: 0.25, noise_shape: null, seed: null }).getConfig()).toMatchObject({ rate: 0.25 });
    expect(build('Activation', { activation: { module: 'keras.activations', class_name: 'function', config: 'softmax' } }).getConfig()).toMatchObject({ activation: 'softmax' });
    expect(build('Flatten', { data_format: 'channels_last' }).name).toBe('l');
  });

  it('Reshape, with one side left for TF.js to infer', () => {
    const layers = [{ class_name: 'InputLayer', config: { name: 'in', batch_input_shape: [null, 12] } }, { class_name: 'Reshape', config: { name: 'r', target_shape: [3, -1] } }];
    const model = buildModelWithWeights(planModel({ class_name: 'Sequential', config: { layers } }), () => undefined);
    expect(model.outputs[0]?.shape).toEqual([null, 3, 4]);
    model.dispose();
  });

  it.each([[-1], [3], [[3]], [[-1]]])('BatchNormalization on the channels axis (%j), with its momentum and epsilon', (axis) => {
    expect(build('BatchNormalization', { axis, momentum: 0.9, epsilon: 0.01, center: true, scale: false }).getConfig()).toMatchObject({ axis: -1, momentum: 0.9, epsilon: 0.01, center: true, scale: false });
  });
});

describe('unsupported layers and options are named', () => {
  it.each([
    ['LSTM', {}, `Layer "l" (LSTM) is not supported: the playground imports ${SUPPORTED}`],
    ['Lambda', { function: 'x' }, `Layer "l" (Lambda) is not supported: the playground imports ${SUPPORTED}`],
    ['Conv2D', { ...CONV, dilation_rate: [2, 2] }, 'Layer "l" (Conv2D) has dilation_rate [2, 2], which the playground does not import (it imports dilation_rate 1 only)'],
    ['Conv2D', { ...CONV, data_format: 'channels_first' }, 'Layer "l" (Conv2D) has data_format "channels_first", which the playground does not import (it imports data_format channels_last only)'],
    ['Conv2D', { ...CONV, groups: 2 }, 'Layer "l" (Conv2D) has groups 2, which the playground does not import (it imports groups 1 only)'],
    ['Conv2D', { ...CONV, padding: 'causal' }, 'Layer "l" (Conv2D) has padding "causal", which the playground does not import (it imports valid, same)'],
    ['Dense', { units: 4, activation: 'elu' }, 'Layer "l" (Dense) has activation "elu", which the playground does not import (it imports relu, tanh, sigmoid, softmax, linear)'],
    ['Dense', { units: 4, lora_rank: 8 }, 'Layer "l" (Dense) has lora_rank 8, which the playground does not import (it imports no LoRA)'],
    ['MaxPooling2D', { data_format: 'channels_first' }, 'Layer "l" (MaxPooling2D) has data_format "channels_first", which the playground does not import (it imports data_format channels_last only)'],
    ['BatchNormalization', { axis: 1 }, 'Layer "l" (BatchNormalization) has axis 1, which the playground does not import (it imports the last (channels) axis only)'],
    ['BatchNormalization', { renorm: true }, 'Layer "l" (BatchNormalization) has renorm true, which the playground does not import (it imports renorm false only)'],
  ])('%s %j', (className, config, message) => {
    const error = refusal(className, config);
    expect(error.problem).toBe('unsupported');
    expect(error.message).toBe(message);
  });

  it('malformed options are config errors naming the option', () => {
    expect(refusal('Conv2D', { ...CONV, filters: 0 }).message).toBe('Layer "l" (Conv2D) has filters 0, which is not a whole number from 1');
    expect(refusal('Conv2D', { ...CONV, kernel_size: [5] }).problem).toBe('bad-config');
    expect(refusal('Dropout', { rate: 'half' }).message).toBe('Layer "l" (Dropout) has rate "half", which is not a number from 0 to 1');
    expect(refusal('Reshape', { target_shape: [0] }).message).toBe('Layer "l" (Reshape) has no valid target_shape for its input');
    expect(refusal('Reshape', { target_shape: [5, -1] }).problem).toBe('bad-config');
  });

  it('a layer that cannot take its input is named with the input shape', () => {
    const config = { class_name: 'Sequential', config: { layers: [{ class_name: 'InputLayer', config: { name: 'in', batch_input_shape: [null, 10] } }, { class_name: 'Conv2D', config: { name: 'conv', ...CONV } }] } };
    expect(() => buildModelWithWeights(planModel(config), () => undefined)).toThrow(/^Layer "conv" \(Conv2D\) cannot take its 10 input: /);
  });
});
