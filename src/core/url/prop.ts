/**
 * One link parameter: how an experiment writes it and how it is read back. The
 * table of them (EXPERIMENT_PROPS) drives both encoding and decoding, so the two
 * cannot drift apart.
 */
import type { Experiment } from './experiment';

/** Why a parameter's text cannot be used, in plain words. */
export interface Unreadable {
  readonly problem: string;
}

/** When a parameter means something, e.g. `mom` only with SGD. */
export interface PropCondition {
  readonly holds: (experiment: Experiment) => boolean;
  /** How a notice names the condition: "opt=sgd". */
  readonly label: string;
}

/** A link parameter. */
export interface ExperimentProp {
  /** Its key in the link: short and readable. */
  readonly key: string;
  /** Applies only when this holds; always when undefined. */
  readonly when?: PropCondition | undefined;
  /** Keys this parameter also reads: written along with it, their problems reported under its key. */
  readonly companions?: readonly string[] | undefined;
  /** The value as a link writes it. */
  write(experiment: Experiment): string;
  /**
   * The experiment with this parameter read from `text` (range checks come later,
   * from experimentProblems); `params` holds every parameter, for companions.
   */
  read(text: string, experiment: Experiment, params: ReadonlyMap<string, string>): Experiment | Unreadable;
}

/** Tells a read failure from an experiment. */
export function isUnreadable(outcome: Experiment | Unreadable): outcome is Unreadable {
  return 'problem' in outcome;
}

/** Whether the parameter applies to the experiment. */
export function propApplies(prop: ExperimentProp, experiment: Experiment): boolean {
  return prop.when?.holds(experiment) ?? true;
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** A decimal number as people and String(number) write it; undefined for anything else. */
export function readNumber(text: string): number | undefined {
  return DECIMAL.test(text) ? Number(text) : undefined;
}

type Get<T> = (experiment: Experiment) => T;
type Put<T> = (experiment: Experiment, value: T) => Experiment;

/** A numeric parameter; its range is checked afterwards with the training rules. */
export function numberProp(key: string, get: Get<number>, set: Put<number>, when?: PropCondition): ExperimentProp {
  return {
    key,
    when,
    write: (experiment) => String(get(experiment)),
    read: (text, experiment) => {
      const value = readNumber(text);
      return value === undefined ? { problem: 'not a number' } : set(experiment, value);
    },
  };
}

/** A parameter that takes one of a list of words (the list may depend on the experiment). */
export function choiceProp<T extends string>(key: string, choices: Get<readonly T[]>, get: Get<T>, set: Put<T>, when?: PropCondition): ExperimentProp {
  return {
    key,
    when,
    write: get,
    read: (text, experiment) => {
      const allowed = choices(experiment);
      const value = allowed.find((choice) => choice === text);
      return value === undefined ? { problem: `not one of ${allowed.join(', ')}` } : set(experiment, value);
    },
  };
}

/** A yes/no parameter written as 1 or 0 (true and false are read too). */
export function flagProp(key: string, get: Get<boolean>, set: Put<boolean>): ExperimentProp {
  return {
    key,
    write: (experiment) => (get(experiment) ? '1' : '0'),
    read: (text, experiment) => {
      if (text === '1' || text === 'true') return set(experiment, true);
      if (text === '0' || text === 'false') return set(experiment, false);
      return { problem: 'not 1 or 0' };
    },
  };
}
