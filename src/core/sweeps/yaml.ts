/**
 * A small YAML emitter for configuration files: block mappings, flow sequences of
 * scalars, and scalars quoted whenever a YAML 1.1 reader (PyYAML, which W&B's
 * command line uses) could read them as anything but the intended type.
 */

/** A scalar: strings, finite numbers and booleans. */
export type YamlScalar = string | number | boolean;

/** A value: a scalar, a list of scalars, or a mapping (keys keep their order). */
export type YamlValue = YamlScalar | readonly YamlScalar[] | YamlMapping;

/** A mapping from plain keys to values. */
export interface YamlMapping {
  readonly [key: string]: YamlValue | undefined;
}

/** Words YAML 1.1 reads as booleans or null, in any letter case. */
const RESERVED = /^(?:y|n|yes|no|true|false|on|off|null|~)$/i;

/** Text safe as a plain scalar: starts with a letter, then letters, digits and a few marks; no ": " or " #". */
const PLAIN = /^[A-Za-z][A-Za-z0-9_ ./()+-]*$/;

/** A string as YAML: plain when unambiguous, else double-quoted (a JSON string is a valid YAML double-quoted scalar). */
export function yamlString(text: string): string {
  const plain = PLAIN.test(text) && !RESERVED.test(text) && !text.endsWith(' ') && !/\s[#:]|[#:]\s/.test(text);
  return plain ? text : JSON.stringify(text);
}

/**
 * A number as YAML. PyYAML (YAML 1.1) reads "1e-7" as a string: its float needs a
 * dot and a signed exponent, so exponents are written "1.0e-7".
 * https://github.com/yaml/pyyaml/blob/main/lib/yaml/resolver.py
 */
export function yamlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`YAML export needs finite numbers; got ${value}.`);
  const text = String(value);
  return text.includes('e') && !text.includes('.') ? text.replace('e', '.0e') : text;
}

/** One scalar as YAML. */
export function yamlScalar(value: YamlScalar): string {
  if (typeof value === 'number') return yamlNumber(value);
  if (typeof value === 'boolean') return String(value);
  return yamlString(value);
}

const isMapping = (value: YamlValue): value is YamlMapping => typeof value === 'object' && !Array.isArray(value);

function mappingLines(mapping: YamlMapping, indent: string): string[] {
  return Object.entries(mapping).flatMap(([key, value]) => {
    if (value === undefined) return [];
    const head = `${indent}${yamlString(key)}:`;
    if (isMapping(value)) return [head, ...mappingLines(value, `${indent}  `)];
    if (Array.isArray(value)) return [`${head} [${value.map(yamlScalar).join(', ')}]`];
    return [`${head} ${yamlScalar(value as YamlScalar)}`];
  });
}

/** A mapping as a YAML document (entries left undefined are skipped), ending with a newline. */
export function toYaml(mapping: YamlMapping): string {
  return `${mappingLines(mapping, '').join('\n')}\n`;
}
