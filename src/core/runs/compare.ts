/**
 * Comparing runs: which settings differ, the coursework's metrics table, per-class
 * differences between two runs, and per-epoch curves to overlay.
 */
import { epochRows, type CurveRow } from '../charts/series';
import { DATASETS } from '../datasets/catalog';
import { findProtocol } from '../datasets/splits';
import type { LayerSpec } from '../model/spec';
import type { TrainingSettings } from '../training/settings';
import { augmentationOn, fixed4, optimizerName } from './describe';
import type { RunRecord } from './record';

/** One setting, flattened to a readable label and a display value. */
export interface SettingEntry {
  /** Stable key, e.g. "layers[2].filters". */
  readonly key: string;
  /** Label for people, e.g. "Layer 3 filters". */
  readonly label: string;
  readonly value: string;
}

/** A setting that differs between runs: one value per run, in the runs' order ("—" = not set). */
export interface SettingDiffRow {
  readonly key: string;
  readonly label: string;
  readonly values: readonly string[];
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  filters: 'filters', kernelSize: 'kernel size', strides: 'stride', padding: 'padding', activation: 'activation',
  poolSize: 'pool size', units: 'units', rate: 'dropout rate', momentum: 'momentum', epsilon: 'epsilon',
};

function layerEntries(layer: LayerSpec, index: number): SettingEntry[] {
  const key = `layers[${index}]`;
  const label = `Layer ${index + 1}`;
  const fields = Object.entries(layer).filter(([field]) => field !== 'kind');
  return [
    { key: `${key}.kind`, label, value: layer.kind },
    ...fields.map(([field, value]) => ({ key: `${key}.${field}`, label: `${label} ${FIELD_LABELS[field] ?? field}`, value: String(value) })),
  ];
}

function augmentationEntries(settings: TrainingSettings): SettingEntry[] {
  const entry = (key: string, label: string, value: string | number | boolean | undefined): SettingEntry =>
    ({ key: `augmentation.${key}`, label, value: value === undefined ? '—' : String(value) });
  const on = augmentationOn(settings);
  const augmentation = on ? settings.augmentation : undefined;
  return [
    { key: 'augmentation', label: 'Augmentation', value: on ? 'on' : 'off' },
    entry('rotationDegrees', 'Rotation (°)', augmentation?.rotationDegrees),
    entry('widthShift', 'Width shift', augmentation?.widthShift),
    entry('heightShift', 'Height shift', augmentation?.heightShift),
    entry('zoom', 'Zoom', augmentation?.zoom),
    entry('shearDegrees', 'Shear (°)', augmentation?.shearDegrees),
    entry('horizontalFlip', 'Horizontal flip', augmentation?.horizontalFlip),
    entry('fillMode', 'Fill mode', augmentation ? augmentation.fillMode ?? 'nearest' : undefined),
  ];
}

/** Every setting of a run as labelled entries, network layer by layer. */
export function flattenSettings(settings: TrainingSettings): SettingEntry[] {
  const { optimizer } = settings;
  const optimizerFields = Object.entries(optimizer).filter(([field]) => field !== 'kind');
  return [
    { key: 'dataset', label: 'Dataset', value: DATASETS[settings.dataset].label },
    { key: 'network', label: 'Network', value: settings.network.name },
    { key: 'layers', label: 'Layers', value: String(settings.network.layers.length) },
    ...settings.network.layers.flatMap(layerEntries),
    { key: 'optimizer', label: 'Optimizer', value: optimizerName(optimizer) },
    ...optimizerFields.map(([field, value]) => ({ key: `optimizer.${field}`, label: `Optimizer ${field}`, value: String(value) })),
    { key: 'learningRate', label: 'Learning rate', value: String(settings.learningRate) },
    { key: 'batchSize', label: 'Batch size', value: String(settings.batchSize) },
    { key: 'epochs', label: 'Epochs', value: String(settings.epochs) },
    { key: 'seed', label: 'Seed', value: String(settings.seed) },
    { key: 'protocol', label: 'Split protocol', value: findProtocol(settings.dataset, settings.protocolId).label },
    { key: 'trainLimit', label: 'Training examples', value: settings.trainLimit === undefined ? 'all' : String(settings.trainLimit) },
    ...augmentationEntries(settings),
  ];
}

