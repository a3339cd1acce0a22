import { describe, expect, it } from 'vitest';
import { experimentToSettings } from '../url/experiment';
import { applyAssignment } from './apply';
import { experimentOfSettings } from './experiment-of';
import { GMNET_SWEEP, QUICK_DEMO_SWEEP } from './presets';

describe('experimentOfSettings', () => {
  it('gives back the settings a sweep run trained with', () => {
    for (const settings of [applyAssignment(GMNET_SWEEP.base, { activation: 'tanh', denseUnits: 240, learningRate: 0.01 }), applyAssignment(QUICK_DEMO_SWEEP.base, { learningRate: 0.01 })]) {
      const experiment = experimentOfSettings(settings, 'wasm');
      expect(experimentToSettings(experiment)).toEqual({ ...settings, augmentation: settings.augmentation ?? experiment.augmentation });
    }
  });

  it('keeps GMNet’s options and names a custom network as custom', () => {
    expect(experimentOfSettings(applyAssignment(GMNET_SWEEP.base, { denseUnits: 120 }), 'auto').architecture).toEqual({ id: 'gmnet', gmnet: { activation: 'relu', dropout: 0.2, units: 120 } });
    expect(experimentOfSettings(QUICK_DEMO_SWEEP.base, 'auto').architecture.id).toBe('custom');
  });
});
