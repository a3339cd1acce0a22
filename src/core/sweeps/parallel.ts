/**
 * Geometry of a sweep's parallel-coordinates chart: one vertical axis per swept
 * parameter and one for the metric, one polyline per run, coloured by the metric
 * on viridis (readable with every common colour-vision deficiency). Diverged and
 * failed runs have no metric worth placing: they end at the metric axis's foot,
 * drawn dashed and grey. Pure numbers, so the chart component only draws.
 */
import type { SweepMetricName } from './history';
import { spaceEntries, type Domain, type ParameterName, type SweepAssignment, type SweepSpace } from './space';

/** One run as the chart needs it. */
export interface ParallelRun {
  readonly assignment: SweepAssignment;
  readonly value: number;
  /** Diverged or failed: drawn dashed and grey at the metric axis's foot. */
  readonly broken: boolean;
}

/** A labelled position on an axis. */
export interface Tick {
  readonly y: number;
  readonly text: string;
}

/** One vertical axis. */
export interface ParallelAxis {
  readonly key: ParameterName | 'metric';
  readonly x: number;
  readonly ticks: readonly Tick[];
}

/** One run's polyline. */
export interface ParallelLine {
  readonly index: number;
  readonly points: readonly (readonly [number, number])[];
  /** CSS colour. */
  readonly colour: string;
  readonly dashed: boolean;
}

/** The chart's size in SVG units and the room kept around the plot. */
export interface ChartBox {
  readonly width: number;
  readonly height: number;
  readonly padX: number;
  readonly padY: number;
}

/** Everything the chart draws. */
export interface ParallelLayout {
  readonly axes: readonly ParallelAxis[];
  readonly lines: readonly ParallelLine[];
  readonly metric: SweepMetricName;
  /** The metric's range over the runs that have a finite value; undefined when none has. */
  readonly metricRange: readonly [number, number] | undefined;
}

/** Viridis at five stops, low to high. */
const VIRIDIS: readonly (readonly [number, number, number])[] = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];

/** Grey for runs without a usable metric. */
export const BROKEN_COLOUR = '#8a8a8a';

/** The viridis colour at `fraction` in [0, 1] (clamped), as rgb(). */
export function viridis(fraction: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const at = clamped * (VIRIDIS.length - 1);
  const low = VIRIDIS[Math.floor(at)] ?? VIRIDIS[0] ?? [0, 0, 0];
  const high = VIRIDIS[Math.ceil(at)] ?? low;
  const mix = (channel: 0 | 1 | 2): number => Math.round(low[channel] + (high[channel] - low[channel]) * (at - Math.floor(at)));
  return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}

/** A short label for a number on an axis. */
export const tickText = (value: number): string => String(Number(value.toPrecision(3)));

/** The values of a choices axis, bottom to top: numbers ascending, names as listed. */
function axisChoices(domain: Extract<Domain, { kind: 'choices' }>): (string | number)[] {
  const values = [...domain.values];
  return values.every((value) => typeof value === 'number') ? values.sort((a, b) => Number(a) - Number(b)) : values;
}

/** Where a value sits on its parameter's axis, 0 (foot) to 1 (top). */
export function axisFraction(domain: Domain, value: string | number | undefined): number {
  if (value === undefined) return 0.5;
  if (domain.kind === 'choices') {
    const values = axisChoices(domain);
    return values.length < 2 ? 0.5 : Math.max(0, values.indexOf(value)) / (values.length - 1);
  }
  const scale = domain.kind === 'logUniform' ? Math.log : (x: number): number => x;
  const span = scale(domain.max) - scale(domain.min);
  return span > 0 ? (scale(Number(value)) - scale(domain.min)) / span : 0.5;
}

function domainTicks(domain: Domain): { fraction: number; text: string }[] {
  if (domain.kind === 'choices') return axisChoices(domain).map((value) => ({ fraction: axisFraction(domain, value), text: typeof value === 'number' ? tickText(value) : value }));
  return [domain.min, domain.max].map((value) => ({ fraction: axisFraction(domain, value), text: tickText(value) }));
}

function metricRangeOf(runs: readonly ParallelRun[]): readonly [number, number] | undefined {
  const values = runs.filter((run) => !run.broken && Number.isFinite(run.value)).map((run) => run.value);
  return values.length > 0 ? [Math.min(...values), Math.max(...values)] : undefined;
}

const metricFraction = (range: readonly [number, number] | undefined, value: number): number =>
  range === undefined || !Number.isFinite(value) ? 0 : range[1] > range[0] ? (value - range[0]) / (range[1] - range[0]) : 0.5;

/** The chart's axes and lines for the runs of a sweep over `space`. */
export function parallelLayout(space: SweepSpace, metric: SweepMetricName, runs: readonly ParallelRun[], box: ChartBox): ParallelLayout {
  const entries = spaceEntries(space);
  const count = entries.length + 1;
  const xAt = (index: number): number => box.padX + (count < 2 ? 0 : (index * (box.width - 2 * box.padX)) / (count - 1));
  const yAt = (fraction: number): number => box.height - box.padY - fraction * (box.height - 2 * box.padY);
  const range = metricRangeOf(runs);
  const metricTicks = range === undefined ? [] : [...new Set(range)].map((value) => ({ y: yAt(metricFraction(range, value)), text: tickText(value) }));
  const axes: ParallelAxis[] = [
    ...entries.map(({ name, domain }, index) => ({ key: name, x: xAt(index), ticks: domainTicks(domain).map((tick) => ({ y: yAt(tick.fraction), text: tick.text })) })),
    { key: 'metric', x: xAt(entries.length), ticks: metricTicks },
  ];
  const lines = runs.map((run, index): ParallelLine => {
    const broken = run.broken || !Number.isFinite(run.value);
    const points = entries.map(({ name, domain }, axis) => [xAt(axis), yAt(axisFraction(domain, run.assignment[name]))] as const);
    const metricFractionOfRun = broken ? 0 : metricFraction(range, run.value);
    return { index, points: [...points, [xAt(entries.length), yAt(metricFractionOfRun)]], colour: broken ? BROKEN_COLOUR : viridis(metricFractionOfRun), dashed: broken };
  });
  return { axes, lines, metric, metricRange: range };
}
