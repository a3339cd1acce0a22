import { describe, expect, it } from 'vitest';
import { sampleRecord } from '../../core/runs/test-fixtures';
import { overlayRows, overlaySpec } from './overlay-spec';

describe('overlaid run curves', () => {
  it('give each point its run (unique names) and its split', () => {
    const rows = overlayRows([sampleRecord(), sampleRecord({ id: 'run-2' })], 'accuracy');
    expect(new Set(rows.map((row) => row.run))).toEqual(new Set(['LeNet', 'LeNet #2']));
    expect(new Set(rows.map((row) => row.split))).toEqual(new Set(['train', 'test']));
    expect(rows.filter((row) => row.run === 'LeNet' && row.split === 'train').map((row) => [row.x, row.y])).toEqual([[1, 0.9], [2, 0.91], [3, 0.92]]);
  });

  it('take inline values and a fixed width for an image, a named data set for the page', () => {
    const titles = { epoch: 'epoch', metric: 'loss', run: 'run', split: 'split' };
    const image = overlaySpec(titles, 480, overlayRows([sampleRecord()], 'loss')) as { width: unknown; data: { values: unknown[] }; autosize?: unknown };
    expect(image.width).toBe(480);
    expect(image.data.values).toHaveLength(6);
    expect(image.autosize).toBeUndefined();
    expect((overlaySpec(titles, 'container') as { data: unknown }).data).toEqual({ name: 'points' });
  });
});
