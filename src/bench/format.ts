import { formatCount } from '../core/util/format';
import { benchLabel } from './networks';
import { BENCH_BATCH_SIZE, SPEED_TARGETS, type BenchNetworkId, type BenchRow, type Measurement } from './plan';

const LABEL_WIDTH = 26;
const SPEED_WIDTH = 7;
const RATIO_WIDTH = 14;

/** "reference (main, webgl)", "worker wasm", "node cpu". */
export function rowLabel(row: BenchRow): string {
  return row.place === 'reference' ? `reference (main, ${row.backend})` : `${row.place} ${row.backend}`;
}

/** Examples/s as the table shows them: one decimal below 10, whole numbers with separators above. */
export function formatSpeed(examplesPerSecond: number): string {
  return examplesPerSecond < 10 ? examplesPerSecond.toFixed(1) : formatCount(Math.round(examplesPerSecond));
}

/** "1 step", "11 steps". */
function steps(count: number): string {
  return `${count} step${count === 1 ? '' : 's'}`;
}

/** A measurement in a few words, for progress logs and the details under the table. */
export function describeMeasurement(measurement: Measurement | undefined): string {
  if (!measurement) return 'not measured';
  if (measurement.status === 'tooSlow') return `below ${formatSpeed(measurement.examplesPerSecondBelow)} examples/s: ${measurement.reason}`;
  if (measurement.status !== 'measured') return `${measurement.status}: ${measurement.reason}`;
  const { speed } = measurement;
  const first = `first ${speed.firstWindowSteps === 1 ? 'step' : steps(speed.firstWindowSteps)} ${(speed.firstWindowMs / 1000).toFixed(2)} s`;
  if (speed.basis === 'firstStep') return `${formatSpeed(speed.examplesPerSecond)} examples/s in the first step alone (${first}), as one step takes longer than the cap`;
  return `${formatSpeed(speed.examplesPerSecond)} examples/s over ${steps(speed.steadySteps)} (${(speed.steadyMs / 1000).toFixed(1)} s) after ${steps(speed.warmupSteps)} of warm-up; ${first}`;
}

function speedOf(row: BenchRow | undefined, id: BenchNetworkId): number | undefined {
  const result = row?.results[id];
  return result?.status === 'measured' ? result.speed.examplesPerSecond : undefined;
}

function formatRatio(ratio: number): string {
  if (ratio >= 10) return ratio.toFixed(1);
  return ratio >= 0.1 ? ratio.toFixed(2) : ratio.toPrecision(2);
}

/** The speed as shown: "*" marks a first-step-only speed, "<" an upper bound. */
function shownSpeed(measurement: Measurement | undefined): string {
  if (!measurement) return '–';
  if (measurement.status === 'tooSlow') return `<${formatSpeed(measurement.examplesPerSecondBelow)}`;
  if (measurement.status !== 'measured') return measurement.status;
  return `${formatSpeed(measurement.speed.examplesPerSecond)}${measurement.speed.basis === 'firstStep' ? '*' : ''}`;
}

function speedCell(row: BenchRow, reference: BenchRow | undefined, id: BenchNetworkId): string {
  const speed = speedOf(row, id);
  const base = speedOf(reference, id);
  const ratio = speed === undefined || base === undefined ? '–' : formatRatio(speed / base);
  return `${shownSpeed(row.results[id]).padStart(SPEED_WIDTH)}   ${ratio.padEnd(RATIO_WIDTH)}`;
}

/** The first step's time; "<x s" when the first timing window held several steps. */
function firstStepCell(measurement: Measurement | undefined): string {
  if (measurement?.status !== 'measured') return '–';
  const seconds = `${(measurement.speed.firstWindowMs / 1000).toFixed(2)} s`;
  return measurement.speed.firstWindowSteps === 1 ? seconds : `<${seconds}`;
}

function unavailableReason(row: BenchRow, networks: readonly BenchNetworkId[]): string | undefined {
  const results = networks.map((id) => row.results[id]);
  const [first] = results;
  const allUnavailable = results.every((result) => result?.status === 'unavailable');
  return allUnavailable && first?.status === 'unavailable' ? first.reason : undefined;
}

