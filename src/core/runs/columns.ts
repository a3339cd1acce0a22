/**
 * The run table's columns, one list driving both sorting in the history table and
 * the CSV export, so the two never disagree about what a column holds.
 */
import { DATASETS } from '../datasets/catalog';
import { augmentationOn, finalEpoch, optimizerName } from './describe';
import type { RunRecord } from './record';

/** A cell: numbers sort as numbers, text as text; undefined = no value (sorts last). */
export type RunCell = string | number | undefined;

/** Every column id, in table and CSV order. */
export type RunColumnId =
  | 'name' | 'status' | 'dataset' | 'network' | 'params' | 'epochs' | 'plannedEpochs' | 'batchSize' | 'optimizer'
  | 'learningRate' | 'seed' | 'augmentation' | 'trainAccuracy' | 'trainLoss' | 'valAccuracy' | 'valLoss' | 'heldOutSource'
  | 'testAccuracy' | 'testPrecision' | 'testRecall' | 'testF1' | 'durationSeconds' | 'tags' | 'createdAt';

/** One column: its header and how to read its value from a run. */
export interface RunColumn {
  readonly id: RunColumnId;
  /** Header text (CSV and table). */
  readonly label: string;
  readonly value: (run: RunRecord) => RunCell;
  /** Text of a defined value when String(value) will not do. */
  readonly text?: (value: string | number) => string;
}

const col = (id: RunColumnId, label: string, value: (run: RunRecord) => RunCell, text?: (value: string | number) => string): RunColumn =>
  (text ? { id, label, value, text } : { id, label, value });

/** The columns in order; test scores are sklearn's weighted averages. */
export const RUN_COLUMNS: readonly RunColumn[] = [
  col('name', 'name', (run) => run.name),
  col('status', 'status', (run) => run.status),
  col('dataset', 'dataset', (run) => DATASETS[run.settings.dataset].label),
  col('network', 'network', (run) => run.settings.network.name),
  col('params', 'params', (run) => run.params.total),
  col('epochs', 'epochs trained', (run) => run.epochs.length),
  col('plannedEpochs', 'epochs planned', (run) => run.settings.epochs),
  col('batchSize', 'batch', (run) => run.settings.batchSize),
  col('optimizer', 'optimizer', (run) => optimizerName(run.settings.optimizer)),
  col('learningRate', 'learning rate', (run) => run.settings.learningRate),
  col('seed', 'seed', (run) => run.settings.seed),
  col('augmentation', 'augmentation', (run) => (augmentationOn(run.settings) ? 'on' : 'off')),
  col('trainAccuracy', 'train accuracy', (run) => finalEpoch(run)?.accuracy),
  col('trainLoss', 'train loss', (run) => finalEpoch(run)?.loss),
  col('valAccuracy', 'val accuracy', (run) => finalEpoch(run)?.valAccuracy),
  col('valLoss', 'val loss', (run) => finalEpoch(run)?.valLoss),
  col('heldOutSource', 'val measured on', (run) => finalEpoch(run)?.heldOutSource),
  col('testAccuracy', 'test accuracy', (run) => run.test?.accuracy),
  col('testPrecision', 'test precision (weighted)', (run) => run.test?.weighted.precision),
  col('testRecall', 'test recall (weighted)', (run) => run.test?.weighted.recall),
  col('testF1', 'test F1 (weighted)', (run) => run.test?.weighted.f1),
  col('durationSeconds', 'duration s', (run) => Math.round(run.durationMs / 100) / 10),
  col('tags', 'tags', (run) => run.tags.join('; ')),
  col('createdAt', 'created', (run) => run.createdAt, (value) => new Date(value).toISOString()),
];

/** The column with this id. */
export function runColumn(id: RunColumnId): RunColumn {
  const found = RUN_COLUMNS.find((column) => column.id === id);
  if (!found) throw new Error(`No run column ${id}`);
  return found;
}

/** A cell as text: '' when empty. */
export function cellText(column: RunColumn, run: RunRecord): string {
  const value = column.value(run);
  if (value === undefined) return '';
  return column.text ? column.text(value) : String(value);
}
