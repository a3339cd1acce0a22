/**
 * The sweep form's values as typed (text for lists and bounds, so a half-typed
 * value is kept as it is) and their reading into a SweepConfig. Which parameters
 * may be a range, and of which kind, is fixed by SweepSpace: dropout and
 * augmentation uniform, dense width whole numbers, learning rate on a log scale.
 */
import type { TrainingSettings } from '../training/settings';
import type { SweepConfig } from './config';
import type { Goal, SweepMetricName } from './history';
import type { SearchMethod } from './propose';
import { PARAMETER_LABELS, PARAMETER_NAMES, spaceEntries, type Domain, type ParameterName, type SweepSpace } from './space';

/** Parameters that may be given as a range, and its kind. */
export const RANGE_KINDS: Readonly<Partial<Record<ParameterName, 'uniform' | 'logUniform' | 'intUniform'>>> = {
  dropout: 'uniform',
  denseUnits: 'intUniform',
  learningRate: 'logUniform',
  augmentation: 'uniform',
};

/** Parameters whose values are names, not numbers. */
const NAMED: readonly ParameterName[] = ['activation', 'optimizer'];

/** One parameter as the form edits it. */
export interface ParameterDraft {
  /** Not swept (the base's value), a list of choices, or a range. */
  readonly mode: 'fixed' | 'choices' | 'range';
  /** Comma-separated values. */
  readonly choices: string;
  readonly min: string;
  readonly max: string;
  /** Points a grid search takes from the range ('' = none). */
  readonly steps: string;
}

/** The whole form. */
export interface SweepDraft {
  readonly label: string;
  readonly note: string;
  readonly base: TrainingSettings;
  readonly method: SearchMethod;
  readonly metric: SweepMetricName;
  readonly goal: Goal;
  readonly runCap: number;
  readonly seed: number;
  readonly earlyStopping: boolean;
  readonly minEpochs: number;
  readonly eta: number;
  readonly parameters: Readonly<Record<ParameterName, ParameterDraft>>;
}

const FIXED: ParameterDraft = { mode: 'fixed', choices: '', min: '', max: '', steps: '' };

function parameterDraft(domain: Domain | undefined): ParameterDraft {
  if (!domain) return FIXED;
  if (domain.kind === 'choices') return { ...FIXED, mode: 'choices', choices: domain.values.join(', ') };
  return { mode: 'range', choices: '', min: String(domain.min), max: String(domain.max), steps: domain.steps === undefined ? '' : String(domain.steps) };
}

/** The form filled from a sweep config (a preset). */
export function draftFromConfig(config: SweepConfig): SweepDraft {
  const parameters = Object.fromEntries(PARAMETER_NAMES.map((name) => [name, parameterDraft(config.space[name])])) as Record<ParameterName, ParameterDraft>;
  const stop = config.earlyTerminate;
  return {
    label: config.label, note: config.note, base: config.base, method: config.method, metric: config.metric.name, goal: config.metric.goal,
    runCap: config.runCap, seed: config.seed, earlyStopping: stop !== undefined, minEpochs: stop?.minEpochs ?? 1, eta: stop?.eta ?? 3, parameters,
  };
}

/** A number typed in the form: '' and text that is not a number give NaN (reported by the checks). */
const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

function choicesDomain(name: ParameterName, text: string): Domain | string {
  const items = text.split(',').map((item) => item.trim()).filter((item) => item !== '');
  if (NAMED.includes(name)) return { kind: 'choices', values: items };
  const notNumbers = items.filter((item) => !Number.isFinite(Number(item)));
  if (notNumbers.length > 0) return `The ${PARAMETER_LABELS[name]} choices must be numbers; got ${notNumbers.join(', ')}.`;
  return { kind: 'choices', values: items.map(Number) };
}

function rangeDomain(name: ParameterName, draft: ParameterDraft): Domain | string {
  const kind = RANGE_KINDS[name];
  if (!kind) return `The ${PARAMETER_LABELS[name]} takes a list of choices, not a range.`;
  const steps = draft.steps.trim() === '' ? undefined : numberOf(draft.steps);
  return { kind, min: numberOf(draft.min), max: numberOf(draft.max), ...(steps !== undefined && { steps }) };
}

/** The space the form describes, and the form's own problems (a range where only choices are allowed). */
export function draftSpace(draft: SweepDraft): { space: SweepSpace; problems: string[] } {
  const problems: string[] = [];
  const entries = PARAMETER_NAMES.flatMap((name) => {
    const parameter = draft.parameters[name];
    if (parameter.mode === 'fixed') return [];
    const domain = parameter.mode === 'choices' ? choicesDomain(name, parameter.choices) : rangeDomain(name, parameter);
    if (typeof domain === 'string') problems.push(domain);
    return typeof domain === 'string' ? [] : [[name, domain] as const];
  });
  return { space: Object.fromEntries(entries) as SweepSpace, problems };
}

/** The config the form describes, with the form's own problems (sweepProblems adds the rest). */
export function draftConfig(draft: SweepDraft, id: string): { config: SweepConfig; problems: string[] } {
  const { space, problems } = draftSpace(draft);
  const earlyTerminate = draft.earlyStopping ? { minEpochs: draft.minEpochs, eta: draft.eta, maxEpochs: draft.base.epochs } : undefined;
  const config: SweepConfig = {
    id, label: draft.label, note: draft.note, base: draft.base, space, method: draft.method,
    metric: { name: draft.metric, goal: draft.goal }, runCap: draft.runCap, seed: draft.seed, earlyTerminate,
  };
  return { config, problems };
}

/** The swept parameters of a config, in order. */
export const sweptParameters = (config: SweepConfig): ParameterName[] => spaceEntries(config.space).map((entry) => entry.name);
