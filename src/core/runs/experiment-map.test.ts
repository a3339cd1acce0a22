import { describe, expect, it } from 'vitest';
import { COURSEWORK_AUGMENTATION } from '../augment/settings';
import { summarizeNetwork } from '../model/shapes';
import { trainingSettingsProblems } from '../training/settings';
import { experimentMap, experimentMapQueue } from './experiment-map';

describe('experimentMap', () => {
  it('queues the five coursework experiments, 3 epochs each by default, all trainable', () => {
    const map = experimentMap();
    expect(map.map((entry) => entry.name)).toEqual(['LeNet', 'LeNet_D_A', 'IvanNet', 'GMNet', 'GMNet_D_A']);
    for (const entry of map) {
      expect(entry.settings.epochs).toBe(3);
      expect(entry.label).toBe(`${entry.name} (3 of the coursework's 20 epochs)`);
      expect([entry.name, trainingSettingsProblems(entry.settings)]).toEqual([entry.name, []]);
    }
  });

  it('uses the coursework’s networks, optimizer settings, splits and augmentation', () => {
    const [lenet, lenetDa, ivannet, gmnet, gmnetDa] = experimentMap();
    const params = (entry: typeof lenet): number => (entry ? summarizeNetwork(entry.settings.network).params : 0);
    expect([lenet, lenetDa, ivannet, gmnet, gmnetDa].map(params)).toEqual([61_706, 61_706, 61_794, 109_230, 109_230]);
    expect([lenet?.settings.learningRate, ivannet?.settings.learningRate, gmnet?.settings.learningRate]).toEqual([0.01, 0.01, 0.001]);
    expect(lenet?.settings.batchSize).toBe(32);
    expect([lenet?.settings.protocolId, gmnet?.settings.protocolId]).toEqual(['lenet', 'gmnet']);
    expect([lenet?.settings.augmentation, lenetDa?.settings.augmentation, gmnetDa?.settings.augmentation])
      .toEqual([expect.objectContaining({ rotationDegrees: 0 }), COURSEWORK_AUGMENTATION, COURSEWORK_AUGMENTATION]);
  });

  it('takes other epochs and a seed, and says how they compare with the coursework', () => {
    const [full] = experimentMap({ epochs: 20, seed: 42 });
    expect(full?.label).toBe("LeNet (the coursework's 20 epochs)");
    expect(full?.settings.seed).toBe(42);
    expect(experimentMap({ epochs: 25 })[0]?.label).toBe('LeNet (25 epochs; the coursework trained 20)');
    expect(() => experimentMap({ epochs: 0 })).toThrow(RangeError);
  });

  it('gives start data for the run queue, grouped and tagged', () => {
    const queue = experimentMapQueue({ epochs: 5 });
    expect(queue).toHaveLength(5);
    expect(queue[1]).toMatchObject({ name: "LeNet_D_A (5 of the coursework's 20 epochs)", tags: ['experiment map'], group: "Coursework experiment map (5 of the coursework's 20 epochs)" });
  });
});