/** Only the settings whose values are not the same in every run, in first-seen order. */
export function settingsDiff(runs: readonly RunRecord[]): SettingDiffRow[] {
  const perRun = runs.map((run) => new Map(flattenSettings(run.settings).map((entry) => [entry.key, entry])));
  const labels = new Map<string, string>();
  for (const entries of perRun) for (const [key, entry] of entries) if (!labels.has(key)) labels.set(key, entry.label);
  return [...labels].flatMap(([key, label]) => {
    const values = perRun.map((entries) => entries.get(key)?.value ?? '—');
    return values.every((value) => value === values[0]) ? [] : [{ key, label, values }];
  });
}

/** One row of the coursework's table: test scores with 4 decimals ("—" without test results). */
export interface MetricsRow {
  readonly model: string;
  readonly accuracy: string;
  /** Weighted averages, as sklearn's average='weighted'. */
  readonly precision: string;
  readonly recall: string;
  readonly f1: string;
}

/** The coursework's table of test metrics, one row per run, in the runs' order. */
export function metricsTable(runs: readonly RunRecord[]): MetricsRow[] {
  return runs.map((run) => ({
    model: run.name, accuracy: fixed4(run.test?.accuracy), precision: fixed4(run.test?.weighted.precision),
    recall: fixed4(run.test?.weighted.recall), f1: fixed4(run.test?.weighted.f1),
  }));
}

/** The metrics table as Markdown, the coursework's columns. */
export function metricsTableMarkdown(runs: readonly RunRecord[]): string {
  const cells = (row: MetricsRow): string => `| ${row.model.replaceAll('|', '\\|')} | ${row.accuracy} | ${row.precision} | ${row.recall} | ${row.f1} |`;
  return ['| model | accuracy | precision (w) | recall (w) | F1 (w) |', '|---|---|---|---|---|', ...metricsTable(runs).map(cells)].join('\n');
}

/** How one class's test scores changed from the base run to the other (other − base). */
export interface ClassDelta {
  readonly label: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Per-class differences over the classes both runs scored; undefined when either has no test results. */
export function perClassDeltas(base: RunRecord, other: RunRecord): ClassDelta[] | undefined {
  if (!base.test || !other.test) return undefined;
  const baseByLabel = new Map(base.test.perClass.map((scores) => [scores.label, scores]));
  return other.test.perClass.flatMap((scores) => {
    const before = baseByLabel.get(scores.label);
    if (!before) return [];
    return [{ label: scores.label, precision: scores.precision - before.precision, recall: scores.recall - before.recall, f1: scores.f1 - before.f1 }];
  });
}

/** Which numbers a curve shows. */
export type CurveMetric = 'loss' | 'accuracy';

/** One line to overlay: a run's training or held-out values per epoch (x = 1, 2, …). */
export interface OverlaySeries {
  readonly runId: string;
  /** 'validation' or 'test' for held-out lines (test when the run had no validation split). */
  readonly split: 'train' | 'validation' | 'test';
  readonly rows: readonly CurveRow[];
}

function runSeries(run: RunRecord, metric: CurveMetric, name: string): OverlaySeries[] {
  const length = (run.epochs.at(-1)?.epoch ?? -1) + 1;
  const values = (pick: (row: RunRecord['epochs'][number]) => number | undefined): number[] => {
    const byEpoch = new Array<number>(length).fill(NaN);
    for (const row of run.epochs) byEpoch[row.epoch] = pick(row) ?? NaN;
    return byEpoch;
  };
  const train = values((row) => (metric === 'loss' ? row.loss : row.accuracy));
  const heldOut = values((row) => (metric === 'loss' ? row.valLoss : row.valAccuracy));
  const split = run.epochs.some((row) => row.heldOutSource === 'test') ? 'test' : 'validation';
  const series: OverlaySeries[] = [{ runId: run.id, split: 'train', rows: epochRows(`${name} · train`, train) }];
  const heldOutRows = epochRows(`${name} · ${split}`, heldOut);
  return heldOutRows.length > 0 ? [...series, { runId: run.id, split, rows: heldOutRows }] : series;
}

/**
 * Per-epoch lines of several runs for one chart; series names are "<run> · train"
 * and "<run> · validation" (or "· test"), made unique with "#2", "#3" when names repeat.
 */
export function overlaySeries(runs: readonly RunRecord[], metric: CurveMetric): OverlaySeries[] {
  const seen = new Map<string, number>();
  return runs.flatMap((run) => {
    const count = (seen.get(run.name) ?? 0) + 1;
    seen.set(run.name, count);
    return runSeries(run, metric, count === 1 ? run.name : `${run.name} #${count}`);
  });
}
