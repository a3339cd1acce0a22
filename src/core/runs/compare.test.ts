import { describe, expect, it } from 'vitest';
import { COURSEWORK_AUGMENTATION } from '../augment/settings';
import { ivannet } from '../model/presets';
import { flattenSettings, metricsTable, metricsTableMarkdown, overlaySeries, perClassDeltas, settingsDiff } from './compare';
import { confusion, SAMPLE_SETTINGS, sampleRecord, testResult, withoutTest } from './test-fixtures';

const LENET = sampleRecord({ id: 'a', name: 'LeNet' });
const LENET_DA = sampleRecord({ id: 'b', name: 'LeNet_D_A', settings: { ...SAMPLE_SETTINGS, augmentation: COURSEWORK_AUGMENTATION, seed: 8 } });
const IVANNET = sampleRecord({ id: 'c', name: 'IvanNet', settings: { ...SAMPLE_SETTINGS, network: ivannet() }, test: testResult(confusion(9199, 801)) });

describe('settingsDiff', () => {
  it('lists nothing for identical settings', () => {
    expect(settingsDiff([LENET, sampleRecord({ id: 'x' })])).toEqual([]);
  });

  it('lists only the differing settings, with a value per run', () => {
    const rows = settingsDiff([LENET, LENET_DA]);
    expect(rows.map((row) => row.label)).toEqual(['Seed', 'Augmentation', 'Rotation (°)', 'Width shift', 'Height shift', 'Zoom', 'Shear (°)', 'Horizontal flip', 'Fill mode']);
    expect(rows[0]).toEqual({ key: 'seed', label: 'Seed', values: ['7', '8'] });
    expect(rows[2]).toEqual({ key: 'augmentation.rotationDegrees', label: 'Rotation (°)', values: ['—', '30'] });
  });

  it('flattens each layer’s settings, so different networks differ layer by layer', () => {
    const rows = settingsDiff([LENET, IVANNET]);
    expect(rows[0]).toEqual({ key: 'network', label: 'Network', values: ['LeNet-5', 'IvanNet'] });
    expect(rows).toContainEqual({ key: 'layers[1].kind', label: 'Layer 2', values: ['avgPool2d', 'batchNorm'] });
    expect(rows).toContainEqual({ key: 'layers[1].poolSize', label: 'Layer 2 pool size', values: ['2', '—'] });
    expect(flattenSettings(SAMPLE_SETTINGS)).toContainEqual({ key: 'protocol', label: 'Split protocol', value: '60k train / 10k test (LeNet protocol)' });
  });
});

describe('metrics', () => {
  it('gives the coursework table with 4 decimals', () => {
    const noTest = withoutTest(sampleRecord({ id: 'd', name: 'Stopped' }));
    expect(metricsTable([IVANNET, noTest])).toEqual([
      { model: 'IvanNet', accuracy: '0.9199', precision: '0.9199', recall: '0.9199', f1: '0.9199' },
      { model: 'Stopped', accuracy: '—', precision: '—', recall: '—', f1: '—' },
    ]);
    expect(metricsTableMarkdown([LENET]).split('\n')).toEqual([
      '| model | accuracy | precision (w) | recall (w) | F1 (w) |', '|---|---|---|---|---|', '| LeNet | 0.9500 | 0.9500 | 0.9500 | 0.9500 |',
    ]);
  });

  it('gives per-class differences (other − base)', () => {
    const deltas = perClassDeltas(LENET, IVANNET);
    expect(deltas).toHaveLength(10);
    expect(deltas?.[3]?.label).toBe(3);
    expect(deltas?.[3]?.recall).toBeCloseTo(0.9199 - 0.95, 10);
    const noTest = withoutTest(LENET);
    expect(perClassDeltas(noTest, IVANNET)).toBeUndefined();
  });
});

describe('overlaySeries', () => {
  it('gives a train and a held-out line per run, named uniquely, x = epoch + 1', () => {
    const series = overlaySeries([LENET, sampleRecord({ id: 'e' })], 'accuracy');
    expect(series.map((line) => [line.runId, line.split, line.rows[0]?.series])).toEqual([
      ['a', 'train', 'LeNet · train'], ['a', 'test', 'LeNet · test'], ['e', 'train', 'LeNet #2 · train'], ['e', 'test', 'LeNet #2 · test'],
    ]);
    expect(series[0]?.rows.map((row) => [row.x, row.y])).toEqual([[1, 0.9], [2, 0.91], [3, 0.92]]);
  });

  it('leaves out non-finite values and a missing held-out line', () => {
    const diverged = sampleRecord({ epochs: [{ epoch: 0, loss: 2, accuracy: 0.1, examplesPerSecond: 1 }, { epoch: 1, loss: NaN, accuracy: 0.1, examplesPerSecond: 1 }] });
    const series = overlaySeries([diverged], 'loss');
    expect(series).toHaveLength(1);
    expect(series[0]?.rows).toEqual([{ x: 1, y: 2, series: 'LeNet · train' }]);
  });
});
