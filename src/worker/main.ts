/**
 * The worker entry: receives commands from the page, dispatches them, posts events
 * back. It holds the loaded dataset; the page never does.
 */
import { DATASETS } from '../core/datasets/catalog';
import type { DatasetId } from '../core/datasets/catalog';
import type { CalibrateBackendsCommand, LoadDatasetCommand, LoadPhase, PreviewAugmentationCommand, WorkerCommand, WorkerEvent } from '../core/protocol';
import { assertNever } from '../core/util/assert-never';
import { activeBackend } from '../engine/backends';
import { batchTensors } from '../engine/data/batch';
import { AssetError } from './asset-error';
import { BackendStartError, startBackend } from './backend-setup';
import { calibrateBackends } from './calibrate';
import { describeDataset } from './describe-dataset';
import { previewAugmentation } from './preview-augmentation';
import { loadDataset, type LoadedDataset } from './load-dataset';
import { ModelCommands } from './model-commands';
import { ModelSlots } from './models';
import { RunManager } from './run-manager';

const PROGRESS_INTERVAL_MS = 50;
const loaded = new Map<DatasetId, LoadedDataset>();
let backendReady: Promise<void> | undefined;

function post(event: WorkerEvent, transfer: Transferable[] = []): void {
  self.postMessage(event, transfer);
}

const runs = new RunManager(post);
const models = new ModelCommands({
  post, slots: new ModelSlots(runs), dataset: (id) => loaded.get(id), ready: () => Promise.resolve(backendReady),
});

async function onPreview(command: PreviewAugmentationCommand): Promise<void> {
  await backendReady;
  const data = loaded.get(command.dataset);
  if (!data) return;
  try {
    const event = await previewAugmentation(command, data);
    post(event, [event.original.buffer, ...event.images.map((image) => image.buffer)]);
  } catch (error) {
    post({ type: 'workerFailed', message: `The augmentation preview failed: ${String(error instanceof Error ? error.message : error)}` });
  }
}

async function onCalibrate(command: CalibrateBackendsCommand): Promise<void> {
  await backendReady;
  const data = loaded.get(command.dataset);
  try {
    if (!data) throw new Error('Load the dataset before measuring backends.');
    post(await calibrateBackends(command, data));
  } catch (error) {
    post({ type: 'workerFailed', message: `Measuring backends failed: ${String(error instanceof Error ? error.message : error)}` });
  }
}

async function onStartBackend(requested: WorkerCommand & { type: 'startBackend' }): Promise<void> {
  try {
    const choice = await startBackend(requested.requested);
    post({ type: 'backendStarted', backend: choice.backend, reason: choice.reason, attempts: choice.attempts });
  } catch (error) {
    const attempts = error instanceof BackendStartError ? error.attempts : [];
    post({ type: 'backendFailed', message: String(error instanceof Error ? error.message : error), attempts });
    throw error;
  }
}

function progressReporter(requestId: number): (phase: LoadPhase, fraction: number, loadedBytes: number, totalBytes: number) => void {
  let lastSent = 0;
  let lastPhase: LoadPhase | undefined;
  return (phase, fraction, loadedBytes, totalBytes) => {
    const now = performance.now();
    if (phase === lastPhase && now - lastSent < PROGRESS_INTERVAL_MS) return;
    lastSent = now;
    lastPhase = phase;
    post({ type: 'datasetProgress', requestId, phase, fraction, loadedBytes, totalBytes });
  };
}

/** Builds one real batch on the backend from the loaded data, then frees it. */
function checkTensors(data: LoadedDataset): { xsShape: number[]; ysShape: number[] } {
  const indices = Array.from({ length: Math.min(64, data.train.count) }, (_, i) => i);
  const { xs, ys } = batchTensors(data.train, indices, DATASETS[data.dataset].classNames.length);
  const shapes = { xsShape: [...xs.shape], ysShape: [...ys.shape] };
  xs.dispose();
  ys.dispose();
  return shapes;
}

async function onLoadDataset(command: LoadDatasetCommand): Promise<void> {
  const started = performance.now();
  const report = progressReporter(command.requestId);
  try {
    await backendReady;
    const data = loaded.get(command.dataset) ?? (await loadDataset(command.dataset, command.assetsUrl, report));
    loaded.set(command.dataset, data);
    report('tensors', 0.99, 0, 0);
    const tensorCheck = { backend: activeBackend(), ...checkTensors(data) };
    post({
      type: 'datasetLoaded', requestId: command.requestId, dataset: command.dataset, source: data.source,
      elapsedMs: performance.now() - started, counts: { train: data.train.count, test: data.test.count }, tensorCheck,
    });
  } catch (error) {
    const fix = error instanceof AssetError ? error.fix : 'Reload the page; if it happens again, run `npm run data` and check the browser console.';
    post({ type: 'datasetFailed', requestId: command.requestId, dataset: command.dataset, message: String(error instanceof Error ? error.message : error), fix });
  }
}

function onCommand(command: WorkerCommand): void {
  switch (command.type) {
    case 'startBackend':
      backendReady = onStartBackend(command);
      return;
    case 'loadDataset':
      void onLoadDataset(command);
      return;
    case 'describeDataset': {
      const data = loaded.get(command.dataset);
      if (!data) return;
      const event = describeDataset(data, command);
      post(event, event.samples.map((sample) => sample.pixels.buffer));
      return;
    }
    case 'calibrateBackends':
      void onCalibrate(command);
      return;
    case 'startRun':
      void Promise.resolve(backendReady).then(() => runs.start(command, loaded.get(command.settings.dataset)));
      return;
    case 'pauseRun':
    case 'resumeRun':
    case 'stopRun':
      runs.control(command);
      return;
    case 'requestCellImages':
      runs.cellImages(command);
      return;
    case 'previewAugmentation':
      void onPreview(command);
      return;
    case 'predict':
      void models.predict(command);
      return;
    case 'loadModel':
      void models.load(command);
      return;
    case 'describeRunModel':
      void models.describeRun(command);
      return;
    case 'saveModel':
      void models.save(command);
      return;
    case 'listModels':
      void models.list(command);
      return;
    case 'renameModel':
      void models.rename(command);
      return;
    case 'deleteModel':
      void models.remove(command);
      return;
    case 'exportModel':
      void models.exportModel(command);
      return;
    case 'evaluateModel':
      void models.evaluate(command);
      return;
    default:
      assertNever(command);
  }
}

self.onmessage = (message: MessageEvent<WorkerCommand>) => onCommand(message.data);
self.onerror = (error) => post({ type: 'workerFailed', message: String(error) });
self.onunhandledrejection = (event) => post({ type: 'workerFailed', message: String(event.reason) });
