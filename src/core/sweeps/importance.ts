/**
 * How much each swept parameter seems to matter for the metric, from the finished
 * runs alone. Two plain measures, both honest about what a handful of runs can say:
 * - correlation: Pearson's r between the parameter and the metric. Numbers enter as
 *   encode.ts places them (ranges normalised, log ranges on the log scale, numeric
 *   choices by rank); a named choice (activation, optimizer) is one-hot, and the
 *   choice with the strongest r is reported with it.
 * - importance: the share of the metric's variance explained by grouping the runs
 *   by the parameter's value (η², the correlation ratio): choices group by value,
 *   ranges by quartile of rank. It sees non-monotonic effects that r misses, but it
 *   flatters a parameter whose groups hold one run each (each explains itself), so
 *   read it next to `runs` and the number of groups.
 * Diverged runs enter with the worst value (see history.ts).
 */
import { encodeValue, isCategorical } from './encode';
import { scores, type SweepHistory } from './history';
import { spaceEntries, type Domain, type ParameterName, type SweepSpace } from './space';

/** One parameter's measures. */
export interface ParameterImportance {
  readonly name: ParameterName;
  /** Pearson's r with the metric in [−1, 1]; undefined when the parameter or metric never varied. */
  readonly correlation: number | undefined;
  /** For a named choice: the choice whose one-hot column gave `correlation`. */
  readonly strongestChoice: string | undefined;
  /** η² in [0, 1]: share of the metric's variance between the parameter's groups; undefined as above. */
  readonly importance: number | undefined;
  /** Runs that had a value for this parameter. */
  readonly runs: number;
  /** Groups the runs fell into for η². */
  readonly groups: number;
}

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

/** Pearson's r, or undefined when either side has no variance. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | undefined {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, index) => {
    const y = ys[index] ?? my;
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  });
  return sxx > 1e-24 && syy > 1e-24 ? sxy / Math.sqrt(sxx * syy) : undefined;
}

/** η²: between-group sum of squares over the total; undefined when the values never vary. */
export function correlationRatio(groups: readonly number[], ys: readonly number[]): number | undefined {
  const overall = mean(ys);
  const total = ys.reduce((sum, y) => sum + (y - overall) ** 2, 0);
  if (total <= 1e-24) return undefined;
  const members = new Map<number, number[]>();
  ys.forEach((y, index) => {
    const group = groups[index] ?? 0;
    members.set(group, [...(members.get(group) ?? []), y]);
  });
  const between = [...members.values()].reduce((sum, values) => sum + values.length * (mean(values) - overall) ** 2, 0);
  return between / total;
}

/** Group number per run: the choice's index, or the quartile of the value's rank for a range. */
function groupsOf(domain: Domain, values: readonly (string | number)[]): number[] {
  if (domain.kind === 'choices') return values.map((value) => domain.values.indexOf(value));
  const order = values.map((value, index) => ({ value: Number(value), index })).sort((a, b) => a.value - b.value);
  const groups = new Array<number>(values.length).fill(0);
  order.forEach(({ index }, rank) => {
    groups[index] = Math.floor((4 * rank) / values.length);
  });
  return groups;
}

function strongestColumn(domain: Domain, values: readonly (string | number)[], ys: readonly number[]): { correlation: number | undefined; choice: string | undefined } {
  const columns = values.map((value) => encodeValue(domain, value));
  const width = columns[0]?.length ?? 0;
  let found: { correlation: number | undefined; choice: string | undefined } = { correlation: undefined, choice: undefined };
  for (let column = 0; column < width; column += 1) {
    const r = pearson(columns.map((row) => row[column] ?? 0), ys);
    if (r !== undefined && (found.correlation === undefined || Math.abs(r) > Math.abs(found.correlation))) {
      found = { correlation: r, choice: domain.kind === 'choices' && isCategorical(domain) ? String(domain.values[column]) : undefined };
    }
  }
  return found;
}

/**
 * Every parameter of the space with its correlation and importance, the most
 * important first (parameters that never varied last). Values are the metric's
 * own (not negated when minimising), so r's sign reads "higher value, higher metric".
 */
export function parameterImportance(space: SweepSpace, history: SweepHistory): ParameterImportance[] {
  const sign = history.goal === 'maximize' ? 1 : -1;
  const metric = scores(history).map((score) => sign * score);
  const results = spaceEntries(space).map(({ name, domain }): ParameterImportance => {
    const rows = history.runs.flatMap((run, index) => {
      const value = run.assignment[name];
      return value === undefined ? [] : [{ value, y: metric[index] ?? 0 }];
    });
    const values = rows.map((row) => row.value);
    const ys = rows.map((row) => row.y);
    const groups = groupsOf(domain, values);
    const { correlation, choice } = strongestColumn(domain, values, ys);
    return { name, correlation, strongestChoice: choice, importance: correlationRatio(groups, ys), runs: rows.length, groups: new Set(groups).size };
  });
  return results.sort((a, b) => (b.importance ?? -1) - (a.importance ?? -1));
}
