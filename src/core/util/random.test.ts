import { describe, expect, it } from 'vitest';
import { createRandom, shuffledRange, shuffleInPlace } from './random';

const take = (seed: number, count: number): number[] => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(take(12345, 100)).toEqual(take(12345, 100));
  });

  it('gives a different sequence for a different seed', () => {
    expect(take(1, 20)).not.toEqual(take(2, 20));
  });

  it('keeps to the mulberry32 sequence (a change would alter every saved split)', () => {
    expect(take(0, 3)).toEqual([0.26642920868471265, 0.0003297457005828619, 0.2232720274478197]);
  });

  it('treats the seed as an unsigned 32-bit integer', () => {
    expect(take(2 ** 32 + 5, 5)).toEqual(take(5, 5));
    expect(take(-1, 5)).toEqual(take(2 ** 32 - 1, 5));
  });

  it('stays in [0, 1) and spreads nextInt evenly over [0, n)', () => {
    const random = createRandom(99);
    const counts = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i += 1) {
      const value = random.next();
      if (!(value >= 0 && value < 1)) outside += 1;
      const bucket = random.nextInt(10);
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    expect(outside).toBe(0);
    expect(counts.every((count) => count > 9_500 && count < 10_500)).toBe(true);
  });
});

describe('shuffles', () => {
  it('shuffledRange is a seeded permutation of 0 … n-1', () => {
    const order = shuffledRange(1000, 5);
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(order).toEqual(shuffledRange(1000, 5));
    expect(order).not.toEqual(shuffledRange(1000, 6));
    expect(shuffledRange(0, 1)).toEqual(new Uint32Array(0));
  });

  it('shuffleInPlace returns the same array, shuffled deterministically', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const result = shuffleInPlace(items, createRandom(8));
    expect(result).toBe(items);
    expect(result).toEqual(shuffleInPlace(['a', 'b', 'c', 'd', 'e', 'f'], createRandom(8)));
    expect([...result].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
