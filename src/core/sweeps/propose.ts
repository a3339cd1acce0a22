/** One entry point for the three search methods, as W&B's sweep `method` names them. */
import { bayesAssignment } from './bayes';
import { gridAssignment } from './grid';
import type { SweepHistory } from './history';
import { randomAssignment } from './random';
import type { SweepAssignment, SweepSpace } from './space';

/** How the next run's parameters are chosen. */
export type SearchMethod = 'grid' | 'random' | 'bayes';

/** Every search method, for menus. */
export const SEARCH_METHODS: readonly SearchMethod[] = ['grid', 'random', 'bayes'];

/**
 * The assignment for run `index` (0-based). Grid ignores the history and returns
 * undefined once every combination has been proposed; random ignores it too; bayes
 * uses it (finished runs only). Same arguments, same answer.
 */
export function proposeNext(space: SweepSpace, method: SearchMethod, history: SweepHistory, seed: number, index: number): SweepAssignment | undefined {
  switch (method) {
    case 'grid':
      return gridAssignment(space, index);
    case 'random':
      return randomAssignment(space, seed, index);
    case 'bayes':
      return bayesAssignment(space, history, seed, index);
  }
}
