/**
 * What a sweep optimises and what it has learnt so far: the metric with its goal,
 * and the finished runs' assignments and values.
 */
import type { SweepAssignment } from './space';

/** Whether higher or lower values of the metric are better (W&B's metric.goal). */
export type Goal = 'maximize' | 'minimize';

/** Metrics a run reports after each epoch, in Keras's (and W&B's) names. */
export type SweepMetricName = 'val_accuracy' | 'val_loss' | 'accuracy' | 'loss';

/** The metric a sweep optimises, e.g. val_accuracy to maximize. */
export interface SweepMetric {
  readonly name: SweepMetricName;
  readonly goal: Goal;
}

/** One finished run of a sweep. */
export interface FinishedRun {
  readonly assignment: SweepAssignment;
  /** The metric at the end of the run; NaN when it has none. */
  readonly value: number;
  /** True when the run diverged (loss not finite, or sitting at chance): it counts as the worst. */
  readonly diverged: boolean;
}

/** Finished runs and how their values are judged. */
export interface SweepHistory {
  readonly goal: Goal;
  readonly runs: readonly FinishedRun[];
}

/**
 * Each run's value turned so that higher is better (negated when minimising).
 * Diverged runs and runs without a finite value get the worst finite score of all
 * runs, diverged ones included (0 when none is finite), so a search learns to
 * avoid them even when a diverged run's last value happened to look good.
 */
export function scores(history: SweepHistory): number[] {
  const sign = history.goal === 'maximize' ? 1 : -1;
  const oriented = history.runs.map((run) => sign * run.value);
  const finite = oriented.filter(Number.isFinite);
  const worst = finite.length > 0 ? Math.min(...finite) : 0;
  return history.runs.map((run, index) => {
    const value = oriented[index] ?? Number.NaN;
    return run.diverged || !Number.isFinite(value) ? worst : value;
  });
}

/** Index of the best run (first among equals), or undefined for an empty history. */
export function bestRunIndex(history: SweepHistory): number | undefined {
  const all = scores(history);
  let best: number | undefined;
  all.forEach((score, index) => {
    if (best === undefined || score > (all[best] ?? -Infinity)) best = index;
  });
  return best;
}
