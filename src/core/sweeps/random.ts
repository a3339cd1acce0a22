/**
 * Random search: each run's assignment drawn independently from the space, from a
 * generator seeded by the sweep's seed and the run's index, so run i of a sweep is
 * the same whatever happened to runs before it.
 */
import { createRandom, type Random } from '../util/random';
import { assignmentOf, spaceEntries, type Domain, type SweepAssignment, type SweepSpace } from './space';

/** Removes binary floating-point noise such as 0.30000000000000004 (12 significant digits kept). */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** A generator for one (seed, index, purpose) triple: different purposes never share draws. */
export function runRandom(seed: number, index: number, purpose = 0): Random {
  const mixed = (Math.imul(seed >>> 0, 0x85ebca6b) ^ Math.imul(index + 1, 0x9e3779b9) ^ Math.imul(purpose + 1, 0xc2b2ae35)) >>> 0;
  return createRandom(mixed);
}

/** One value from a domain: choices uniformly, ranges by their distribution. */
export function sampleDomain(domain: Domain, random: Random): string | number {
  switch (domain.kind) {
    case 'choices': {
      const value = domain.values[random.nextInt(domain.values.length)];
      if (value === undefined) throw new RangeError('Cannot sample from empty choices.');
      return value;
    }
    case 'uniform': {
      const value = domain.min + random.next() * (domain.max - domain.min);
      return tidy(domain.q === undefined ? value : Math.round(value / domain.q) * domain.q);
    }
    case 'logUniform':
      return tidy(Math.exp(Math.log(domain.min) + random.next() * (Math.log(domain.max) - Math.log(domain.min))));
    case 'intUniform':
      return domain.min + random.nextInt(domain.max - domain.min + 1);
  }
}

/** One assignment from the space with the given generator. */
export function sampleSpace(space: SweepSpace, random: Random): SweepAssignment {
  return assignmentOf(spaceEntries(space).map(({ name, domain }) => [name, sampleDomain(domain, random)] as const));
}

/** Random search's assignment for run `index` (0-based) of a sweep seeded `seed`. */
export function randomAssignment(space: SweepSpace, seed: number, index: number): SweepAssignment {
  return sampleSpace(space, runRandom(seed, index));
}
