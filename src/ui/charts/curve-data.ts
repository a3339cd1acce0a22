import type { VisualizationSpec } from 'vega-embed';
import { batchRows, epochRows, type CurveRow } from '../../core/charts/series';
import type { HeldOutSource } from '../../core/protocol';
import type { SeriesData } from '../state/run-series';
import { SERIES_COLOURS } from './load-vis';

/** Which curve a chart draws. */
export type CurveMetric = 'loss' | 'accuracy';

/** Points of the per-batch line at most, whatever the length of the run. */
const MAX_BATCH_POINTS = 300;
/** Smoothing of per-batch values (0 = none). */
const SMOOTHING = 0.9;

const HELD_OUT_NAMES: Readonly<Record<HeldOutSource, string>> = { validation: 'validation', test: 'test (held out)', 'train-probe': 'training sample' };

/** The lines a chart can show for a run, in legend order (fixed per run, so colours never move). */
export function curveNames(heldOut: HeldOutSource, comparison?: string): string[] {
  const names = ['train (per batch, smoothed)', 'train (epoch mean)', HELD_OUT_NAMES[heldOut]];
  return comparison ? [...names, `train (epoch mean), ${comparison}`, `${HELD_OUT_NAMES[heldOut]}, ${comparison}`] : names;
}

function epochLines(data: SeriesData, metric: CurveMetric, suffix: string): CurveRow[] {
  const loss = metric === 'loss';
  const heldOutName = HELD_OUT_NAMES[data.heldOutSource ?? 'validation'];
  return [
    ...epochRows(`train (epoch mean)${suffix}`, loss ? data.epochLoss : data.epochAccuracy),
    ...epochRows(`${heldOutName}${suffix}`, loss ? data.heldOutLoss : data.heldOutAccuracy),
  ];
}

/** Every point a learning-curve chart draws: this run's lines and a kept run's per-epoch lines. */
export function curveRows(data: SeriesData, metric: CurveMetric, comparison?: { label: string; data: SeriesData }): CurveRow[] {
  const perBatch = metric === 'loss' ? data.loss : data.accuracy;
  return [
    ...batchRows('train (per batch, smoothed)', data.steps, perBatch, data.batchesPerEpoch, SMOOTHING, MAX_BATCH_POINTS),
    ...epochLines(data, metric, ''),
    ...(comparison ? epochLines(comparison.data, metric, `, ${comparison.label}`) : []),
  ];
}

/** The vega-lite spec of a learning curve: x in epochs, one coloured line per series, a legend below. */
export function curveSpec(metric: CurveMetric, names: readonly string[]): VisualizationSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v4.json',
    width: 'container', height: 240, autosize: { type: 'fit', contains: 'padding' },
    data: { name: 'points' },
    mark: { type: 'line', interpolate: 'monotone', clip: true },
    encoding: {
      x: { field: 'x', type: 'quantitative', title: 'epoch' },
      y: { field: 'y', type: 'quantitative', title: metric, scale: { zero: false } },
      color: { field: 'series', type: 'nominal', title: null, scale: { domain: [...names], range: SERIES_COLOURS.slice(0, names.length) }, legend: { orient: 'bottom', columns: 2 } },
      tooltip: [{ field: 'series', type: 'nominal' }, { field: 'x', type: 'quantitative', format: '.2f', title: 'epoch' }, { field: 'y', type: 'quantitative', format: '.4f', title: metric }],
    },
  };
}
