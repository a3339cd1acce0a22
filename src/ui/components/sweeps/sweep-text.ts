import type { SweepRunStatus, SweepStatus } from '../../../core/sweeps/record';
import { PARAMETER_NAMES, type ParameterName, type SweepAssignment } from '../../../core/sweeps/space';
import type { MessageKey, Translator } from '../../i18n/messages';
import type { SweepSource } from '../../state/sweeps';

/** The message key of each parameter's name. */
export const PARAMETER_KEYS = {
  activation: 'sweeps.param.activation',
  dropout: 'sweeps.param.dropout',
  denseUnits: 'sweeps.param.denseUnits',
  learningRate: 'sweeps.param.learningRate',
  batchSize: 'sweeps.param.batchSize',
  optimizer: 'sweeps.param.optimizer',
  augmentation: 'sweeps.param.augmentation',
} as const satisfies Readonly<Record<ParameterName, MessageKey>>;

const SOURCE_KEYS: Readonly<Record<string, 'sweeps.source.gmnet-sweep' | 'sweeps.source.quick-demo' | 'sweeps.source.training-form'>> = {
  'gmnet-sweep': 'sweeps.source.gmnet-sweep',
  'quick-demo': 'sweeps.source.quick-demo',
  'training-form': 'sweeps.source.training-form',
};

/** A sweep source's name in the UI language (a preset without a translation keeps its own label). */
export function sourceLabel(t: Translator, source: SweepSource, fallback: string): string {
  const key = SOURCE_KEYS[source];
  return key ? t(key) : fallback;
}

/** A parameter value as the UI shows it (numbers with the language's separators). */
export const valueText = (t: Translator, value: string | number | undefined): string => (value === undefined ? '–' : typeof value === 'number' ? t.number(value) : value);

/** A metric value with four decimals, or a dash when there is none. */
export const metricText = (t: Translator, value: number): string => (Number.isFinite(value) ? t.fixed(value, 4) : '–');

/** An assignment in words: "Learning rate 0.001, Dropout 0.2". */
export function assignmentText(t: Translator, assignment: SweepAssignment): string {
  return PARAMETER_NAMES.flatMap((name) => (assignment[name] === undefined ? [] : [`${t(PARAMETER_KEYS[name])} ${valueText(t, assignment[name])}`])).join(', ');
}

/** A run's status in words. */
export const runStatusText = (t: Translator, status: SweepRunStatus): string => t(`sweeps.run.${status}`);

/** A sweep's status in one word. */
export const sweepStatusText = (t: Translator, status: SweepStatus): string => t(`sweeps.status.${status}`);
