import { describe, expect, it } from 'vitest';
import { gmnet, lenet5 } from '../../src/core/model/presets';
import { InputError } from '../data/errors';
import { OptionError } from '../cli/args';
import { parseTrainOptions } from './options';

const parse = (...argv: string[]) => parseTrainOptions(argv, '/work');

function thrown(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('parseTrainOptions: good input', () => {
  it('takes the issue example as given', () => {
    const options = parse('--dataset', 'mnist', '--model', 'lenet5', '--epochs', '5', '--batch', '64', '--lr', '0.001', '--seed', '1', '--json', 'out.json');
    expect(options).toEqual({
      preset: 'lenet5',
      backend: 'wasm',
      jsonPath: '/work/out.json',
      settings: {
        dataset: 'mnist', network: lenet5(), optimizer: { kind: 'adam' }, learningRate: 0.001, batchSize: 64,
        epochs: 5, protocolId: 'lenet', trainLimit: undefined, seed: 1,
      },
    });
  });

  it("uses the coursework's defaults per network when values are not given", () => {
    expect(parse().settings).toMatchObject({ dataset: 'mnist', network: lenet5(), learningRate: 0.01, batchSize: 32, epochs: 20, protocolId: 'lenet', seed: 1 });
    expect(parse('--model', 'ivannet').settings).toMatchObject({ learningRate: 0.01, batchSize: 32 });
    expect(parse('--model', 'gmnet').settings).toMatchObject({ network: gmnet(), learningRate: 0.001, protocolId: 'gmnet', optimizer: { kind: 'adam' } });
    expect(parse('--dataset', 'cifar10').settings).toMatchObject({
      network: { name: 'CIFAR-10 CNN (3 conv + 3×128)' }, protocolId: 'official', learningRate: 1e-4, batchSize: 32, epochs: 150,
      optimizer: { kind: 'rmsprop', rho: 0.9, epsilon: 1e-7, decay: 1e-6 },
    });
  });

  it('builds GMNet from its swept options', () => {
    const { settings } = parse('--model', 'gmnet', '--activation', 'tanh', '--dropout', '0.4', '--units', '120', '--validation', 'lenet');
    expect(settings.network).toEqual(gmnet({ activation: 'tanh', dropout: 0.4, units: 120 }));
    expect(settings.protocolId).toBe('lenet');
  });

  it('reads optimizer settings, train size, backend and save folder', () => {
    expect(parse('--optimizer', 'sgd', '--momentum', '0.9').settings.optimizer).toEqual({ kind: 'sgd', momentum: 0.9 });
    expect(parse('--model', 'cifar-g3', '--decay', '0').settings.optimizer).toEqual({ kind: 'rmsprop', rho: 0.9, epsilon: 1e-7, decay: 0 });
    const options = parse('--train-size', '512', '--backend', 'cpu', '--save', 'models/a', '--validation', 'gmnet');
    expect(options).toMatchObject({ backend: 'cpu', saveDir: '/work/models/a', settings: { trainLimit: 512, protocolId: 'gmnet' } });
  });
});

describe('parseTrainOptions: bad input', () => {
  it.each([
    [['--modle', 'lenet5'], /^Unknown option --modle\. Allowed: --dataset/],
    [['--dataset', 'fashion'], '--dataset "fashion" is not allowed; use one of mnist, cifar10.'],
    [['--model', 'resnet'], '--model "resnet" is not allowed; use one of lenet5, ivannet, gmnet, cifar-g3.'],
    [['--optimizer', 'adagrad'], '--optimizer "adagrad" is not allowed; use one of adam, sgd, rmsprop.'],
    [['--epochs', 'five'], '--epochs "five" is not allowed; use a whole number.'],
    [['--batch', '32.5'], '--batch "32.5" is not allowed; use a whole number.'],
    [['--lr', '1e-3x'], '--lr "1e-3x" is not allowed; use a number.'],
    [['--seed'], '--seed needs a value.'],
    [['--activation', 'relu'], '--activation applies only to --model gmnet.'],
    [['--model', 'gmnet', '--activation', 'sigmoid'], '--activation "sigmoid" is not allowed; use one of relu, tanh.'],
    [['--model', 'gmnet', '--dropout', '1'], '--dropout "1" is not allowed; use a number from 0 up to (not including) 1.'],
    [['--model', 'gmnet', '--units', '0'], '--units "0" is not allowed; use a whole number from 1.'],
    [['--momentum', '0.9'], '--momentum applies only to --optimizer sgd.'],
    [['--decay', '1e-6'], '--decay applies only to --optimizer rmsprop.'],
    [['--validation', 'holdout'], '--validation "holdout" is not a split protocol of MNIST; use one of lenet, gmnet.'],
    [['--backend', 'webgl'], /^--backend "webgl" is not available here: WebGL needs a browser; Node has no WebGL\. Use one of wasm, cpu/],
    [['--backend', 'webgpu'], /Node has no WebGPU/],
    [['--backend', 'cuda'], '--backend "cuda" is not allowed; use one of wasm, cpu.'],
  ])('refuses %j naming the flag and what is allowed', (argv, message) => {
    expect(() => parse(...argv)).toThrow(OptionError);
    expect(() => parse(...argv)).toThrow(message);
  });

  it('lists every problem of settings that cannot train', () => {
    const error = thrown(() => parse('--lr', '20', '--epochs', '0', '--batch', '0', '--seed', '-1', '--train-size', '70000', '--optimizer', 'sgd', '--momentum', '1'));
    expect(error).toBeInstanceOf(InputError);
    const message = error.message.split('\n');
    expect(message[0]).toBe('These settings cannot train:');
    expect(message.slice(1)).toEqual([
      '  - Learning rate must be above 0 and at most 10; got 20.',
      '  - Epochs must be a whole number from 1 to 1000; got 0.',
      '  - Seed must be a whole number from 0 to 4294967295; got -1.',
      '  - Training examples must be a whole number from 1 to 60000; got 70000.',
      expect.stringMatching(/^ {2}- Batch size must be a whole number from 1 to .*; got 0\.$/) as unknown as string,
      '  - SGD momentum must be from 0 to 0.999; got 1.',
    ]);
  });

  it('refuses a network that does not fit the dataset, naming both shapes', () => {
    expect(() => parse('--dataset', 'mnist', '--model', 'cifar-g3')).toThrow('The network takes 32×32×3 inputs but MNIST images are 28×28×1.');
    expect(() => parse('--dataset', 'cifar10', '--model', 'lenet5')).toThrow('The network takes 28×28×1 inputs but CIFAR-10 images are 32×32×3.');
  });
});
