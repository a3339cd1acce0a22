import type { VisualizationSpec } from 'vega-embed';
import { overlaySeries, type CurveMetric } from '../../core/runs/compare';
import type { RunRecord } from '../../core/runs/record';

/** One point of an overlaid curve: the run's line colour, the split's dash. */
export interface OverlayRow {
  readonly x: number;
  readonly y: number;
  /** The run's name (made unique with "#2" when names repeat). */
  readonly run: string;
  readonly split: string;
}

/** Points of several runs' per-epoch curves of one metric, training and held out. */
export function overlayRows(runs: readonly RunRecord[], metric: CurveMetric): OverlayRow[] {
  return overlaySeries(runs, metric).flatMap((series) =>
    series.rows.map((row) => ({ x: row.x, y: row.y, run: row.series.replace(/ · (train|validation|test)$/, ''), split: series.split })));
}

/** Axis and legend titles in the page's language. */
export interface OverlayTitles {
  readonly epoch: string;
  readonly metric: string;
  readonly run: string;
  readonly split: string;
}

/**
 * A chart of per-epoch lines, one colour per run, solid for training and dashed for
 * held-out data. `width` is 'container' on the page and a number for an image; data
 * comes in the named set 'points' unless `values` are given.
 */
export function overlaySpec(titles: OverlayTitles, width: number | 'container', values?: readonly OverlayRow[]): VisualizationSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v4.json',
    width, height: 220, ...(width === 'container' ? { autosize: { type: 'fit', contains: 'padding' } } : {}),
    data: values ? { values: values.map((row) => ({ ...row })) } : { name: 'points' },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'x', type: 'quantitative', title: titles.epoch, axis: { tickMinStep: 1, format: 'd' } },
      y: { field: 'y', type: 'quantitative', title: titles.metric, scale: { zero: false } },
      color: { field: 'run', type: 'nominal', title: titles.run, legend: { orient: 'bottom', columns: 1, labelLimit: 420 } },
      strokeDash: { field: 'split', type: 'nominal', legend: null },
      shape: { field: 'split', type: 'nominal', title: titles.split, legend: { orient: 'bottom' } },
      tooltip: [{ field: 'run', type: 'nominal' }, { field: 'split', type: 'nominal' }, { field: 'x', type: 'quantitative' }, { field: 'y', type: 'quantitative', format: '.4f' }],
    },
  };
}
