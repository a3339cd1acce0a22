import { InputError } from '../data/errors';

/** A bad command-line option; commands print their usage after its message. */
export class OptionError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'OptionError';
  }
}

/** Flags a command accepts: `string` flags take a value, `boolean` flags do not. */
export type FlagTable = Readonly<Record<string, 'string' | 'boolean'>>;

/** Parsed flags: the value of each given string flag, `true` for each given boolean flag. */
export type FlagValues = ReadonlyMap<string, string | true>;

/**
 * Reads `--flag value`, `--flag=value` and boolean `--flag` arguments. An unknown
 * flag, a missing value, a repeated flag or a stray positional argument throws an
 * OptionError naming it and what is allowed.
 */
export function readFlags(argv: readonly string[], table: FlagTable): FlagValues {
  const values = new Map<string, string | true>();
  const known = Object.keys(table).map((name) => `--${name}`).join(', ');
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i] ?? '';
    if (!argument.startsWith('--') || argument === '--') throw new OptionError(`Unexpected argument "${argument}": options are written --name value. Allowed: ${known}.`);
    const equals = argument.indexOf('=');
    const name = argument.slice(2, equals === -1 ? undefined : equals);
    const kind = table[name];
    if (kind === undefined) throw new OptionError(`Unknown option --${name}. Allowed: ${known}.`);
    if (values.has(name)) throw new OptionError(`--${name} is given twice; give it once.`);
    if (kind === 'boolean') {
      if (equals !== -1) throw new OptionError(`--${name} takes no value; got "${argument.slice(equals + 1)}".`);
      values.set(name, true);
      continue;
    }
    const value = equals === -1 ? argv[i + 1] : argument.slice(equals + 1);
    if (value === undefined || (equals === -1 && value.startsWith('--'))) throw new OptionError(`--${name} needs a value.`);
    if (value.trim() === '') throw new OptionError(`--${name} needs a value; got an empty one.`);
    if (equals === -1) i += 1;
    values.set(name, value);
  }
  return values;
}

/** A string flag's value, or undefined when absent. */
export function stringFlag(values: FlagValues, name: string): string | undefined {
  const value = values.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** A flag whose value must be one of `allowed`; undefined when absent. */
export function choiceFlag<T extends string>(values: FlagValues, name: string, allowed: readonly T[]): T | undefined {
  const value = stringFlag(values, name);
  if (value === undefined) return undefined;
  const found = allowed.find((choice) => choice === value);
  if (found === undefined) throw new OptionError(`--${name} "${value}" is not allowed; use one of ${allowed.join(', ')}.`);
  return found;
}

/** Bounds and kind of a numeric flag. */
export interface NumberRule {
  readonly integer?: boolean;
  /** Inclusive lower bound. */
  readonly min?: number;
  /** Inclusive upper bound. */
  readonly max?: number;
  /** Exclusive upper bound (for rates below 1). */
  readonly below?: number;
}

function describeRule(rule: NumberRule): string {
  const kind = rule.integer ? 'a whole number' : 'a number';
  const low = rule.min === undefined ? '' : ` from ${rule.min}`;
  const high = rule.max !== undefined ? ` to ${rule.max}` : rule.below !== undefined ? ` up to (not including) ${rule.below}` : '';
  return `${kind}${low}${high}`;
}

/**
 * A numeric flag, in plain decimal or exponent notation (1e-3); undefined when
 * absent. Text that is not a number, a fraction where a whole number is needed,
 * or a value outside the rule's bounds throws an OptionError.
 */
export function numberFlag(values: FlagValues, name: string, rule: NumberRule = {}): number | undefined {
  const text = stringFlag(values, name);
  if (text === undefined) return undefined;
  const value = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim()) ? Number(text) : NaN;
  const inRange = (rule.min === undefined || value >= rule.min) && (rule.max === undefined || value <= rule.max) && (rule.below === undefined || value < rule.below);
  if (!Number.isFinite(value) || (rule.integer === true && !Number.isInteger(value)) || !inRange) {
    throw new OptionError(`--${name} "${text}" is not allowed; use ${describeRule(rule)}.`);
  }
  return value;
}

/** Throws when `name` was given although it means nothing in this combination. */
export function rejectFlag(values: FlagValues, name: string, why: string): void {
  if (values.has(name)) throw new OptionError(`--${name} ${why}.`);
}
