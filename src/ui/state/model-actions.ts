import type { FileBytes, ModelOperation, ModelRef } from '../../core/model-protocol';
import type { SampleImage } from '../../core/protocol';
import { notePrediction, noteTestImagesRequest } from './model-events';
import type { ModelsState } from './models';
import { useAppStore } from './store';
import { newRequestId, send } from './worker-client';

/** Test images the picker shows at a time. */
export const TEST_IMAGE_COUNT = 24;

function updateModels(change: Partial<ModelsState>): void {
  const { models } = useAppStore.getState();
  useAppStore.setState({ models: { ...models, ...change } });
}

/** Marks an operation as waiting for this request (a newer one replaces it). */
function begin(operation: ModelOperation): number {
  const requestId = newRequestId();
  const { models } = useAppStore.getState();
  updateModels({ pending: { ...models.pending, [operation]: requestId }, failure: undefined, justSaved: undefined });
  return requestId;
}

const dataset = () => useAppStore.getState().experiment.dataset;
const activeModel = (): ModelRef => useAppStore.getState().models.active;

async function readFiles(files: readonly File[]): Promise<FileBytes[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

/** Imports model files (.h5, .keras, or model.json with its weight files) into the worker. */
export async function importModelFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const requestId = begin('load');
  const read = await readFiles(files);
  send({ type: 'loadModel', requestId, dataset: dataset(), source: { kind: 'files', files: read } }, read.map((file) => file.bytes.buffer));
}

/** Loads a model saved in this browser and makes it the one predictions use. */
export function loadSavedModel(id: string): void {
  send({ type: 'loadModel', requestId: begin('load'), dataset: dataset(), source: { kind: 'saved', id } });
}

/** Chooses which model predictions, saving and evaluation use. */
export function chooseModel(active: ModelRef): void {
  updateModels({ active, evaluation: undefined });
}

/** Asks for the list of saved models. */
export function listModels(): void {
  send({ type: 'listModels', requestId: begin('list') });
}

/** Saves the active model under a name. */
export function saveModel(name: string): void {
  const { run, models } = useAppStore.getState();
  const accuracy = models.active === 'run' ? run?.test?.accuracy : models.evaluation?.test.accuracy;
  send({ type: 'saveModel', requestId: begin('save'), model: models.active, name: name.trim(), dataset: dataset(), testAccuracy: accuracy });
}

export function renameModel(id: string, name: string): void {
  send({ type: 'renameModel', requestId: begin('rename'), id, name: name.trim() });
}

export function deleteModel(id: string): void {
  send({ type: 'deleteModel', requestId: begin('delete'), id });
}

/** Downloads the active model, or a saved one, as TF.js Layers files. */
export function downloadModel(savedId?: string): void {
  send({ type: 'exportModel', requestId: begin('export'), source: savedId ? { savedId } : activeModel() });
}

/** Evaluates the active model on the whole test set of the current dataset. */
export function evaluateActiveModel(): void {
  send({ type: 'evaluateModel', requestId: begin('evaluate'), model: activeModel(), dataset: dataset() });
}

/** Classifies the drawing pad's 28×28 image; with the model's insides when the stroke ended. */
export function predictDrawing(pixels: Uint8Array, withInternals: boolean): number {
  const requestId = newRequestId();
  notePrediction(requestId, 'pad');
  send({ type: 'predict', requestId, model: activeModel(), dataset: dataset(), input: { kind: 'pixels', pixels }, withInternals }, [pixels.buffer]);
  return requestId;
}

/** Classifies each uploaded image file; the batch goes to the top of the list, in the order picked. */
export async function uploadImages(files: readonly File[]): Promise<void> {
  const read = await readFiles(files);
  const entries = read.map((file) => ({ requestId: newRequestId(), fileName: file.name }));
  updateModels({ uploads: [...entries, ...useAppStore.getState().models.uploads].slice(0, 12) });
  read.forEach((file, index) => {
    const requestId = entries[index]?.requestId ?? newRequestId();
    notePrediction(requestId, 'upload');
    send({ type: 'predict', requestId, model: activeModel(), dataset: dataset(), input: { kind: 'file', file }, withInternals: index === 0 }, [file.bytes.buffer]);
  });
}

/** Classifies a test image picked from the grid. */
export function pickTestImage(sample: SampleImage): void {
  const requestId = newRequestId();
  notePrediction(requestId, 'picked');
  updateModels({ picked: { sample } });
  const pixels = sample.pixels.slice();
  send({ type: 'predict', requestId, model: activeModel(), dataset: dataset(), input: { kind: 'pixels', pixels }, withInternals: true }, [pixels.buffer]);
}

/** Asks for a seeded page of test images for the picker. */
export function requestTestImages(page: number): void {
  const { experiment, load } = useAppStore.getState();
  if (load.status !== 'loaded') return;
  const requestId = newRequestId();
  noteTestImagesRequest(requestId);
  send({
    type: 'describeDataset', requestId, dataset: experiment.dataset, protocolId: experiment.protocolId, seed: experiment.seed,
    sampleSplit: 'test', sampleCount: TEST_IMAGE_COUNT, sampleSeed: 1000 + page,
  });
}
