import { curveGrid, type CurveGrid } from '../../core/charts/series';
import type { SeriesData } from '../state/run-series';

/** Which curve a chart draws. */
export type CurveMetric = 'loss' | 'accuracy';

/** Grid points per chart at most, whatever the length of the run. */
const MAX_POINTS = 300;
/** Smoothing of per-batch values (0 = none). */
const SMOOTHING = 0.9;

const HELD_OUT_NAMES = { validation: 'validation', test: 'test (held out)', 'train-probe': 'training sample' } as const;

function epochSeries(data: SeriesData, loss: boolean, suffix: string): [string, readonly number[]][] {
  return [
    [`train (epoch mean)${suffix}`, loss ? data.epochLoss : data.epochAccuracy],
    [`${data.heldOutSource ? HELD_OUT_NAMES[data.heldOutSource] : 'held out'}${suffix}`, loss ? data.heldOutLoss : data.heldOutAccuracy],
  ];
}

/**
 * The series a learning-curve chart draws: train per batch (smoothed), train per
 * epoch, held out per epoch, and the same per-epoch curves of a kept comparison run.
 */
export function curveData(data: SeriesData, metric: CurveMetric, comparison?: { label: string; data: SeriesData }): CurveGrid {
  const loss = metric === 'loss';
  const before = comparison && comparison.data.batchesPerEpoch === data.batchesPerEpoch ? comparison : undefined;
  return curveGrid({
    steps: data.steps, perBatch: loss ? data.loss : data.accuracy, batchesPerEpoch: data.batchesPerEpoch,
    smoothing: SMOOTHING, maxPoints: MAX_POINTS, perBatchName: 'train (per batch, smoothed)',
    perEpoch: [...epochSeries(data, loss, ''), ...(before ? epochSeries(before.data, loss, ` — ${before.label}`) : [])],
    minLastStep: before ? Math.max(0, ...before.data.steps) : undefined,
  });
}

/** The x-axis title for a grid. */
export function stepAxisLabel(grid: CurveGrid): string {
  return grid.stepsPerPoint === 1 ? 'training step' : `training step ÷ ${grid.stepsPerPoint}`;
}
