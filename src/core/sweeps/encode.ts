/**
 * Assignments as points of the unit cube, for the Gaussian process and for
 * importance: ranges normalised to [0, 1] (on the log scale for log ranges),
 * numeric choices by rank (0 for the smallest, 1 for the largest), and text
 * choices (activation, optimizer) one-hot, one coordinate per choice.
 */
import { spaceEntries, type Domain, type SweepAssignment, type SweepSpace } from './space';

const unit = (value: number): number => Math.min(1, Math.max(0, value));

/** True when a domain's choices are names rather than numbers: encoded one-hot. */
export function isCategorical(domain: Domain): boolean {
  return domain.kind === 'choices' && domain.values.some((value) => typeof value === 'string');
}

/** How many coordinates a domain takes. */
export function encodedWidth(domain: Domain): number {
  return domain.kind === 'choices' && isCategorical(domain) ? domain.values.length : 1;
}

/** Rank of a numeric choice among the sorted choices, scaled to [0, 1]; 0.5 if it is not one of them. */
function rankOf(values: readonly (string | number)[], value: string | number | undefined): number {
  const sorted = [...values].map(Number).sort((a, b) => a - b);
  const rank = sorted.indexOf(Number(value));
  if (rank < 0) return 0.5;
  return sorted.length > 1 ? rank / (sorted.length - 1) : 0.5;
}

/**
 * One domain's coordinates for a value. A value the domain does not hold (from an
 * older space) gets the middle (0.5) or, one-hot, all zeros.
 */
export function encodeValue(domain: Domain, value: string | number | undefined): number[] {
  switch (domain.kind) {
    case 'choices':
      return isCategorical(domain) ? domain.values.map((choice) => (choice === value ? 1 : 0)) : [rankOf(domain.values, value)];
    case 'uniform':
    case 'intUniform':
      return typeof value === 'number' ? [unit((value - domain.min) / (domain.max - domain.min))] : [0.5];
    case 'logUniform':
      return typeof value === 'number' && value > 0 ? [unit(Math.log(value / domain.min) / Math.log(domain.max / domain.min))] : [0.5];
  }
}

/** An assignment as a point of [0, 1]^d, d the sum of the domains' widths. */
export function encodeAssignment(space: SweepSpace, assignment: SweepAssignment): number[] {
  return spaceEntries(space).flatMap(({ name, domain }) => encodeValue(domain, assignment[name]));
}
