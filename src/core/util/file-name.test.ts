import { describe, expect, it } from 'vitest';
import { fileSlug } from './file-name';

describe('fileSlug', () => {
  it('keeps letters, digits, dots, dashes and underscores, turning the rest into single dashes', () => {
    expect(fileSlug(' LeNet-5 #1 ', 'run')).toBe('LeNet-5-1');
    expect(fileSlug('my model (v2).h5', 'model')).toBe('my-model-v2-.h5');
  });

  it('falls back when nothing safe is left', () => {
    expect(fileSlug('###', 'run')).toBe('run');
  });
});
