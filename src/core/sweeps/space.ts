/**
 * A sweep's search space: which training settings vary, and over what. Each
 * parameter is a list of choices or a range; a range may carry `steps` so a grid
 * search can take evenly spaced points from it.
 */
import { MAX_BATCH_SIZE, OPTIMIZER_KINDS, type OptimizerSettings } from '../training/settings';

/** Activations a sweep may give the hidden layers (the output keeps softmax). */
export type SweepActivation = 'relu' | 'tanh' | 'sigmoid';

/** Every sweepable activation, for menus and validation. */
export const SWEEP_ACTIVATIONS: readonly SweepActivation[] = ['relu', 'tanh', 'sigmoid'];

/** A fixed list of values, tried as they are. */
export interface Choices<T> {
  readonly kind: 'choices';
  readonly values: readonly T[];
}

/** Real numbers from [min, max], uniformly; with `q`, rounded to a multiple of q (W&B's q_uniform). */
export interface UniformRange {
  readonly kind: 'uniform';
  readonly min: number;
  readonly max: number;
  readonly q?: number;
  /** Evenly spaced points, ends included, when searched by grid. */
  readonly steps?: number;
}

/** Positive numbers from [min, max] whose logarithm is uniform (learning rates). */
export interface LogUniformRange {
  readonly kind: 'logUniform';
  readonly min: number;
  readonly max: number;
  /** Points evenly spaced on the log scale, ends included, when searched by grid. */
  readonly steps?: number;
}

/** Whole numbers from min to max inclusive, each equally likely. */
export interface IntRange {
  readonly kind: 'intUniform';
  readonly min: number;
  readonly max: number;
  /** Evenly spaced whole numbers, ends included, when searched by grid. */
  readonly steps?: number;
}

/** Any range. */
export type Range = UniformRange | LogUniformRange | IntRange;

/** Any parameter's domain, seen without its parameter's type. */
export type Domain = Choices<string | number> | Range;

/** The values each parameter takes: the type of one sampled value. */
export interface ParameterValues {
  /** Hidden layers' activation (convs and hidden dense layers). */
  readonly activation: SweepActivation;
  /** One dropout rate for every dropout layer, in [0, 1). */
  readonly dropout: number;
  /** Width of every hidden dense layer (GMNet's U). */
  readonly denseUnits: number;
  /** Initial learning rate. */
  readonly learningRate: number;
  readonly batchSize: number;
  readonly optimizer: OptimizerSettings['kind'];
  /** Share of the coursework augmentation, in [0, 1]: 0 none, 1 the coursework's. */
  readonly augmentation: number;
}

/** Parameter names, in the fixed order every search method and export walks them. */
export type ParameterName = keyof ParameterValues;

/** Every parameter, in that order. */
export const PARAMETER_NAMES: readonly ParameterName[] = ['activation', 'dropout', 'denseUnits', 'learningRate', 'batchSize', 'optimizer', 'augmentation'];

/** The search space: a parameter left out keeps the base settings' value. */
export interface SweepSpace {
  readonly activation?: Choices<SweepActivation>;
  readonly dropout?: Choices<number> | UniformRange;
  readonly denseUnits?: Choices<number> | IntRange;
  readonly learningRate?: Choices<number> | LogUniformRange;
  readonly batchSize?: Choices<number>;
  readonly optimizer?: Choices<OptimizerSettings['kind']>;
  readonly augmentation?: Choices<number> | UniformRange;
}

/** One run's values: one per parameter of the space. */
export type SweepAssignment = { readonly [K in ParameterName]?: ParameterValues[K] };

/** A parameter of a space with its domain. */
export interface SpaceEntry {
  readonly name: ParameterName;
  readonly domain: Domain;
}

/** The space's parameters in PARAMETER_NAMES order. */
export function spaceEntries(space: SweepSpace): SpaceEntry[] {
  return PARAMETER_NAMES.flatMap((name) => {
    const domain: Domain | undefined = space[name];
    return domain ? [{ name, domain }] : [];
  });
}

/**
 * Builds an assignment from (name, value) pairs. The cast is sound when each
 * value comes from its own parameter's domain, which is how the search methods
 * call it; valuesProblems checks assignments that come from elsewhere.
 */
export function assignmentOf(pairs: readonly (readonly [ParameterName, string | number])[]): SweepAssignment {
  return Object.fromEntries(pairs) as SweepAssignment;
}

/** Readable names of the parameters, for messages and charts. */
export const PARAMETER_LABELS: Readonly<Record<ParameterName, string>> = {
  activation: 'activation',
  dropout: 'dropout',
  denseUnits: 'dense width',
  learningRate: 'learning rate',
  batchSize: 'batch size',
  optimizer: 'optimizer',
  augmentation: 'augmentation strength',
};

