import { describe, expect, it } from 'vitest';
import { decodeExperiment, encodeExperiment } from '../url/codec';
import { experimentProblems } from '../url/experiment';
import { EXPERIMENT_PRESETS, withDropout } from './experiments';

describe('experiment presets', () => {
  it('are all trainable and survive a link', () => {
    for (const preset of EXPERIMENT_PRESETS) {
      expect([preset.id, experimentProblems(preset.experiment)]).toEqual([preset.id, []]);
      const decoded = decodeExperiment(encodeExperiment(preset.experiment));
      expect([preset.id, decoded.notices]).toEqual([preset.id, []]);
      expect(decoded.experiment).toEqual(preset.experiment);
    }
  });

  it('say they are shorter than the coursework', () => {
    for (const preset of EXPERIMENT_PRESETS.filter((entry) => entry.id !== 'overfit')) expect(preset.note).toMatch(/here \d+/);
  });

  it('add dropout after hidden dense layers only', () => {
    const layers = withDropout([{ kind: 'flatten' }, { kind: 'dense', units: 8, activation: 'relu' }, { kind: 'dense', units: 10, activation: 'softmax' }]);
    expect(layers.map((layer) => layer.kind)).toEqual(['flatten', 'dense', 'dropout', 'dense']);
  });
});
