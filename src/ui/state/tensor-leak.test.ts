import { describe, expect, it } from 'vitest';
import { isTensorLeak, LEAK_TOLERANCE } from './tensor-leak';

describe('tensor leak warning', () => {
  it('stays quiet for a flat count and a few transient tensors', () => {
    expect(isTensorLeak(32, 32)).toBe(false);
    expect(isTensorLeak(32, 32 + LEAK_TOLERANCE)).toBe(false);
    expect(isTensorLeak(undefined, 5000)).toBe(false);
  });

  it('warns when the count has grown past the baseline', () => {
    expect(isTensorLeak(32, 32 + LEAK_TOLERANCE + 1)).toBe(true);
    expect(isTensorLeak(32, 640)).toBe(true);
  });
});
