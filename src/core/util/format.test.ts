import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount } from './format';

describe('format', () => {
  it('groups thousands with commas', () => {
    expect([formatCount(0), formatCount(60_000), formatCount(1_234_567)]).toEqual(['0', '60,000', '1,234,567']);
  });

  it('prints bytes, kilobytes and megabytes with one decimal', () => {
    expect([formatBytes(999), formatBytes(28_881), formatBytes(9_912_422)]).toEqual(['999 B', '28.9 kB', '9.9 MB']);
  });
});
