/**
 * The whole experiment in the link's query string, driven by EXPERIMENT_PROPS:
 * encoding writes only what differs from what decoding would assume, and decoding
 * falls back, parameter by parameter, to a usable value with a notice saying why.
 */
import { DEFAULT_EXPERIMENT, experimentProblems, type Experiment } from './experiment';
import { isUnreadable, propApplies, type ExperimentProp, type Unreadable } from './prop';
import { EXPERIMENT_PROPS } from './props';
import { formatQuery, parseQuery, type QueryParam } from './query';

/** An experiment read from a link, and one plain-words notice per parameter that was ignored. */
export interface DecodedExperiment {
  readonly experiment: Experiment;
  readonly notices: readonly string[];
}

const KNOWN_KEYS = new Set(EXPERIMENT_PROPS.map((prop) => prop.key));
const LONGEST_SHOWN_VALUE = 80;

/** Each applicable parameter's text for the experiment. */
function paramTexts(experiment: Experiment): Map<string, string> {
  return new Map(EXPERIMENT_PROPS.filter((prop) => propApplies(prop, experiment)).map((prop) => [prop.key, prop.write(experiment)]));
}

/**
 * The experiment as a query string (no `?`): only the parameters whose value
 * differs from what decoding would otherwise take, in table order. The defaults
 * give ''. Encoding walks the table the way decoding does, so that what an earlier
 * parameter implies (a dataset's or a preset's starting settings) is left out.
 */
export function encodeExperiment(experiment: Experiment): string {
  const texts = paramTexts(experiment);
  const params: QueryParam[] = [];
  let assumed = DEFAULT_EXPERIMENT;
  for (const prop of EXPERIMENT_PROPS) {
    const text = texts.get(prop.key);
    const written = params.some((param) => param.key === prop.key);
    if (text === undefined || written || (propApplies(prop, assumed) && prop.write(assumed) === text)) continue;
    for (const key of [prop.key, ...(prop.companions ?? [])]) {
      const value = texts.get(key);
      if (value !== undefined) params.push({ key, value });
    }
    const next = prop.read(text, assumed, texts);
    if (!isUnreadable(next)) assumed = next;
  }
  return formatQuery(params);
}

/** A problem list as one clause: no "; got …" tails (the notice shows the value), no final stops. */
function plainReason(problems: readonly string[]): string {
  return problems
    .map((problem) => problem.replace(/;\s*got [^;]*$/, '').replace(/\.$/, ''))
    .map((problem) => (/^[A-Z][a-z]/.test(problem) ? problem.charAt(0).toLowerCase() + problem.slice(1) : problem))
    .join('; ');
}

/** The experiment with one parameter read and checked, or why it cannot be used. */
function applyParam(prop: ExperimentProp, text: string, experiment: Experiment, params: ReadonlyMap<string, string>): Experiment | Unreadable {
  const next = prop.read(text, experiment, params);
  if (isUnreadable(next)) return next;
  const problems = experimentProblems(next);
  return problems.length === 0 ? next : { problem: plainReason(problems) };
}

/** A value as a notice shows it: long ones (a net= line) cut short. */
const shown = (text: string): string => (text.length > LONGEST_SHOWN_VALUE ? `${text.slice(0, LONGEST_SHOWN_VALUE - 1)}…` : text);

/**
 * Reads a query string (with or without `?`). Starts from DEFAULT_EXPERIMENT and
 * applies the parameters in table order; a parameter that is unknown, unreadable,
 * out of range, or wrong for the dataset or architecture chosen before it is
 * ignored, keeping the value in force, with one notice naming key, value and the
 * value used instead. The result always passes experimentProblems.
 */
export function decodeExperiment(query: string): DecodedExperiment {
  const { values, notices: queryNotices } = parseQuery(query);
  const notices = [...queryNotices];
  for (const [key, text] of values) {
    if (!KNOWN_KEYS.has(key)) notices.push(`Ignored ${key}=${shown(text)} (not a parameter of this playground).`);
  }
  let experiment = DEFAULT_EXPERIMENT;
  const reported = new Set<string>();
  for (const prop of EXPERIMENT_PROPS) {
    const text = values.get(prop.key);
    if (text === undefined || reported.has(prop.key)) continue;
    if (prop.when && !prop.when.holds(experiment)) {
      notices.push(`Ignored ${prop.key}=${shown(text)} (only used with ${prop.when.label}).`);
      continue;
    }
    const next = applyParam(prop, text, experiment, values);
    if (isUnreadable(next)) {
      notices.push(`Ignored ${prop.key}=${shown(text)} (${next.problem}): using ${shown(prop.write(experiment))}.`);
      prop.companions?.forEach((key) => reported.add(key));
    } else {
      experiment = next;
    }
  }
  return { experiment, notices };
}
