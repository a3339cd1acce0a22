/**
 * Preparing training curves for drawing: smoothing per-batch noise and bounding the
 * number of points, so a redraw costs the same at step 100 and at step 100,000.
 */

/** A point of a line chart. */
export interface Point {
  readonly x: number;
  readonly y: number;
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

/** Line-chart series on one shared grid, as tfjs-vis 1.5's linechart needs them. */
export interface CurveGrid {
  /** Training steps per grid point: 1, 2, 5, 10, 20, 50 … */
  readonly stepsPerPoint: number;
  readonly series: string[];
  /** One array per series, all of the grid's length; NaN where a series has no value. */
  readonly values: Point[][];
}

/** The smallest of 1, 2, 5, 10, 20, 50 … that keeps `steps` within `maxPoints` points. */
export function stepsPerPoint(steps: number, maxPoints: number): number {
  for (let scale = 1; ; scale *= 10) {
    for (const factor of [1, 2, 5]) if (Math.ceil(steps / (factor * scale)) <= maxPoints) return factor * scale;
  }
}

/** Input of curveGrid: per-batch values by step, and per-epoch series (index = epoch). */
export interface CurveInput {
  readonly steps: readonly number[];
  readonly perBatch: readonly number[];
  readonly batchesPerEpoch: number;
  readonly smoothing: number;
  readonly maxPoints: number;
  /** Per-epoch series by name; value i belongs to the end of epoch i. */
  readonly perEpoch: readonly (readonly [string, readonly number[]])[];
  readonly perBatchName: string;
  /** Make the grid reach at least this step (to fit a comparison run's epochs). */
  readonly minLastStep?: number | undefined;
}

/**
 * Lays every curve on one grid of training steps, because tfjs-vis 1.5.1's linechart
 * plots series by array index (it ignores x) and needs them of equal length: grid
 * point i covers steps [i·S, (i+1)·S); per-batch values are smoothed then averaged
 * per point; an epoch's value sits at the point holding its last step. Series with no
 * value yet are left out. vega breaks a line at NaN, so per-epoch series are joined
 * by straight lines between their epoch points (what a line through them shows anyway).
 */
export function curveGrid(input: CurveInput): CurveGrid {
  const finite = input.steps.map((step, i) => ({ step, value: input.perBatch[i] ?? NaN })).filter((entry) => Number.isFinite(entry.value));
  const lastStep = Math.max(0, input.minLastStep ?? 0, ...input.steps);
  const scale = stepsPerPoint(lastStep + 1, input.maxPoints);
  const length = Math.floor(lastStep / scale) + 1;
  const empty = (): Point[] => Array.from({ length }, (_, x) => ({ x, y: NaN }));
  const smoothed = smoothEma(finite.map((entry) => entry.value), input.smoothing);
  const sums = new Array<number>(length).fill(0);
  const counts = new Array<number>(length).fill(0);
  finite.forEach((entry, i) => {
    const point = Math.floor(entry.step / scale);
    sums[point] = (sums[point] ?? 0) + (smoothed[i] ?? 0);
    counts[point] = (counts[point] ?? 0) + 1;
  });
  const perBatch = empty().map((point, x) => ({ x, y: (counts[x] ?? 0) > 0 ? (sums[x] ?? 0) / (counts[x] ?? 1) : point.y }));
  const candidates: [string, Point[]][] = [[input.perBatchName, perBatch]];
  for (const [name, values] of input.perEpoch) {
    const anchors = values.flatMap((value, epoch) =>
      Number.isFinite(value) ? [{ x: Math.min(length - 1, Math.floor(((epoch + 1) * input.batchesPerEpoch - 1) / scale)), y: value }] : []);
    candidates.push([name, joinAnchors(empty(), anchors)]);
  }
  const drawn = candidates.filter(([, points]) => points.some((point) => Number.isFinite(point.y)));
  return { stepsPerPoint: scale, series: drawn.map(([name]) => name), values: drawn.map(([, points]) => points) };
}

/** Fills the grid between consecutive anchor points by linear interpolation; NaN outside them. */
function joinAnchors(points: Point[], anchors: readonly Point[]): Point[] {
  anchors.forEach((anchor, i) => {
    const next = anchors[i + 1];
    points[anchor.x] = anchor;
    if (!next || next.x <= anchor.x) return;
    for (let x = anchor.x + 1; x < next.x; x += 1) {
      points[x] = { x, y: anchor.y + ((next.y - anchor.y) * (x - anchor.x)) / (next.x - anchor.x) };
    }
  });
  return points;
}
