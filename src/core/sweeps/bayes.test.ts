import { describe, expect, it } from 'vitest';
import { bayesAssignment } from './bayes';
import type { FinishedRun, SweepHistory } from './history';
import { proposeNext } from './propose';
import { randomAssignment } from './random';
import type { SweepAssignment, SweepSpace } from './space';

const space: SweepSpace = {
  dropout: { kind: 'uniform', min: 0, max: 0.9 },
  learningRate: { kind: 'logUniform', min: 1e-4, max: 1 },
};

/** A made-up accuracy with its peak at dropout 0.3, learning rate 0.003; above 0.3 the run diverges. */
function train(assignment: SweepAssignment): FinishedRun {
  const { dropout = 0, learningRate = 1 } = assignment;
  const diverged = learningRate > 0.3;
  const value = diverged ? 0.1 : 1 - (dropout - 0.3) ** 2 - 0.05 * Math.log10(learningRate / 0.003) ** 2;
  return { assignment, value, diverged };
}

function sweep(method: 'random' | 'bayes', runs: number, seed: number): FinishedRun[] {
  const finished: FinishedRun[] = [];
  for (let index = 0; index < runs; index += 1) {
    const history: SweepHistory = { goal: 'maximize', runs: finished };
    const assignment = proposeNext(space, method, history, seed, index);
    if (assignment) finished.push(train(assignment));
  }
  return finished;
}

const best = (runs: readonly FinishedRun[]): number => Math.max(...runs.map((run) => run.value));

describe('Bayesian optimisation', () => {
  it('starts random', () => {
    expect(bayesAssignment(space, { goal: 'maximize', runs: [] }, 5, 0)).toEqual(randomAssignment(space, 5, 0));
  });

  it('is deterministic', () => {
    expect(sweep('bayes', 8, 11)).toEqual(sweep('bayes', 8, 11));
  });

  it('finds a better run than random search with the same budget, over several seeds', () => {
    const seeds = [1, 2, 3, 4, 5];
    const bayes = seeds.map((seed) => best(sweep('bayes', 12, seed)));
    const random = seeds.map((seed) => best(sweep('random', 12, seed)));
    const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean(bayes)).toBeGreaterThan(mean(random));
    expect(Math.min(...bayes)).toBeGreaterThan(0.95);
  });

  it('minimises when asked', () => {
    const runs: FinishedRun[] = [0.1, 0.5, 0.8].map((dropout) => ({ assignment: { dropout, learningRate: 0.01 }, value: dropout, diverged: false }));
    const next = bayesAssignment({ dropout: space.dropout ?? { kind: 'choices', values: [0] } }, { goal: 'minimize', runs }, 3, 3);
    expect(next.dropout).toBeLessThan(0.35);
  });
});
