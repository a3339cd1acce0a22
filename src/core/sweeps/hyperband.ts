/**
 * Early stopping of poor runs by successive halving, as W&B's hyperband
 * early_terminate does it (min_iter, eta): rungs at minEpochs·eta^k epochs; at a
 * rung, the values every run had there are sorted best first, the one at position
 * ⌊n / eta⌋ is the threshold, and a run worse than it stops, so about the best 1/eta
 * go on. Reference: wandb/sweeps, src/sweeps/hyperband_stopping.py
 * (https://github.com/wandb/sweeps), after Li et al., Hyperband, https://arxiv.org/abs/1603.06560.
 * One difference: W&B indexes a run's logged history from 0, so its band b reads the
 * (b+1)-th logged value; here rung e reads the value after epoch e.
 */
import type { Goal } from './history';

/** W&B's default eta: keep about a third of the runs at each rung. */
export const DEFAULT_ETA = 3;

/** Settings as a sweep states them. */
export interface HyperbandSettings {
  /** First rung, in epochs (W&B's min_iter). */
  readonly minEpochs: number;
  /** Rungs are eta times apart, and about 1/eta of the runs pass each. */
  readonly eta: number;
  /** Epochs a full run trains: rungs stop before it. */
  readonly maxEpochs: number;
}

/** The rung epochs and eta, ready for shouldStop. */
export interface HyperbandPlan {
  /** Epoch numbers (1-based, ascending) after which runs are judged. */
  readonly rungs: readonly number[];
  readonly eta: number;
}

/** Why the settings cannot be used; empty when they can. */
export function hyperbandProblems(settings: HyperbandSettings): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(settings.minEpochs) || settings.minEpochs < 1) problems.push(`The first rung must be a whole number of epochs ≥ 1; got ${settings.minEpochs}.`);
  if (!(Number.isFinite(settings.eta) && settings.eta > 1)) problems.push(`eta must be above 1; got ${settings.eta}.`);
  if (problems.length === 0 && settings.minEpochs >= settings.maxEpochs) problems.push(`The first rung (${settings.minEpochs} epochs) must come before the last epoch (${settings.maxEpochs}), or no run is ever judged.`);
  return problems;
}

/** Rungs minEpochs·eta^k (rounded down, as W&B's int()) below maxEpochs. */
export function hyperbandPlan(settings: HyperbandSettings): HyperbandPlan {
  if (hyperbandProblems(settings).length > 0) throw new RangeError(hyperbandProblems(settings).join(' '));
  const rungs: number[] = [];
  for (let rung = settings.minEpochs; Math.floor(rung) < settings.maxEpochs; rung *= settings.eta) rungs.push(Math.floor(rung));
  return { rungs: [...new Set(rungs)], eta: settings.eta };
}

/** The decision after one epoch of a run. */
export interface HyperbandVerdict {
  readonly stop: boolean;
  /** The rung judged at this epoch, or undefined when the epoch is not a rung. */
  readonly rungEpoch: number | undefined;
  /** The value a run needed at that rung. */
  readonly threshold: number | undefined;
  /** Why the run stops, in words; undefined when it goes on. */
  readonly reason: string | undefined;
}

const GO_ON: HyperbandVerdict = { stop: false, rungEpoch: undefined, threshold: undefined, reason: undefined };

/** Oriented so that higher is better; a missing or non-finite value is the worst. */
const oriented = (goal: Goal, value: number | undefined): number => (value === undefined || !Number.isFinite(value) ? -Infinity : goal === 'maximize' ? value : -value);

/**
 * Whether a run stops after its latest epoch. `run` holds its metric after each
 * epoch so far (run[e − 1] after epoch e); `others` the same for the sweep's other
 * runs, finished, stopped or running. Only the epoch run.length is judged, and only
 * if it is a rung: its value is compared with the threshold among every run that
 * reached that rung, this one included.
 */
export function shouldStop(plan: HyperbandPlan, goal: Goal, others: readonly (readonly number[])[], run: readonly number[]): HyperbandVerdict {
  const epoch = run.length;
  if (!plan.rungs.includes(epoch)) return GO_ON;
  const atRung = [run, ...others].filter((values) => values.length >= epoch).map((values) => values[epoch - 1]);
  const bestFirst = atRung.map((value) => oriented(goal, value)).sort((a, b) => b - a);
  const cut = bestFirst[Math.floor(bestFirst.length / plan.eta)] ?? -Infinity;
  const threshold = goal === 'maximize' ? cut : -cut;
  const own = oriented(goal, run[epoch - 1]);
  if (own >= cut && own > -Infinity) return { stop: false, rungEpoch: epoch, threshold, reason: undefined };
  const reason = `Stopped after epoch ${epoch}: ${String(run[epoch - 1])} is ${goal === 'maximize' ? 'below' : 'above'} ${String(threshold)}, the mark for the best 1/${plan.eta} of the ${atRung.length} runs that reached this epoch.`;
  return { stop: true, rungEpoch: epoch, threshold, reason };
}