const isWhole = (value: number): boolean => Number.isInteger(value);

/** Why one value is not allowed for a parameter, or undefined when it is. */
export function valueProblem(name: ParameterName, value: string | number): string | undefined {
  const label = PARAMETER_LABELS[name];
  const number = typeof value === 'number' ? value : Number.NaN;
  const bad = (allowed: string): string => `${label} ${JSON.stringify(value)} is not allowed: ${allowed}.`;
  switch (name) {
    case 'activation':
      return (SWEEP_ACTIVATIONS as readonly (string | number)[]).includes(value) ? undefined : bad(`choose ${SWEEP_ACTIVATIONS.join(', ')}`);
    case 'optimizer':
      return (OPTIMIZER_KINDS as readonly (string | number)[]).includes(value) ? undefined : bad(`choose ${OPTIMIZER_KINDS.join(', ')}`);
    case 'dropout':
      return number >= 0 && number < 1 ? undefined : bad('a rate must be at least 0 and below 1');
    case 'denseUnits':
      return isWhole(number) && number >= 1 && number <= 4096 ? undefined : bad('a width must be a whole number from 1 to 4096');
    case 'learningRate':
      return number >= 1e-8 && number <= 10 ? undefined : bad('a learning rate must be above 0 and at most 10');
    case 'batchSize':
      return isWhole(number) && number >= 1 && number <= MAX_BATCH_SIZE ? undefined : bad(`a batch size must be a whole number from 1 to ${MAX_BATCH_SIZE}`);
    case 'augmentation':
      return number >= 0 && number <= 1 ? undefined : bad('a strength must be from 0 to 1');
  }
}

function rangeProblems(name: ParameterName, range: Range): string[] {
  const label = PARAMETER_LABELS[name];
  const problems: string[] = [];
  if (!Number.isFinite(range.min) || !Number.isFinite(range.max)) return [`The ${label} range needs finite bounds; got ${range.min} to ${range.max}.`];
  if (range.min >= range.max) problems.push(`The ${label} range must have min below max; got ${range.min} to ${range.max}.`);
  if (range.kind === 'logUniform' && range.min <= 0) problems.push(`The ${label} log range must stay above 0; got min ${range.min}.`);
  if (range.kind === 'intUniform' && !(isWhole(range.min) && isWhole(range.max))) problems.push(`The ${label} range must have whole-number bounds; got ${range.min} to ${range.max}.`);
  if (range.kind === 'uniform' && range.q !== undefined && !(range.q > 0 && Number.isFinite(range.q))) problems.push(`The ${label} step q must be above 0; got ${range.q}.`);
  if (range.steps !== undefined && !(isWhole(range.steps) && range.steps >= 2)) problems.push(`The ${label} grid steps must be a whole number of at least 2; got ${range.steps}.`);
  for (const bound of [range.min, range.max]) {
    const problem = valueProblem(name, bound);
    if (problem) problems.push(problem);
  }
  return problems;
}

function choicesProblems(name: ParameterName, choices: Choices<string | number>): string[] {
  const label = PARAMETER_LABELS[name];
  if (choices.values.length === 0) return [`The ${label} choices are empty: give at least one value.`];
  const problems = choices.values.flatMap((value) => valueProblem(name, value) ?? []);
  if (new Set(choices.values).size < choices.values.length) problems.push(`The ${label} choices repeat a value.`);
  return problems;
}

/** Every reason the space cannot be searched, in words; empty when it can. */
export function spaceProblems(space: SweepSpace): string[] {
  const entries = spaceEntries(space);
  if (entries.length === 0) return ['The sweep varies nothing: add at least one parameter.'];
  return entries.flatMap(({ name, domain }) => (domain.kind === 'choices' ? choicesProblems(name, domain) : rangeProblems(name, domain)));
}

/** Why each value of an assignment is not allowed (assignments may come from links or files). */
export function assignmentProblems(assignment: SweepAssignment): string[] {
  return PARAMETER_NAMES.flatMap((name) => {
    const value = assignment[name];
    return value === undefined ? [] : (valueProblem(name, value) ?? []);
  });
}

/** An assignment in words, in parameter order: "activation relu, dropout 0.2, dense width 180". */
export function describeAssignment(assignment: SweepAssignment): string {
  return PARAMETER_NAMES.flatMap((name) => {
    const value = assignment[name];
    return value === undefined ? [] : [`${PARAMETER_LABELS[name]} ${String(value)}`];
  }).join(', ');
}
