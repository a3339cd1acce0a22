import type { ModelEvent, ModelOperation, PredictedEvent } from '../../core/model-protocol';
import type { DatasetDescribedEvent } from '../../core/protocol';
import { downloadLayersModel } from './download';
import type { ModelsState } from './models';
import { useAppStore } from './store';

/** What a prediction request was for, so its answer lands in the right place. */
export type PredictionPurpose = 'pad' | 'upload' | 'picked';

const purposes = new Map<number, PredictionPurpose>();
let testImagesRequest: number | undefined;

/** Remembers what a predict request is for (until its answer arrives). */
export function notePrediction(requestId: number, purpose: PredictionPurpose): void {
  purposes.set(requestId, purpose);
}

/** Remembers the describe request whose samples fill the test-image picker. */
export function noteTestImagesRequest(requestId: number): void {
  testImagesRequest = requestId;
}

function update(change: (models: ModelsState) => Partial<ModelsState>): void {
  const { models } = useAppStore.getState();
  useAppStore.setState({ models: { ...models, ...change(models) } });
}

/** The pending map without whichever operation this request was (request ids are unique). */
function settle(models: ModelsState, requestId: number): ModelsState['pending'] {
  return Object.fromEntries(Object.entries(models.pending).filter(([, pending]) => pending !== requestId));
}

function isCurrent(models: ModelsState, operation: ModelOperation, requestId: number): boolean {
  return models.pending[operation] === requestId;
}

function onPredicted(event: PredictedEvent): void {
  const purpose = purposes.get(event.requestId);
  purposes.delete(event.requestId);
  if (!purpose) return;
  const inside = { latest: { result: event }, ...(event.internals ? { inside: event } : {}) };
  if (purpose === 'pad') update(() => ({ pad: event, padError: undefined, padAnswered: event.requestId, ...inside }));
  if (purpose === 'upload') {
    update((models) => ({ uploads: models.uploads.map((entry) => (entry.requestId === event.requestId ? { ...entry, result: event } : entry)), ...inside }));
  }
  if (purpose === 'picked') update((models) => (models.picked ? { picked: { ...models.picked, result: event }, ...inside } : {}));
}

function onPredictFailed(requestId: number, message: string): void {
  const purpose = purposes.get(requestId);
  purposes.delete(requestId);
  if (purpose) update(() => ({ latest: { error: message } }));
  if (purpose === 'pad') update(() => ({ padError: message, padAnswered: requestId }));
  if (purpose === 'upload') {
    update((models) => ({ uploads: models.uploads.map((entry) => (entry.requestId === requestId ? { ...entry, error: message } : entry)) }));
  }
  if (purpose === 'picked') update((models) => (models.picked ? { picked: { ...models.picked, error: message } } : {}));
}

/** True when the described samples are the picker's test images (and were stored there). */
export function takeTestImages(event: DatasetDescribedEvent): boolean {
  if (event.requestId !== testImagesRequest) return false;
  update(() => ({ testImages: event.samples }));
  return true;
}

/** Applies a model event from the worker to the store; answers to replaced requests are dropped. */
export function applyModelEvent(event: ModelEvent): void {
  switch (event.type) {
    case 'predicted':
      onPredicted(event);
      return;
    case 'predictFailed':
      onPredictFailed(event.requestId, event.message);
      return;
    case 'modelLoaded':
      update((models) => isCurrent(models, 'load', event.requestId)
        ? { loaded: event.info, active: 'loaded', evaluation: undefined, failure: undefined, pending: settle(models, event.requestId) }
        : {});
      return;
    case 'runModelDescribed':
      return;
    case 'modelsListed':
      update((models) => ({
        saved: event.models,
        pending: settle(models, event.requestId),
        ...(event.savedId ? { justSaved: event.savedId, failure: undefined } : {}),
      }));
      return;
    case 'modelExported':
      downloadLayersModel(event.modelJson, event.weights);
      return;
    case 'modelEvaluated':
      update((models) => isCurrent(models, 'evaluate', event.requestId)
        ? { evaluation: event, failure: undefined, pending: settle(models, event.requestId) }
        : {});
      return;
    case 'modelFailed':
      update((models) => ({ failure: { operation: event.operation, message: event.message }, justSaved: undefined, pending: settle(models, event.requestId) }));
      return;
  }
}
