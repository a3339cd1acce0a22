/** Tensors the count may exceed its baseline by before it counts as a leak (a few transient ones). */
export const LEAK_TOLERANCE = 10;

/**
 * True when a run's tensor count has grown past its baseline (the count at its first
 * report, once weights and optimizer state exist): a steady run stays flat, so growth
 * means tensors are created and never disposed.
 */
export function isTensorLeak(baseline: number | undefined, now: number): boolean {
  return baseline !== undefined && now > baseline + LEAK_TOLERANCE;
}
