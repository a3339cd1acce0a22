/**
 * TF.js Layers files (model.json and the weight files its manifest lists) checked and
 * turned into ModelArtifacts, without a filesystem: the browser gives them as bytes,
 * the Node CLI reads them from disk and shares these checks.
 */
import * as tf from '@tensorflow/tfjs';
import type { FileBytes } from '../../core/model-protocol';
import { ModelLoadError } from './load';

/** Throws a one-line error that says what is wrong with the model files. */
export type Fail = (detail: string) => never;

const DTYPE_BYTES: Readonly<Record<string, number>> = { float32: 4, int32: 4, bool: 1, complex64: 8, uint8: 1, uint16: 2, float16: 2 };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Bytes one manifest entry takes in the weight files. */
export function entryBytes(entry: tf.io.WeightsManifestEntry, fail: Fail): number {
  const dtype = entry.quantization?.dtype ?? entry.dtype;
  const size = DTYPE_BYTES[dtype];
  if (size === undefined) fail(`weight ${entry.name} has dtype ${dtype}, which a Layers model cannot hold`);
  if (!Array.isArray(entry.shape) || !entry.shape.every((side) => Number.isInteger(side) && side >= 0)) {
    fail(`weight ${entry.name} has no valid shape`);
  }
  return size * entry.shape.reduce((product, side) => product * side, 1);
}

/** model.json's text as a Layers ModelJSON: a JSON object with a topology and a well-formed weights manifest. */
export function parseModelJson(text: string, fail: Fail): tf.io.ModelJSON {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    fail(`is not valid JSON (${messageOf(error)})`);
  }
  const json = parsed as Partial<tf.io.ModelJSON> | null;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('is not a JSON object');
  if (typeof json.modelTopology !== 'object' || json.modelTopology === null) fail('has no modelTopology: it is not a TF.js Layers model.json');
  const groupsOk = Array.isArray(json.weightsManifest) && json.weightsManifest.every((group) =>
    Array.isArray(group.paths) && group.paths.every((path) => typeof path === 'string') && Array.isArray(group.weights));
  if (!groupsOk) fail('has no valid weightsManifest (a list of { paths, weights } groups)');
  return json as tf.io.ModelJSON;
}

/** Checks that one manifest group's files hold exactly the bytes its entries need. */
export function checkGroupBytes(group: tf.io.WeightsManifestConfig[number], files: readonly Uint8Array[], fail: Fail): void {
  const expected = group.weights.reduce((sum, entry) => sum + entryBytes(entry, fail), 0);
  const found = files.reduce((sum, file) => sum + file.byteLength, 0);
  if (found !== expected) {
    const plural = group.paths.length > 1;
    fail(`its weights file${plural ? 's' : ''} ${group.paths.join(', ')} hold${plural ? '' : 's'} ${found} bytes, but the weights it lists need ${expected}`);
  }
}

/** ModelArtifacts from a checked ModelJSON and the bytes of every weight file, in manifest order. */
export function layersArtifacts(json: tf.io.ModelJSON, weightFiles: readonly Uint8Array[]): Promise<tf.io.ModelArtifacts> {
  const weightData = tf.io.concatenateArrayBuffers(weightFiles.map((file) => new Uint8Array(file).buffer));
  return tf.io.getModelArtifactsForJSON(json, () => Promise.resolve([tf.io.getWeightSpecs(json.weightsManifest), weightData]));
}

/** A path's last part: manifests may list "./x.bin" or "dir/x.bin"; picked files only have base names. */
const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** The picked file each manifest path names, by base name. */
function weightFilesOf(json: tf.io.ModelJSON, files: readonly FileBytes[], fail: Fail): Uint8Array[] {
  const byName = new Map(files.map((file) => [file.name, file.bytes]));
  const given = files.map((file) => file.name).join(', ');
  const all: Uint8Array[] = [];
  for (const group of json.weightsManifest) {
    const groupFiles = group.paths.map((path) =>
      byName.get(baseName(path)) ?? fail(`lists the weights file ${baseName(path)}, which is not among the files given (${given}); pick model.json together with its weight files`));
    checkGroupBytes(group, groupFiles, fail);
    all.push(...groupFiles);
  }
  return all;
}

/**
 * A TF.js Layers model from files in memory: `modelJson` (model.json) and the weight
 * files its manifest lists, found among `files` by base name, their sizes checked.
 * Any problem rejects with a one-line ModelLoadError naming the file.
 */
export async function layersArtifactsFromFiles(modelJson: FileBytes, files: readonly FileBytes[]): Promise<tf.io.ModelArtifacts> {
  const fail: Fail = (detail) => {
    throw new ModelLoadError(`${modelJson.name}: ${detail}.`);
  };
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(modelJson.bytes);
  } catch {
    fail('is not UTF-8 text: it is not a TF.js Layers model.json');
  }
  const json = parseModelJson(text, fail);
  return layersArtifacts(json, weightFilesOf(json, files, fail));
}
