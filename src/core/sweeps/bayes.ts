/**
 * Bayesian optimisation: the first runs are random; after them, a Gaussian process
 * fitted to the finished runs' scores (see history.ts: diverged runs count as the
 * worst) predicts every candidate of a seeded random batch, and the candidate with
 * the highest expected improvement over the best score so far is proposed.
 */
import { encodeAssignment } from './encode';
import { DEFAULT_GP_OPTIONS, expectedImprovement, fitGaussianProcess, type GpOptions } from './gp';
import { scores, type SweepHistory } from './history';
import { randomAssignment, runRandom, sampleSpace } from './random';
import type { SweepAssignment, SweepSpace } from './space';

/** Settings of the Bayesian search. */
export interface BayesOptions {
  /** Runs drawn at random before the process is trusted. */
  readonly initialRandomRuns: number;
  /** Random candidates scored per proposal. */
  readonly candidates: number;
  /** ξ: expected-improvement margin, as a share of the scores' spread. */
  readonly margin: number;
  readonly gp: GpOptions;
}

/** Defaults: 3 random runs, 512 candidates, ξ = 1 % of the spread. */
export const DEFAULT_BAYES_OPTIONS: BayesOptions = { initialRandomRuns: 3, candidates: 512, margin: 0.01, gp: DEFAULT_GP_OPTIONS };

const SPREAD_FLOOR = 1e-9;

/** The proposal for run `index` given the finished runs; deterministic in (seed, index, history). */
export function bayesAssignment(space: SweepSpace, history: SweepHistory, seed: number, index: number, options: BayesOptions = DEFAULT_BAYES_OPTIONS): SweepAssignment {
  if (history.runs.length < options.initialRandomRuns) return randomAssignment(space, seed, index);
  const values = scores(history);
  const process = fitGaussianProcess(history.runs.map((run) => encodeAssignment(space, run.assignment)), values, options.gp);
  const best = Math.max(...values);
  const margin = options.margin * Math.max(SPREAD_FLOOR, best - Math.min(...values));
  const random = runRandom(seed, index, 1);
  let chosen = sampleSpace(space, random);
  let chosenGain = -Infinity;
  for (let candidate = 0; candidate < options.candidates; candidate += 1) {
    const assignment = candidate === 0 ? chosen : sampleSpace(space, random);
    const { mean, sd } = process.predict(encodeAssignment(space, assignment));
    const gain = expectedImprovement(mean, sd, best, margin);
    if (gain > chosenGain) [chosen, chosenGain] = [assignment, gain];
  }
  return chosen;
}
