/**
 * Readers for untrusted JSON that name the place of the first problem
 * ("runs[3].epochs[2].loss is not a number"). Each reader returns the value typed or
 * throws FormatError; the caller turns that into one refusal for the whole file.
 */

/** The first problem found in a file; the message starts with the path of the bad value. */
export class FormatError extends Error {
  override readonly name = 'FormatError';
}

/** A JSON object's fields. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** A reader of one value at a path. */
export type Reader<T> = (value: unknown, path: string) => T;

/** Throws FormatError "<path> <problem>". */
export function fail(path: string, problem: string): never {
  throw new FormatError(`${path} ${problem}`);
}

function present(value: unknown, path: string): unknown {
  if (value === undefined) fail(path, 'is missing');
  return value;
}

/** A plain object (not an array, not null). */
export const readObject: Reader<JsonObject> = (value, path) => {
  const found = present(value, path);
  if (typeof found !== 'object' || found === null || Array.isArray(found)) fail(path, 'is not an object');
  return found as JsonObject;
};

/** An array, each item read by `item` at `path[i]`. */
export function readArray<T>(value: unknown, path: string, item: Reader<T>): T[] {
  const found = present(value, path);
  if (!Array.isArray(found)) fail(path, 'is not a list');
  return found.map((entry: unknown, index) => item(entry, `${path}[${index}]`));
}

/** A string. */
export const readString: Reader<string> = (value, path) => {
  const found = present(value, path);
  if (typeof found !== 'string') fail(path, 'is not a string');
  return found;
};

/** A boolean. */
export const readBoolean: Reader<boolean> = (value, path) => {
  const found = present(value, path);
  if (typeof found !== 'boolean') fail(path, 'is not true or false');
  return found;
};

/** A finite number. */
export const readNumber: Reader<number> = (value, path) => {
  const found = present(value, path);
  if (typeof found !== 'number' || !Number.isFinite(found)) fail(path, 'is not a number');
  return found;
};

/** A whole number ≥ 0 (a count, an index, a time in ms). */
export const readCount: Reader<number> = (value, path) => {
  const found = readNumber(value, path);
  if (!Number.isInteger(found) || found < 0) fail(path, `is not a whole number ≥ 0 (got ${found})`);
  return found;
};

/** A number in [0, 1] (an accuracy, a precision). */
export const readFraction: Reader<number> = (value, path) => {
  const found = readNumber(value, path);
  if (found < 0 || found > 1) fail(path, `is not between 0 and 1 (got ${found})`);
  return found;
};

/** How writeRunsJson spells the numbers JSON cannot hold. */
export const NON_FINITE_SPELLINGS: readonly string[] = ['NaN', 'Infinity', '-Infinity'];

/** A loss: a finite number or, for a diverged run, "NaN", "Infinity" or "-Infinity". */
export const readLoss: Reader<number> = (value, path) => {
  if (typeof value === 'string' && NON_FINITE_SPELLINGS.includes(value)) return Number(value);
  return readNumber(value, path);
};

/** One of the given strings. */
export function readChoice<T extends string>(value: unknown, path: string, choices: readonly T[]): T {
  const found = readString(value, path);
  const choice = choices.find((option) => option === found);
  if (choice === undefined) fail(path, `must be one of ${choices.join(', ')} (got "${found}")`);
  return choice;
}

/** `{ [key]: value }` read from the object when the key is present, else `{}` (for optional fields). */
export function optionalField<K extends string, T>(object: JsonObject, key: K, path: string, read: Reader<T>): Partial<Record<K, T>> {
  if (!(key in object) || object[key] === undefined) return {};
  return { [key]: read(object[key], `${path}.${key}`) } as Partial<Record<K, T>>;
}
