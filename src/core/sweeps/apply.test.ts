import { describe, expect, it } from 'vitest';
import { COURSEWORK_AUGMENTATION, NO_AUGMENTATION } from '../augment/settings';
import { cifarG3, gmnet, lenet5 } from '../model/presets';
import { summarizeNetwork } from '../model/shapes';
import { defaultOptimizer, trainingSettingsProblems, type TrainingSettings } from '../training/settings';
import { applyAssignment, applyToNetwork, gmnetOptionsOf, scaledAugmentation } from './apply';

const base: TrainingSettings = {
  dataset: 'mnist', network: gmnet(), optimizer: defaultOptimizer('adam'), learningRate: 0.001, batchSize: 32, epochs: 3, protocolId: 'gmnet', seed: 1,
};

describe('applyAssignment', () => {
  it('rebuilds GMNet with the swept options (vivid-sweep-4 → dulcet-sweep-1)', () => {
    const applied = applyAssignment(base, { activation: 'tanh', dropout: 0.4, denseUnits: 120, learningRate: 0.01 });
    expect(applied.network).toEqual(gmnet({ activation: 'tanh', dropout: 0.4, units: 120 }));
    expect(summarizeNetwork(applied.network).params).toBe(66_510);
    expect(applied.learningRate).toBe(0.01);
    expect(trainingSettingsProblems(applied)).toEqual([]);
  });

  it('brings GMNet’s dropout layers back after a rate of 0', () => {
    const none = applyAssignment(base, { dropout: 0 });
    expect(none.network.layers.some((layer) => layer.kind === 'dropout')).toBe(false);
    expect(applyAssignment(none, { dropout: 0.3 }).network).toEqual(gmnet({ activation: 'relu', dropout: 0.3, units: 180 }));
  });

  it('recognises only exact GMNets', () => {
    expect(gmnetOptionsOf(gmnet({ activation: 'tanh', dropout: 0.5, units: 300 }))).toEqual({ activation: 'tanh', dropout: 0.5, units: 300 });
    expect(gmnetOptionsOf(lenet5())).toBeUndefined();
  });

  it('gives LeNet-5 one width, one activation and dropout after its hidden dense layers', () => {
    const network = applyToNetwork(lenet5(), { activation: 'relu', denseUnits: 64, dropout: 0.2 });
    const described = network.layers.map((layer) => (layer.kind === 'dense' ? `${layer.units} ${layer.activation}` : layer.kind === 'conv2d' ? layer.activation : layer.kind));
    expect(described).toEqual(['relu', 'avgPool2d', 'relu', 'avgPool2d', 'flatten', '64 relu', 'dropout', '64 relu', 'dropout', '10 softmax']);
  });

  it('adds no dropout layers for a rate of 0', () => {
    expect(applyToNetwork(lenet5(), { dropout: 0 })).toEqual(lenet5());
  });

  it('keeps the CIFAR head’s depth and its output layer', () => {
    const network = applyToNetwork(cifarG3(), { denseUnits: 64, dropout: 0.3 });
    const dense = network.layers.filter((layer) => layer.kind === 'dense');
    expect(dense.map((layer) => layer.units)).toEqual([64, 64, 64, 10]);
    expect(network.layers.filter((layer) => layer.kind === 'dropout').every((layer) => layer.rate === 0.3)).toBe(true);
  });

  it('changes the optimizer kind, keeping the base’s own settings when unchanged', () => {
    const rmsprop = { ...base, optimizer: { kind: 'rmsprop', rho: 0.8, epsilon: 1e-7, decay: 0 } } as const;
    expect(applyAssignment(rmsprop, { optimizer: 'rmsprop' }).optimizer).toEqual(rmsprop.optimizer);
    expect(applyAssignment(rmsprop, { optimizer: 'sgd' }).optimizer).toEqual({ kind: 'sgd', momentum: 0 });
  });

  it('scales the coursework augmentation', () => {
    expect(scaledAugmentation(1)).toEqual(COURSEWORK_AUGMENTATION);
    expect(scaledAugmentation(0)).toEqual(NO_AUGMENTATION);
    expect(applyAssignment(base, { augmentation: 0.5 }).augmentation?.rotationDegrees).toBe(15);
  });
});
