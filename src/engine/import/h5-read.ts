import { KerasImportError } from './errors';
import { h5Call, type H5File, type H5Wasm } from './h5';

/** One weight array as stored in a file. */
export interface StoredWeight {
  /** Where the file keeps it, for messages: "model_weights/dense/dense/kernel:0". */
  readonly path: string;
  readonly shape: readonly number[];
  readonly values: Float32Array;
}

/** The value of a string attribute of the object at `path`; undefined when the object or attribute is missing. */
function attributeValue(file: H5File, path: string, name: string, what: string): unknown {
  return h5Call(`${what} is damaged`, () => {
    const entity = path === '/' ? file : file.get(path);
    if (!entity || !('attrs' in entity)) return undefined;
    const attributes = entity.attrs;
    return Object.hasOwn(attributes, name) ? attributes[name]?.value : undefined;
  });
}

/** A scalar string attribute (fixed or variable length); undefined when missing. */
export function readStringAttribute(file: H5File, path: string, name: string, what: string): string | undefined {
  const value = attributeValue(file, path, name, what);
  if (value === undefined || typeof value === 'string') return value;
  throw new KerasImportError('bad-config', `${what}: attribute ${name} of ${path} is not a string`);
}

/**
 * A list-of-strings attribute such as Keras's weight_names; an empty list when Keras
 * stored [] (which h5py writes as an empty float array); undefined when missing.
 */
export function readStringListAttribute(file: H5File, path: string, name: string, what: string): string[] | undefined {
  const value = attributeValue(file, path, name, what);
  if (value === undefined) return undefined;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  if (ArrayBuffer.isView(value) && 'length' in value && value.length === 0) return [];
  throw new KerasImportError('bad-config', `${what}: attribute ${name} of ${path} is not a list of names`);
}

/** The names of a group's members; undefined when `path` is not a group. */
export function groupMembers(h5: H5Wasm, file: H5File, path: string, what: string): string[] | undefined {
  return h5Call(`${what} is damaged`, () => {
    const entity = file.get(path);
    return entity instanceof h5.Group ? entity.keys() : undefined;
  });
}

/** A float dataset as float32 values; undefined when `path` is not a dataset. */
export function readFloatDataset(h5: H5Wasm, file: H5File, path: string, what: string): StoredWeight | undefined {
  return h5Call(`${what} is damaged`, () => {
    const entity = file.get(path);
    if (!(entity instanceof h5.Dataset)) return undefined;
    const value = entity.value;
    if (!(value instanceof Float32Array || value instanceof Float64Array)) {
      throw new KerasImportError('weight-mismatch', `${what}: weight ${path} holds ${JSON.stringify(entity.dtype)} values; the playground reads float32 and float64 weights`);
    }
    return { path, shape: entity.shape ?? [], values: value instanceof Float32Array ? value : Float32Array.from(value) };
  });
}
