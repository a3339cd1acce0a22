import type { WorkerCommand, WorkerEvent } from '../../core/protocol';
import { assertNever } from '../../core/util/assert-never';
import { applyModelEvent, takeTestImages } from './model-events';
import { applyRunEvent } from './run-events';
import { runSeries } from './run-series';
import { useAppStore } from './store';

/** Called when backend measurement finishes, to start the run that waited for it. */
let onCalibrated: ((event: Extract<WorkerEvent, { type: 'backendsCalibrated' }>) => void) | undefined;

/** Registers what happens when the worker reports measured backends. */
export function whenCalibrated(handler: typeof onCalibrated): void {
  onCalibrated = handler;
}

/** A run-scoped event: every event that carries a runId. */
export type RunEvent = Extract<WorkerEvent, { runId: string }>;

const runListeners = new Set<(event: RunEvent) => void>();

/**
 * Calls `listener` with every run event after the store has applied it (the run
 * history and the sweep runner follow runs this way). Returns the unsubscribe.
 */
export function onRunEvent(listener: (event: RunEvent) => void): () => void {
  runListeners.add(listener);
  return () => runListeners.delete(listener);
}

let worker: Worker | undefined;
let nextRequestId = 1;

/** A fresh id for a request; events carrying an older one are dropped. */
export function newRequestId(): number {
  nextRequestId += 1;
  return nextRequestId;
}

function currentRequest(): number | undefined {
  const { load } = useAppStore.getState();
  return load.status === 'idle' ? undefined : load.requestId;
}

function onEvent(event: WorkerEvent): void {
  const set = useAppStore.setState;
  switch (event.type) {
    case 'backendStarted':
      set({ backend: { status: 'ready', name: event.backend, reason: event.reason, attempts: event.attempts } });
      return;
    case 'backendFailed':
      set({ backend: { status: 'failed', message: event.message } });
      return;
    case 'datasetProgress':
      if (event.requestId !== currentRequest()) return;
      set({ load: { status: 'loading', ...event } });
      return;
    case 'datasetLoaded':
      if (event.requestId !== currentRequest()) return;
      set({
        load: {
          status: 'loaded', requestId: event.requestId, source: event.source, elapsedMs: event.elapsedMs,
          counts: event.counts, tensorShape: event.tensorCheck.xsShape,
        },
      });
      return;
    case 'datasetFailed':
      if (event.requestId !== currentRequest()) return;
      set({ load: { status: 'failed', requestId: event.requestId, message: event.message, fix: event.fix } });
      return;
    case 'datasetDescribed':
      if (takeTestImages(event)) return;
      if (event.dataset === useAppStore.getState().experiment.dataset) set({ view: event });
      return;
    case 'augmentationPreview':
      if (event.requestId === useAppStore.getState().previewRequest) set({ preview: event });
      return;
    case 'workerFailed':
      set({ workerError: { kind: 'message', message: event.message } });
      return;
    case 'backendsCalibrated':
      set({ calibration: event, backend: { status: 'ready', name: event.chosen, reason: event, attempts: [] } });
      onCalibrated?.(event);
      return;
    case 'runStarted':
    case 'runBatches':
    case 'runEpoch':
    case 'runHeldOut':
    case 'cellImages':
    case 'runPaused':
    case 'runResumed':
    case 'runEvaluated':
    case 'runFinished':
      feedSeries(event);
      applyRunEvent(event);
      runListeners.forEach((listener) => listener(event));
      return;
    case 'predicted':
    case 'predictFailed':
    case 'modelLoaded':
    case 'runModelDescribed':
    case 'modelsListed':
    case 'modelExported':
    case 'modelEvaluated':
    case 'modelFailed':
      applyModelEvent(event);
      return;
    default:
      assertNever(event);
  }
}

/** Sends the numbers charts draw to the transient series store (not React state). */
function feedSeries(event: WorkerEvent): void {
  if (event.type === 'runStarted') runSeries.start(event.runId, event.batchesPerEpoch);
  if (event.type === 'runBatches') runSeries.addBatches(event.runId, event.batches);
  if (event.type === 'runEpoch') runSeries.addEpoch(event.runId, event.epoch, event.loss, event.accuracy);
  if (event.type === 'runHeldOut') runSeries.addHeldOut(event);
}

/** Starts the worker once; a crash is reported in the store, not swallowed. */
function ensureWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../../worker/main.ts', import.meta.url), { type: 'module', name: 'engine' });
  worker.onmessage = (message: MessageEvent<WorkerEvent>) => onEvent(message.data);
  worker.onerror = (error) => {
    useAppStore.setState({ workerError: { kind: 'crashed', detail: error.message } });
  };
  return worker;
}

/** Sends a command to the worker (starting it if needed), handing over the buffers in `transfer`. */
export function send(command: WorkerCommand, transfer: Transferable[] = []): void {
  ensureWorker().postMessage(command, transfer);
}
