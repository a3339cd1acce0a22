import type { VisualizationSpec } from 'vega-embed';
import { batchRows, epochRows, type CurveRow } from '../../core/charts/series';
import type { HeldOutSource } from '../../core/protocol';
import type { Translator } from '../i18n/messages';
import type { ComparisonChange, SeriesData } from '../state/run-series';
import { SERIES_COLOURS } from './load-vis';

/** Which curve a chart draws. */
export type CurveMetric = 'loss' | 'accuracy';

/** Points of the per-batch line at most, whatever the length of the run. */
const MAX_BATCH_POINTS = 300;
/** Smoothing of per-batch values (0 = none). */
const SMOOTHING = 0.9;

/** The names of a chart's lines, and of the kept run they are compared with, in the page's language. */
export interface CurveLabels {
  readonly perBatch: string;
  readonly epochMean: string;
  readonly heldOut: Readonly<Record<HeldOutSource, string>>;
  readonly comparison?: string;
}

export function curveLabels(t: Translator, comparison: ComparisonChange | undefined): CurveLabels {
  const heldOut = { validation: t('chart.series.validation'), test: t('chart.series.test'), 'train-probe': t('chart.series.train-probe') };
  const base = { perBatch: t('chart.series.perBatch'), epochMean: t('chart.series.epochMean'), heldOut };
  return comparison ? { ...base, comparison: t(`chart.before.${comparison}`) } : base;
}

/** The lines a chart can show for a run, in legend order (fixed per run, so colours never move). */
export function curveNames(labels: CurveLabels, heldOut: HeldOutSource): string[] {
  const names = [labels.perBatch, labels.epochMean, labels.heldOut[heldOut]];
  const kept = labels.comparison;
  return kept ? [...names, `${labels.epochMean}, ${kept}`, `${labels.heldOut[heldOut]}, ${kept}`] : names;
}

function epochLines(data: SeriesData, metric: CurveMetric, labels: CurveLabels, suffix: string): CurveRow[] {
  const loss = metric === 'loss';
  const heldOutName = labels.heldOut[data.heldOutSource ?? 'validation'];
  return [
    ...epochRows(`${labels.epochMean}${suffix}`, loss ? data.epochLoss : data.epochAccuracy),
    ...epochRows(`${heldOutName}${suffix}`, loss ? data.heldOutLoss : data.heldOutAccuracy),
  ];
}

/** Every point a learning-curve chart draws: this run's lines and a kept run's per-epoch lines. */
export function curveRows(data: SeriesData, metric: CurveMetric, labels: CurveLabels, comparison?: SeriesData): CurveRow[] {
  const perBatch = metric === 'loss' ? data.loss : data.accuracy;
  return [
    ...batchRows(labels.perBatch, data.steps, perBatch, data.batchesPerEpoch, SMOOTHING, MAX_BATCH_POINTS),
    ...epochLines(data, metric, labels, ''),
    ...(comparison && labels.comparison ? epochLines(comparison, metric, labels, `, ${labels.comparison}`) : []),
  ];
}

/** The vega-lite spec of a learning curve: x in epochs, one coloured line per series (epoch values also as dots), a legend below. */
export function curveSpec(names: readonly string[], titles: { readonly epoch: string; readonly metric: string }): VisualizationSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v4.json',
    width: 'container', height: 240, autosize: { type: 'fit', contains: 'padding' },
    data: { name: 'points' },
    layer: [
      { mark: { type: 'line', interpolate: 'monotone', clip: true } },
      { transform: [{ filter: { field: 'series', oneOf: [...names.slice(1)] } }], mark: { type: 'point', filled: true, size: 30, clip: true } },
    ],
    encoding: {
      x: { field: 'x', type: 'quantitative', title: titles.epoch },
      y: { field: 'y', type: 'quantitative', title: titles.metric, scale: { zero: false } },
      color: { field: 'series', type: 'nominal', title: null, scale: { domain: [...names], range: SERIES_COLOURS.slice(0, names.length) }, legend: { orient: 'bottom', columns: 3, labelLimit: 220 } },
      tooltip: [{ field: 'series', type: 'nominal' }, { field: 'x', type: 'quantitative', format: '.2f', title: titles.epoch }, { field: 'y', type: 'quantitative', format: '.4f', title: titles.metric }],
    },
  };
}
