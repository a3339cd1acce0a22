import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { importKerasModel, kerasFormatOf, type KerasFormat } from '../../src/engine/import/index';
import { loadModel, type ModelSource } from '../../src/engine/model/load';
import { InputError, messageOf } from '../data/errors';
import { writeFileAtomically, writeJsonAtomically } from './json-file';

/** File names of a saved TF.js Layers model. */
export const MODEL_FILE = 'model.json';
export const WEIGHTS_FILE = 'weights.bin';

/**
 * Writes artifacts as the standard TF.js Layers files `DIR/model.json` and
 * `DIR/weights.bin` (what tf.loadLayersModel reads), each atomically, the weights
 * first so model.json never points at a missing file. Returns model.json's path.
 */
export async function saveModelFiles(dir: string, artifacts: tf.io.ModelArtifacts): Promise<string> {
  if (!artifacts.modelTopology || !artifacts.weightSpecs || artifacts.weightData === undefined) {
    throw new Error('The artifacts lack a topology or weights');
  }
  const weights = new Uint8Array(tf.io.CompositeArrayBuffer.join(artifacts.weightData));
  const modelJson: tf.io.ModelJSON = {
    modelTopology: artifacts.modelTopology,
    format: artifacts.format ?? 'layers-model',
    generatedBy: artifacts.generatedBy ?? `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
    convertedBy: artifacts.convertedBy ?? null,
    weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs }],
    ...(artifacts.trainingConfig ? { trainingConfig: artifacts.trainingConfig } : {}),
    ...(artifacts.userDefinedMetadata ? { userDefinedMetadata: artifacts.userDefinedMetadata } : {}),
  };
  await writeFileAtomically(join(dir, WEIGHTS_FILE), weights);
  const path = join(dir, MODEL_FILE);
  await writeJsonAtomically(path, modelJson);
  return path;
}

const DTYPE_BYTES: Readonly<Record<string, number>> = { float32: 4, int32: 4, bool: 1, complex64: 8, uint8: 1, uint16: 2, float16: 2 };

/** Bytes one manifest entry takes in the weights file. */
function entryBytes(entry: tf.io.WeightsManifestEntry, fail: (detail: string) => never): number {
  const dtype = entry.quantization?.dtype ?? entry.dtype;
  const size = DTYPE_BYTES[dtype];
  if (size === undefined) fail(`weight ${entry.name} has dtype ${dtype}, which a Layers model cannot hold`);
  if (!Array.isArray(entry.shape) || !entry.shape.every((side) => Number.isInteger(side) && side >= 0)) {
    fail(`weight ${entry.name} has no valid shape`);
  }
  return size * entry.shape.reduce((product, side) => product * side, 1);
}

function parseModelJson(text: string, fail: (detail: string) => never): tf.io.ModelJSON {
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

/** Reads one manifest group's files and checks they hold exactly the bytes its entries need. */
async function readGroup(folder: string, group: tf.io.WeightsManifestConfig[number], fail: (detail: string) => never): Promise<Uint8Array[]> {
  const files: Uint8Array[] = [];
  for (const path of group.paths) {
    const file = resolve(folder, path);
    files.push(await readFile(file).catch((error: NodeJS.ErrnoException) =>
      fail(error.code === 'ENOENT' ? `lists the weights file ${path}, which is missing (looked for ${file})` : `cannot read its weights file ${path} (${error.message})`)));
  }
  const expected = group.weights.reduce((sum, entry) => sum + entryBytes(entry, fail), 0);
  const found = files.reduce((sum, file) => sum + file.byteLength, 0);
  if (found !== expected) {
    fail(`its weights file${group.paths.length > 1 ? 's' : ''} ${group.paths.join(', ')} hold${group.paths.length > 1 ? '' : 's'} ${found} bytes, but the weights it lists need ${expected}`);
  }
  return files;
}

async function readLayersFiles(path: string): Promise<tf.io.ModelArtifacts> {
  const fail = (detail: string): never => {
    throw new InputError(`${path}: ${detail}.`);
  };
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) =>
    fail(error.code === 'ENOENT' ? 'not found' : `cannot be read (${error.message})`));
  const json = parseModelJson(text, fail);
  const files: Uint8Array[] = [];
  for (const group of json.weightsManifest) files.push(...(await readGroup(dirname(path), group, fail)));
  const weightData = tf.io.concatenateArrayBuffers(files.map((file) => new Uint8Array(file).buffer));
  return tf.io.getModelArtifactsForJSON(json, () => Promise.resolve([tf.io.getWeightSpecs(json.weightsManifest), weightData]));
}

/** A model file read into memory: TF.js Layers artifacts, or the bytes of a Keras .h5 or .keras file. */
export type ModelFile = ModelSource | { readonly format: KerasFormat; readonly bytes: Uint8Array };

const FORMATS_HINT = 'give a TF.js Layers model.json (as --save writes), a Keras .h5 file or a Keras .keras file';

async function readKerasFile(path: string): Promise<Uint8Array> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${path}: ${error.code === 'ENOENT' ? 'not found' : `cannot be read (${error.message})`}.`);
  });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A folder stands for the model.json inside it. */
async function modelPathOf(path: string): Promise<string> {
  const isFolder = await stat(path).then((info) => info.isDirectory(), () => false);
  return isFolder ? join(path, MODEL_FILE) : path;
}

/**
 * Reads a model file into memory, choosing the format by extension: a TF.js Layers
 * `model.json` (or the folder holding one) is read with every weights file it
 * lists, whose sizes are checked against the listed weights; a Keras `.h5` /
 * `.hdf5` or `.keras` file is read as bytes for the importer. Any problem throws a
 * one-line InputError naming the file.
 */
export async function readModelSource(givenPath: string): Promise<ModelFile> {
  const path = await modelPathOf(givenPath);
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return { format: 'tfjs-layers', artifacts: await readLayersFiles(path) };
  const keras = kerasFormatOf(path);
  if (keras !== undefined) return { format: keras, bytes: await readKerasFile(path) };
  throw new InputError(`${basename(path)}: unknown model format "${extension || 'no extension'}"; ${FORMATS_HINT}.`);
}

/**
 * Builds the model a ModelFile holds on the active backend. A file that cannot
 * become a model rejects with a ModelLoadError (KerasImportError for Keras files).
 */
export function loadModelFile(file: ModelFile): Promise<tf.LayersModel> {
  return file.format === 'tfjs-layers' ? loadModel(file) : importKerasModel(file.bytes, file.format);
}

/** How a format is named in command output. */
export const FORMAT_LABELS: Readonly<Record<ModelFile['format'], string>> = {
  'tfjs-layers': 'TF.js Layers',
  'keras-h5': 'Keras 2 .h5',
  'keras-v3': 'Keras 3 .keras',
};
