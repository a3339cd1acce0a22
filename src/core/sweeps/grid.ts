/**
 * Grid search: every combination of the parameters' values, the first parameter
 * (in PARAMETER_NAMES order) varying slowest, as itertools.product lists them.
 * A range takes part only with a `steps` count (evenly spaced points, ends included).
 */
import { PARAMETER_LABELS, assignmentOf, spaceEntries, type Domain, type SweepAssignment, type SweepSpace } from './space';
import { tidy } from './random';

/** Evenly spaced points from `from` to `to`, ends included. */
function spaced(from: number, to: number, steps: number): number[] {
  return Array.from({ length: steps }, (_, step) => from + ((to - from) * step) / (steps - 1));
}

/** The values a grid tries for one domain; undefined for a range without steps. */
export function gridValues(domain: Domain): readonly (string | number)[] | undefined {
  if (domain.kind === 'choices') return domain.values;
  if (domain.steps === undefined) return undefined;
  switch (domain.kind) {
    case 'uniform':
      return spaced(domain.min, domain.max, domain.steps).map((value) => tidy(domain.q === undefined ? value : Math.round(value / domain.q) * domain.q));
    case 'logUniform':
      return spaced(Math.log(domain.min), Math.log(domain.max), domain.steps).map((value) => tidy(Math.exp(value)));
    case 'intUniform':
      return [...new Set(spaced(domain.min, domain.max, domain.steps).map(Math.round))];
  }
}

/** Why the space cannot be searched by grid (ranges without steps); empty when it can. */
export function gridProblems(space: SweepSpace): string[] {
  return spaceEntries(space).flatMap(({ name, domain }) =>
    gridValues(domain) === undefined ? [`Grid search needs a number of steps for the ${PARAMETER_LABELS[name]} range, or a list of choices.`] : [],
  );
}

function gridAxes(space: SweepSpace): { name: keyof SweepSpace; values: readonly (string | number)[] }[] {
  return spaceEntries(space).map(({ name, domain }) => {
    const values = gridValues(domain);
    if (values === undefined) throw new RangeError(gridProblems(space).join(' '));
    return { name, values };
  });
}

/** How many runs a full grid takes. Throws RangeError when gridProblems is not empty. */
export function gridSize(space: SweepSpace): number {
  return gridAxes(space).reduce((product, axis) => product * axis.values.length, 1);
}

/** The grid's combination number `index` (0-based), or undefined past the last one. */
export function gridAssignment(space: SweepSpace, index: number): SweepAssignment | undefined {
  const axes = gridAxes(space);
  if (!Number.isInteger(index) || index < 0 || index >= gridSize(space)) return undefined;
  let rest = index;
  const pairs = axes.reduceRight<(readonly [keyof SweepSpace, string | number])[]>((found, axis) => {
    const value = axis.values[rest % axis.values.length] ?? axis.values[0] ?? 0;
    rest = Math.floor(rest / axis.values.length);
    return [[axis.name, value], ...found];
  }, []);
  return assignmentOf(pairs);
}
