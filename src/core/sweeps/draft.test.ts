import { describe, expect, it } from 'vitest';
import { sweepProblems } from './config';
import { draftConfig, draftFromConfig } from './draft';
import { GMNET_SWEEP, QUICK_DEMO_SWEEP } from './presets';

describe('the sweep form', () => {
  it('reads a preset back into the same config', () => {
    for (const preset of [GMNET_SWEEP, QUICK_DEMO_SWEEP]) {
      const { config, problems } = draftConfig(draftFromConfig(preset), preset.id);
      expect(problems).toEqual([]);
      expect(config).toEqual({ ...preset, earlyTerminate: undefined });
    }
  });

  it('reads a log range for the learning rate and early stopping over the base’s epochs', () => {
    const draft = draftFromConfig(GMNET_SWEEP);
    const learningRate = { mode: 'range', choices: '', min: '0.0001', max: '0.1', steps: '' } as const;
    const { config } = draftConfig({ ...draft, earlyStopping: true, minEpochs: 1, eta: 3, parameters: { ...draft.parameters, learningRate } }, 'x');
    expect(config.space.learningRate).toEqual({ kind: 'logUniform', min: 0.0001, max: 0.1 });
    expect(config.earlyTerminate).toEqual({ minEpochs: 1, eta: 3, maxEpochs: GMNET_SWEEP.base.epochs });
    expect(sweepProblems(config)).toEqual([]);
  });

  it('says when a parameter cannot be a range or a choice is not a number', () => {
    const draft = draftFromConfig(QUICK_DEMO_SWEEP);
    const parameters = { ...draft.parameters, activation: { mode: 'range', choices: '', min: '', max: '', steps: '' }, learningRate: { mode: 'choices', choices: '0.01, abc', min: '', max: '', steps: '' } } as const;
    const { config, problems } = draftConfig({ ...draft, parameters }, 'x');
    expect(problems).toEqual(['The activation takes a list of choices, not a range.', 'The learning rate choices must be numbers; got abc.']);
    expect(sweepProblems(config)).toEqual(['The sweep varies nothing: add at least one parameter.']);
  });
});
