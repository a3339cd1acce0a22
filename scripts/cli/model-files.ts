import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type * as tf from '@tensorflow/tfjs';
import { importKerasModel, kerasFormatOf, type KerasFormat } from '../../src/engine/import/index';
import { layersModelJson, weightBytes, WEIGHTS_FILE } from '../../src/engine/model/artifacts';
import { checkGroupBytes, layersArtifacts, parseModelJson, type Fail } from '../../src/engine/model/layers-files';
import { loadModel, type ModelSource } from '../../src/engine/model/load';
import { InputError } from '../data/errors';
import { writeFileAtomically, writeJsonAtomically } from './json-file';

/** File names of a saved TF.js Layers model. */
export const MODEL_FILE = 'model.json';
export { WEIGHTS_FILE };

/**
 * Writes artifacts as the standard TF.js Layers files `DIR/model.json` and
 * `DIR/weights.bin` (what tf.loadLayersModel reads), each atomically, the weights
 * first so model.json never points at a missing file. Returns model.json's path.
 */
export async function saveModelFiles(dir: string, artifacts: tf.io.ModelArtifacts): Promise<string> {
  const modelJson = layersModelJson(artifacts, WEIGHTS_FILE);
  await writeFileAtomically(join(dir, WEIGHTS_FILE), weightBytes(artifacts));
  const path = join(dir, MODEL_FILE);
  await writeJsonAtomically(path, modelJson);
  return path;
}

/** Reads one manifest group's files and checks they hold exactly the bytes its entries need. */
async function readGroup(folder: string, group: tf.io.WeightsManifestConfig[number], fail: Fail): Promise<Uint8Array[]> {
  const files: Uint8Array[] = [];
  for (const path of group.paths) {
    const file = resolve(folder, path);
    files.push(await readFile(file).catch((error: NodeJS.ErrnoException) =>
      fail(error.code === 'ENOENT' ? `lists the weights file ${path}, which is missing (looked for ${file})` : `cannot read its weights file ${path} (${error.message})`)));
  }
  checkGroupBytes(group, files, fail);
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
  return layersArtifacts(json, files);
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
