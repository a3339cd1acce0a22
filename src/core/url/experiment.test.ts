import { describe, expect, it } from 'vitest';
import { COURSEWORK_AUGMENTATION, NO_AUGMENTATION } from '../augment/settings';
import { cifarG3, gmnet, ivannet, lenet5 } from '../model/presets';
import { PRESET_TRAINING } from '../training/defaults';
import { trainingSettingsProblems } from '../training/settings';
import {
  baselineExperiment, customNetwork, DEFAULT_EXPERIMENT, defaultPreset, experimentProblems, experimentToSettings, presetChoice, presetFitProblem, PRESET_IDS,
} from './experiment';

describe('DEFAULT_EXPERIMENT', () => {
  it('is LeNet-5 on MNIST with its preset training, seed 1, no augmentation, backend auto', () => {
    const { dataset, ...training } = PRESET_TRAINING.lenet5;
    expect(dataset).toBe('mnist');
    expect(DEFAULT_EXPERIMENT).toStrictEqual({
      dataset: 'mnist', architecture: { id: 'lenet5' }, ...training, trainLimit: undefined, seed: 1, augmentation: NO_AUGMENTATION, backend: 'auto',
    });
  });

  it('gives LeNet-5 settings that can train', () => {
    const settings = experimentToSettings(DEFAULT_EXPERIMENT);
    expect(settings.network).toStrictEqual(lenet5());
    expect(trainingSettingsProblems(settings)).toEqual([]);
  });
});

describe('presets and baselines', () => {
  it('lists the presets and picks the first one made for each dataset', () => {
    expect(PRESET_IDS).toEqual(['lenet5', 'ivannet', 'gmnet', 'cifar-g3']);
    expect(defaultPreset('mnist')).toBe('lenet5');
    expect(defaultPreset('cifar10')).toBe('cifar-g3');
  });

  it.each(PRESET_IDS)('starts %s with its preset training and it can run', (id) => {
    const { dataset, ...training } = PRESET_TRAINING[id];
    const experiment = baselineExperiment(dataset, presetChoice(id));
    expect(experiment).toMatchObject(training);
    expect(experimentProblems(experiment)).toEqual([]);
  });

  it('says when a preset is made for another dataset', () => {
    expect(presetFitProblem('lenet5', 'mnist')).toBeUndefined();
    expect(presetFitProblem('gmnet', 'cifar10')).toBe('GMNet is made for MNIST, not CIFAR-10');
    expect(experimentProblems(baselineExperiment('cifar10', presetChoice('lenet5')))).toContain('The network takes 28×28×1 inputs but CIFAR-10 images are 32×32×3.');
  });
});

describe('experimentToSettings', () => {
  it('builds each preset network, GMNet with its options', () => {
    const options = { activation: 'sigmoid', dropout: 0.1, units: 64 } as const;
    expect(experimentToSettings(baselineExperiment('mnist', presetChoice('ivannet'))).network).toStrictEqual(ivannet());
    expect(experimentToSettings(baselineExperiment('mnist', { id: 'gmnet', gmnet: options })).network).toStrictEqual(gmnet(options));
    expect(experimentToSettings(baselineExperiment('cifar10', presetChoice('cifar-g3'))).network).toStrictEqual(cifarG3());
  });

  it('takes a custom network as it is, with the dataset’s input shape', () => {
    const network = customNetwork('cifar10', [{ kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' }]);
    expect(network.inputShape).toEqual([32, 32, 3]);
    const experiment = baselineExperiment('cifar10', { id: 'custom', network });
    expect(experiment).toMatchObject({ optimizer: { kind: 'rmsprop' }, learningRate: 1e-4, protocolId: 'official' });
    expect(experimentToSettings(experiment).network).toBe(network);
    expect(experimentProblems(experiment)).toEqual([]);
  });

  it('carries every training field, augmentation included', () => {
    const experiment = { ...DEFAULT_EXPERIMENT, trainLimit: 1000, seed: 9, augmentation: COURSEWORK_AUGMENTATION, learningRate: 0.02, batchSize: 16, epochs: 2 };
    expect(experimentToSettings(experiment)).toStrictEqual({
      dataset: 'mnist', network: lenet5(), optimizer: { kind: 'adam' }, learningRate: 0.02, batchSize: 16, epochs: 2, trainLimit: 1000, protocolId: 'lenet', seed: 9,
      augmentation: COURSEWORK_AUGMENTATION,
    });
  });
});

describe('experimentProblems', () => {
  it('catches a split protocol of another dataset, which findProtocol would hide', () => {
    expect(experimentProblems({ ...DEFAULT_EXPERIMENT, protocolId: 'holdout' })).toEqual(['holdout is not a split protocol of MNIST; choose lenet or gmnet.']);
  });

  it('includes the training and augmentation rules', () => {
    const problems = experimentProblems({ ...DEFAULT_EXPERIMENT, epochs: 0, augmentation: { ...NO_AUGMENTATION, zoom: 2 } });
    expect(problems).toHaveLength(2);
  });
});
