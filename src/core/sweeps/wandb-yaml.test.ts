import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { GMNET_SWEEP, QUICK_DEMO_SWEEP } from './presets';
import { sweepToWandbYaml } from './wandb-yaml';

describe('W&B sweep YAML', () => {
  it('writes the GMNet sweep exactly', () => {
    expect(sweepToWandbYaml(GMNET_SWEEP)).toBe(`program: train.py
name: GMNet sweep
description: "Coursework: W&B random search, 8 runs planned (6 finished), 20 epochs each; here 3 epochs per run."
method: random
metric:
  name: val_accuracy
  goal: maximize
parameters:
  activation:
    values: [relu, tanh]
  dropout:
    values: [0.2, 0.3, 0.4, 0.5]
  units:
    values: [120, 180, 240, 300]
  learning_rate:
    values: [0.1, 0.01, 0.001]
  batch_size:
    value: 32
  optimizer:
    value: adam
  epochs:
    value: 3
run_cap: 8
`);
  });

  it('writes distributions, grid points and hyperband', () => {
    const yaml = sweepToWandbYaml({
      ...GMNET_SWEEP,
      method: 'bayes',
      space: {
        dropout: { kind: 'uniform', min: 0.1, max: 0.5, q: 0.1 },
        denseUnits: { kind: 'intUniform', min: 64, max: 320 },
        learningRate: { kind: 'logUniform', min: 1e-5, max: 0.1 },
        augmentation: { kind: 'uniform', min: 0, max: 1 },
      },
      earlyTerminate: { minEpochs: 1, eta: 3, maxEpochs: 3 },
    }, { program: 'gmnet_sweep.py' });
    expect(yaml).toContain('program: gmnet_sweep.py\n');
    expect(yaml).toContain('  dropout:\n    distribution: q_uniform\n    min: 0.1\n    max: 0.5\n    q: 0.1\n');
    expect(yaml).toContain('  units:\n    distribution: int_uniform\n    min: 64\n    max: 320\n');
    expect(yaml).toContain('  learning_rate:\n    distribution: log_uniform_values\n    min: 0.00001\n    max: 0.1\n');
    expect(yaml).toContain('  augmentation_strength:\n    distribution: uniform\n    min: 0\n    max: 1\n');
    expect(yaml).toContain('early_terminate:\n  type: hyperband\n  min_iter: 1\n  eta: 3\nrun_cap: 8\n');
    const grid = sweepToWandbYaml({ ...QUICK_DEMO_SWEEP, space: { learningRate: { kind: 'logUniform', min: 0.001, max: 0.1, steps: 3 } } });
    expect(grid).toContain('method: grid\n');
    expect(grid).toContain('  learning_rate:\n    values: [0.001, 0.01, 0.1]\n');
  });
});

describe('W&B sweep YAML read back by PyYAML (skipped without python3 and PyYAML)', () => {
  const probe = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' });
  it.skipIf(probe.status !== 0)('parses to the intended types', () => {
    const config = { ...GMNET_SWEEP, space: { ...GMNET_SWEEP.space, learningRate: { kind: 'logUniform', min: 1e-7, max: 0.1 } }, earlyTerminate: { minEpochs: 1, eta: 3, maxEpochs: 3 } } as const;
    const read = spawnSync('python3', ['-c', 'import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))'], { input: sweepToWandbYaml(config), encoding: 'utf8' });
    const parsed = JSON.parse(read.stdout) as { parameters: { learning_rate: { min: unknown }; activation: { values: unknown } }; early_terminate: unknown; description: unknown };
    expect(parsed.parameters.learning_rate.min).toBe(1e-7);
    expect(parsed.parameters.activation.values).toEqual(['relu', 'tanh']);
    expect(parsed.early_terminate).toEqual({ type: 'hyperband', min_iter: 1, eta: 3 });
    expect(parsed.description).toBe(GMNET_SWEEP.note);
  });
});
