import { describe, expect, it } from 'vitest';
import { cifarG3, gmnet, ivannet, lenet5 } from '../model/presets';
import type { LayerSpec } from '../model/spec';
import { formatLayer, formatLayers, parseLayer, parseLayers } from './net';

const roundTrip = (layers: readonly LayerSpec[]): unknown => parseLayers(formatLayers(layers));

describe('formatLayers', () => {
  it('writes LeNet-5 as one readable line', () => {
    expect(formatLayers(lenet5().layers)).toBe('conv6x5same.tanh,avgpool2,conv16x5valid.tanh,avgpool2,flatten,dense120.tanh,dense84.tanh,dense10.softmax');
  });

  it('writes options only when the spec sets them', () => {
    expect(formatLayer({ kind: 'conv2d', filters: 8, kernelSize: 3, strides: 2, padding: 'valid', activation: 'relu' })).toBe('conv8x3valid.relu_s2');
    expect(formatLayer({ kind: 'maxPool2d', poolSize: 3, strides: 1 })).toBe('maxpool3_s1');
    expect(formatLayer({ kind: 'batchNorm' })).toBe('batchnorm');
    expect(formatLayer({ kind: 'batchNorm', momentum: 0.9, epsilon: 1e-5 })).toBe('batchnorm_m0.9_e0.00001');
    expect(formatLayer({ kind: 'batchNorm', epsilon: 1e-7 })).toBe('batchnorm_e1e-7');
    expect(formatLayer({ kind: 'dropout', rate: 0.25 })).toBe('dropout0.25');
    expect(formatLayer({ kind: 'activation', activation: 'relu' })).toBe('relu');
  });
});

describe('parseLayers', () => {
  it.each([
    ['LeNet-5', lenet5()],
    ['IvanNet', ivannet()],
    ['GMNet', gmnet()],
    ['GMNet (sigmoid, no dropout, 64 units)', gmnet({ activation: 'sigmoid', dropout: 0, units: 64 })],
    ['GMNet (linear, dropout 0.45, 300 units)', gmnet({ activation: 'linear', dropout: 0.45, units: 300 })],
    ['CIFAR-10 CNN', cifarG3()],
  ])('reads %s back to the identical layers', (_, spec) => {
    expect(roundTrip(spec.layers)).toStrictEqual({ layers: spec.layers });
  });

  it('reads back every kind and option', () => {
    const layers: LayerSpec[] = [
      { kind: 'conv2d', filters: 32, kernelSize: 3, strides: 2, padding: 'same', activation: 'linear' },
      { kind: 'batchNorm', momentum: 0.95, epsilon: 1e-7 },
      { kind: 'activation', activation: 'relu' },
      { kind: 'maxPool2d', poolSize: 3, strides: 2 },
      { kind: 'avgPool2d', poolSize: 2, strides: 1 },
      { kind: 'dropout', rate: 0.125 },
      { kind: 'flatten' },
      { kind: 'dense', units: 64, activation: 'sigmoid' },
      { kind: 'dropout', rate: 0 },
      { kind: 'dense', units: 10, activation: 'softmax' },
    ];
    expect(roundTrip(layers)).toStrictEqual({ layers });
  });

  it('reads options in any order', () => {
    expect(parseLayer('batchnorm_e0.01_m0.5')).toStrictEqual({ kind: 'batchNorm', momentum: 0.5, epsilon: 0.01 });
  });

  it('names the position and text of the first layer it cannot read', () => {
    expect(parseLayers('conv6x5same.tanh,avgpool2,convx5,flatten')).toStrictEqual({
      error: { position: 3, text: 'convx5', reason: 'expected conv{filters}x{kernel}{same|valid}.{activation}, e.g. conv6x5same.tanh, with an optional _s{stride}' },
    });
  });

  it.each([
    ['', 'the layer is empty (two commas in a row, or a comma at an end)'],
    ['pool2', 'not a layer: layers are conv, maxpool, avgpool, dense, dropout, batchnorm, flatten or an activation (relu, tanh, sigmoid, softmax, linear)'],
    ['dense10.swish', 'expected dense{units}.{activation}, e.g. dense120.tanh; activations are relu, tanh, sigmoid, softmax, linear'],
    ['conv6x5full.tanh', 'expected conv{filters}x{kernel}{same|valid}.{activation}, e.g. conv6x5same.tanh, with an optional _s{stride}; activations are relu, tanh, sigmoid, softmax, linear'],
    ['maxpool', 'expected maxpool{size}, e.g. maxpool2, with an optional _s{stride}'],
    ['dropout.5', 'expected dropout{rate}, e.g. dropout0.25'],
    ['dropouthalf', 'expected dropout{rate}, e.g. dropout0.25'],
    ['maxpool2_m3', '_m3 is not an option here; options are _s{number}'],
    ['maxpool2_s', '_s is not an option here; options are _s{number}'],
    ['maxpool2_s2_s3', 'the option _s is given twice'],
    ['flatten_s2', 'this layer takes no options, got _s2'],
    ['dense10.softmax_s2', 'this layer takes no options, got _s2'],
    ['batchnorm_s2', '_s2 is not an option here; options are _m{number}, _e{number}'],
    ['Conv6x5same.tanh', 'not a layer: layers are conv, maxpool, avgpool, dense, dropout, batchnorm, flatten or an activation (relu, tanh, sigmoid, softmax, linear)'],
  ])('says why %j is not a layer', (text, reason) => {
    expect(parseLayer(text)).toBe(reason);
    expect(parseLayers(`flatten,${text}`)).toStrictEqual({ error: { position: 2, text, reason } });
  });

  it('leaves shape checks to summarizeNetwork', () => {
    expect(parseLayer('conv0x5same.relu')).toStrictEqual({ kind: 'conv2d', filters: 0, kernelSize: 5, padding: 'same', activation: 'relu' });
    expect(parseLayer('dropout1.5')).toStrictEqual({ kind: 'dropout', rate: 1.5 });
  });
});
