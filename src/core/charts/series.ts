/**
 * Preparing training curves for drawing: smoothing per-batch noise and bounding the
 * number of points, so a redraw costs the same at step 100 and at step 100,000.
 */

/** One point of one named line; x in epochs (batch b of epoch e at e + (b + 1) / batchesPerEpoch). */
export interface CurveRow {
  readonly x: number;
  readonly y: number;
  readonly series: string;
}

/**
 * Exponential moving average with bias correction (as TensorBoard's smoothing):
 * weight in [0, 1); 0 returns the values unchanged.
 */
export function smoothEma(values: readonly number[], weight: number): number[] {
  let average = 0;
  return values.map((value, i) => {
    average = weight * average + (1 - weight) * value;
    return average / (1 - weight ** (i + 1));
  });
}

/** Averages consecutive rows into at most `maxRows` buckets of equal count. */
export function downsample(rows: readonly CurveRow[], maxRows: number): CurveRow[] {
  if (rows.length <= maxRows) return [...rows];
  const bucket = rows.length / maxRows;
  return Array.from({ length: maxRows }, (_, b) => {
    const slice = rows.slice(Math.floor(b * bucket), Math.floor((b + 1) * bucket));
    const mean = (pick: (row: CurveRow) => number): number => slice.reduce((sum, row) => sum + pick(row), 0) / slice.length;
    return { x: mean((row) => row.x), y: mean((row) => row.y), series: slice[0]?.series ?? '' };
  });
}

/**
 * Per-batch values as a smoothed line on an epoch axis, at most `maxRows` points.
 * Non-finite values (a diverging run) are left out before smoothing, so they do not
 * poison every later point.
 */
export function batchRows(series: string, steps: readonly number[], values: readonly number[], batchesPerEpoch: number, smoothing: number, maxRows: number): CurveRow[] {
  const finite = steps.map((step, i) => ({ step, value: values[i] ?? NaN })).filter((entry) => Number.isFinite(entry.value));
  const smoothed = smoothEma(finite.map((entry) => entry.value), smoothing);
  return downsample(finite.map((entry, i) => ({ x: (entry.step + 1) / batchesPerEpoch, y: smoothed[i] ?? NaN, series })), maxRows);
}

/** Per-epoch values (index = epoch) as points at the end of each epoch: x = 1, 2, … */
export function epochRows(series: string, values: readonly number[]): CurveRow[] {
  return values.flatMap((y, epoch) => (Number.isFinite(y) ? [{ x: epoch + 1, y, series }] : []));
}
