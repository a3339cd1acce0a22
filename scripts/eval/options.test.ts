import { describe, expect, it } from 'vitest';
import { OptionError } from '../cli/args';
import { parseEvalOptions } from './options';

const parse = (...argv: string[]) => parseEvalOptions(argv, '/work');

describe('parseEvalOptions', () => {
  it('reads the model, dataset, backend and JSON path', () => {
    expect(parse('--model', 'runs/a/model.json', '--dataset', 'mnist', '--json', 'out.json')).toEqual({
      modelPath: '/work/runs/a/model.json', dataset: 'mnist', backend: 'wasm', jsonPath: '/work/out.json',
    });
    expect(parse('--model=/m/model.json', '--backend', 'cpu')).toEqual({ modelPath: '/m/model.json', backend: 'cpu' });
  });

  it.each([
    [[], /^--model is required/],
    [['--model'], '--model needs a value.'],
    [['--model', 'm.json', '--dataset', 'svhn'], '--dataset "svhn" is not allowed; use one of mnist, cifar10.'],
    [['--model', 'm.json', '--backend', 'webgpu'], /^--backend "webgpu" is not available here/],
    [['--model', 'm.json', '--epochs', '3'], /^Unknown option --epochs\. Allowed: --model, --dataset, --backend, --json\.$/],
    [['m.json'], /^Unexpected argument "m\.json"/],
  ])('refuses %j', (argv, message) => {
    expect(() => parse(...argv)).toThrow(OptionError);
    expect(() => parse(...argv)).toThrow(message);
  });
});
