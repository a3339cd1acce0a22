import { KerasImportError } from './errors';

/** A parsed JSON object whose fields are not checked yet. */
export type JsonObject = { readonly [key: string]: unknown };

/** True for a JSON object (not null, not an array). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses `text`, naming `what` when it is not JSON. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new KerasImportError('bad-config', `${what} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** `value` as a JSON object, or a bad-config error saying what `what` should have been. */
export function asObject(value: unknown, what: string): JsonObject {
  if (!isObject(value)) throw new KerasImportError('bad-config', `${what} is not a JSON object`);
  return value;
}

/** `value` as an array, or a bad-config error. */
export function asArray(value: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new KerasImportError('bad-config', `${what} is not a list`);
  return value as readonly unknown[];
}

/** `value` as a string, or a bad-config error. */
export function asString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new KerasImportError('bad-config', `${what} is not a string`);
  return value;
}

/** Compact JSON of a config value, for messages. */
export function showValue(value: unknown): string {
  return JSON.stringify(value)?.replace(/,/g, ', ') ?? String(value);
}
