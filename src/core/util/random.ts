/**
 * Seeded pseudo-random numbers. Every reproducible result in the project (splits,
 * shuffles, sample picks) takes one of these explicitly; nothing patches Math.random.
 */
export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, exclusiveMax). */
  nextInt(exclusiveMax: number): number;
}

/**
 * mulberry32: a 32-bit generator with a full 2^32 period, good enough for shuffling
 * and sampling (not for cryptography). Same seed, same sequence, on every engine.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, nextInt: (exclusiveMax) => Math.floor(next() * exclusiveMax) };
}

/** Fisher–Yates shuffle in place; returns the same array for chaining. */
export function shuffleInPlace<T extends { length: number; [index: number]: unknown }>(
  items: T,
  random: Random,
): T {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = random.nextInt(i + 1);
    const swap = items[i];
    items[i] = items[j];
    items[j] = swap;
  }
  return items;
}

/** The integers 0 … count-1 in a seeded random order. */
export function shuffledRange(count: number, seed: number): Uint32Array {
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) order[i] = i;
  return shuffleInPlace(order, createRandom(seed));
}