function rowLine(row: BenchRow, reference: BenchRow | undefined, networks: readonly BenchNetworkId[]): string {
  const label = rowLabel(row).padEnd(LABEL_WIDTH);
  const unavailable = unavailableReason(row, networks);
  if (unavailable !== undefined) return `${label}unavailable: ${unavailable}`;
  const cells = networks.map((id) => speedCell(row, reference, id)).join('');
  return `${label}${cells}${networks.map((id) => firstStepCell(row.results[id])).join(' / ')}`;
}

/**
 * The results as a text table: examples/s per network, each divided by the
 * reference row's speed for the same network, and the first-step times.
 */
export function formatTable(rows: readonly BenchRow[], networks: readonly BenchNetworkId[]): string[] {
  const reference = rows.find((row) => row.place === 'reference');
  const cellWidth = SPEED_WIDTH + 3 + RATIO_WIDTH;
  const titles = networks.map((id) => `${benchLabel(id)} b${BENCH_BATCH_SIZE}`.padStart(SPEED_WIDTH + 8).padEnd(cellWidth)).join('');
  const headings = networks.map(() => `${'ex/s'.padStart(SPEED_WIDTH)}   ${'× reference'.padEnd(RATIO_WIDTH)}`).join('');
  const lines = [
    `${''.padEnd(LABEL_WIDTH)}${titles}`,
    `${'where / backend'.padEnd(LABEL_WIDTH)}${headings}first step (${networks.map(benchLabel).join(' / ')})`,
    ...rows.map((row) => rowLine(row, reference, networks)),
  ];
  return lines.map((line) => line.trimEnd());
}

/** The fastest worker row for a network, if any measured it. */
export function bestBrowserSpeed(rows: readonly BenchRow[], id: BenchNetworkId): { backend: string; examplesPerSecond: number } | undefined {
  const measured = rows
    .filter((row) => row.place === 'worker')
    .flatMap((row) => {
      const speed = speedOf(row, id);
      return speed === undefined ? [] : [{ backend: row.backend, examplesPerSecond: speed }];
    });
  return measured.sort((a, b) => b.examplesPerSecond - a.examplesPerSecond)[0];
}

/** What the marks in the table mean, for the marks that appear. */
export function legendLines(rows: readonly BenchRow[]): string[] {
  const results = rows.flatMap((row) => Object.values(row.results));
  const firstStepOnly = results.some((result) => result.status === 'measured' && result.speed.basis === 'firstStep');
  const tooSlow = results.some((result) => result.status === 'tooSlow');
  return [
    ...(firstStepOnly ? ['* one step takes longer than the cap: the speed of the first step alone, start-up included'] : []),
    ...(tooSlow ? ['< no step finished within the time limit: the speed is below this bound'] : []),
  ];
}

/** Whether the best browser backend reaches each network's target. */
export function targetLine(rows: readonly BenchRow[], networks: readonly BenchNetworkId[]): string {
  const parts = networks.map((id) => {
    const best = bestBrowserSpeed(rows, id);
    const target = `${benchLabel(id)} ≥ ${formatCount(SPEED_TARGETS[id])} ex/s`;
    if (!best) return `${target}: no browser measurement → not met`;
    const verdict = best.examplesPerSecond >= SPEED_TARGETS[id] ? 'met' : 'not met';
    return `${target}: ${best.backend} ${formatSpeed(best.examplesPerSecond)} → ${verdict}`;
  });
  return `targets (best browser backend): ${parts.join('; ')}`;
}

/**
 * How much of plain LeNet-5's speed training keeps with the coursework's augmentation,
 * per row that measured both (it must stay above 50 %: augmentation may not halve it).
 */
export function augmentationLine(rows: readonly BenchRow[]): string {
  const shares = rows.flatMap((row) => {
    const plain = speedOf(row, 'lenet5');
    const augmented = speedOf(row, 'lenet5-aug');
    return row.place !== 'reference' && plain && augmented ? [`${rowLabel(row)} ${Math.round((100 * augmented) / plain)} %`] : [];
  });
  return `augmentation keeps of LeNet-5's speed (must stay above 50 %): ${shares.length > 0 ? shares.join(', ') : 'not measured'}`;
}

/** One line per measurement: how many steps and seconds each speed rests on, or why it failed. */
export function detailLines(rows: readonly BenchRow[], networks: readonly BenchNetworkId[]): string[] {
  return rows.flatMap((row) => networks.map((id) => `${rowLabel(row)} · ${benchLabel(id)}: ${describeMeasurement(row.results[id])}`));
}
