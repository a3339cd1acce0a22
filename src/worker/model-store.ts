/**
 * Saved models in IndexedDB: the summary the table lists (store `models`) and the
 * topology and weights (store `modelData`), always written and deleted together in
 * one transaction, so a failed save leaves nothing half-written.
 */
import type * as tf from '@tensorflow/tfjs';
import type { SavedModelSummary } from '../core/model-protocol';
import { weightBytes } from '../engine/model/artifacts';
import { readAllRecords, readRecord, transact } from '../browser/idb';

/** What `modelData` holds of a model: TF.js Layers artifacts with one weight buffer. */
export interface SavedModelData {
  readonly id: string;
  readonly modelTopology: object;
  readonly weightSpecs: tf.io.WeightsManifestEntry[];
  readonly weightData: ArrayBuffer;
  readonly format?: string;
  readonly generatedBy?: string;
  readonly convertedBy?: string | null;
  readonly userDefinedMetadata?: NonNullable<tf.io.ModelArtifacts['userDefinedMetadata']>;
}

/** A saved model that another tab (or an earlier command) deleted, or an unknown id. */
export const MISSING_MODEL_MESSAGE = 'That saved model no longer exists (it may have been deleted in another tab); pick one from the refreshed list.';

const QUOTA_MESSAGE =
  'The browser refused to store the model: this site\'s storage is full (QuotaExceededError). ' +
  'Delete saved models you no longer need, or free disk space, then save again. Models saved before are untouched.';

/** A storage error as the user should read it (a full quota says what to do). */
export function storageMessage(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return QUOTA_MESSAGE;
  return `The browser's storage (IndexedDB) failed: ${error instanceof Error || error instanceof DOMException ? error.message : String(error)}.`;
}

/** The storage operation, its failures turned into errors whose message is storageMessage's. */
async function guarded<T>(operation: Promise<T>): Promise<T> {
  try {
    return await operation;
  } catch (error) {
    throw new Error(storageMessage(error));
  }
}

function dataRecord(id: string, artifacts: tf.io.ModelArtifacts): SavedModelData {
  if (typeof artifacts.modelTopology !== 'object' || artifacts.modelTopology === null || artifacts.modelTopology instanceof ArrayBuffer || !artifacts.weightSpecs) {
    throw new Error('The model has no Layers topology to store');
  }
  return {
    id, modelTopology: artifacts.modelTopology, weightSpecs: artifacts.weightSpecs, weightData: weightBytes(artifacts).buffer as ArrayBuffer,
    ...(artifacts.format ? { format: artifacts.format } : {}),
    ...(artifacts.generatedBy ? { generatedBy: artifacts.generatedBy } : {}),
    ...(artifacts.convertedBy !== undefined ? { convertedBy: artifacts.convertedBy } : {}),
    ...(artifacts.userDefinedMetadata ? { userDefinedMetadata: artifacts.userDefinedMetadata } : {}),
  };
}

/** Stores a model's summary and data in one transaction (both or neither). Failures throw storageMessage's text. */
export async function storeModel(summary: SavedModelSummary, artifacts: tf.io.ModelArtifacts): Promise<void> {
  const data = dataRecord(summary.id, artifacts);
  await guarded(transact(['models', 'modelData'], 'readwrite', (transaction) => {
    transaction.objectStore('models').put(summary);
    transaction.objectStore('modelData').put(data);
  }));
}

/** Every saved model, newest first. */
export async function listStoredModels(): Promise<SavedModelSummary[]> {
  const models = await guarded(readAllRecords<SavedModelSummary>('models'));
  return models.sort((a, b) => b.savedAt - a.savedAt);
}

/** Renames a saved model; throws MISSING_MODEL_MESSAGE when there is none with this id. */
export async function renameStoredModel(id: string, name: string): Promise<void> {
  const found = await guarded(transact(['models'], 'readwrite', (transaction) => {
    const models = transaction.objectStore('models');
    const request = models.get(id) as IDBRequest<SavedModelSummary | undefined>;
    request.onsuccess = () => {
      if (request.result) models.put({ ...request.result, name });
    };
    return request;
  }));
  if (!found.result) throw new Error(MISSING_MODEL_MESSAGE);
}

/** Deletes a saved model's summary and data together (nothing happens for an unknown id). */
export async function deleteStoredModel(id: string): Promise<void> {
  await guarded(transact(['models', 'modelData'], 'readwrite', (transaction) => {
    transaction.objectStore('models').delete(id);
    transaction.objectStore('modelData').delete(id);
  }));
}

/** A saved model's summary and its artifacts (the data record, whose extra `id` loaders ignore); throws MISSING_MODEL_MESSAGE when either is missing. */
export async function readStoredModel(id: string): Promise<{ summary: SavedModelSummary; artifacts: tf.io.ModelArtifacts }> {
  const [summary, data] = await guarded(Promise.all([readRecord<SavedModelSummary>('models', id), readRecord<SavedModelData>('modelData', id)]));
  if (!summary || !data) throw new Error(MISSING_MODEL_MESSAGE);
  return { summary, artifacts: data };
}
