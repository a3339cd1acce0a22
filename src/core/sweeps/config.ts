/**
 * A whole sweep: the base settings, the space, the search method, the metric, a
 * run cap and optional Hyperband early stopping. What the sweep UI edits, the
 * worker runs, and wandb-yaml.ts exports.
 */
import { trainingSettingsProblems, type TrainingSettings } from '../training/settings';
import { applyAssignment } from './apply';
import { gridProblems, gridSize } from './grid';
import type { SweepMetric } from './history';
import { hyperbandProblems, type HyperbandSettings } from './hyperband';
import type { SearchMethod } from './propose';
import { assignmentOf, spaceEntries, spaceProblems, type SweepSpace } from './space';

/** Everything that defines a sweep; the same config proposes the same runs. */
export interface SweepConfig {
  /** Short identifier, used in file names and links. */
  readonly id: string;
  readonly label: string;
  /** How it differs from the original it reproduces, in words shown beside it. */
  readonly note: string;
  /** Settings every run starts from; the space's parameters replace theirs. */
  readonly base: TrainingSettings;
  readonly space: SweepSpace;
  readonly method: SearchMethod;
  readonly metric: SweepMetric;
  /** Most runs to make (a grid also ends when every combination has run). */
  readonly runCap: number;
  /** Seeds the search's choices; each run trains with base.seed. */
  readonly seed: number;
  /** Stop poor runs early at Hyperband rungs; undefined = every run trains all its epochs. */
  readonly earlyTerminate?: HyperbandSettings | undefined;
}

/** Runs the sweep will make: the run cap, or fewer for a smaller grid. */
export function plannedRuns(config: SweepConfig): number {
  return config.method === 'grid' && gridProblems(config.space).length === 0 ? Math.min(config.runCap, gridSize(config.space)) : config.runCap;
}

/**
 * Problems of the base settings with each choice or range end applied alone (a
 * batch size larger than the training set, say), each reported once.
 */
function appliedProblems(config: SweepConfig): string[] {
  const extremes = spaceEntries(config.space).flatMap(({ name, domain }) =>
    (domain.kind === 'choices' ? domain.values : [domain.min, domain.max]).map((value) => assignmentOf([[name, value]])),
  );
  return [...new Set(extremes.flatMap((assignment) => trainingSettingsProblems(applyAssignment(config.base, assignment))))];
}

/** Every reason the sweep cannot run, in words; empty when it can. */
export function sweepProblems(config: SweepConfig): string[] {
  const problems = [...trainingSettingsProblems(config.base), ...spaceProblems(config.space)];
  if (config.method === 'grid') problems.push(...gridProblems(config.space));
  if (!Number.isInteger(config.runCap) || config.runCap < 1) problems.push(`The run cap must be a whole number ≥ 1; got ${config.runCap}.`);
  if (config.earlyTerminate) problems.push(...hyperbandProblems(config.earlyTerminate));
  if (config.earlyTerminate && config.earlyTerminate.maxEpochs !== config.base.epochs) {
    problems.push(`Early stopping plans for ${config.earlyTerminate.maxEpochs} epochs but runs train ${config.base.epochs}.`);
  }
  return problems.length > 0 ? problems : appliedProblems(config);
}
