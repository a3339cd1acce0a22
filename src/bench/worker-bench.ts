import type { BackendName } from '../core/backends';
import type { RunFinishedEvent, WorkerEvent } from '../core/protocol';
import { benchLabel, benchMaxSteps, benchSettings } from './networks';
import { BENCH_BATCH_SIZE, type BenchNetworkId, type BenchRow, type Measurement, type MeterLimits } from './plan';
import { describeMeasurement } from './format';
import { liveLine, logLine } from './progress';
import { SteadyStateMeter, tooSlow, type TimingWindow } from './steady-meter';
import { WorkerSession } from './worker-session';
import { withTimeout } from '../engine/backends';

/** A backend may fall back through the others (20 s each) before it reports. */
const BACKEND_START_LIMIT_MS = 120_000;
const DATASET_LOAD_LIMIT_MS = 300_000;
/** Model build, first step (within its own limit), the capped measurement, a last slow step. */
const RUN_LIMIT_MS = 240_000;
/** The step in progress when the stop arrives (a slow backend takes many seconds per step). */
const RUN_STOP_LIMIT_MS = 180_000;

/** Where the app's dataset assets are served, as the app computes it. */
const ASSETS_URL = new URL(`${import.meta.env.BASE_URL}data`, location.href).href.replace(/\/$/, '');

class Unavailable extends Error {}

/** Starts exactly `backend`; the worker falls back to another one when it cannot, which makes it unavailable here. */
async function startExactly(session: WorkerSession, backend: BackendName): Promise<void> {
  session.send({ type: 'startBackend', requested: backend });
  const event = await session.waitFor(['backendStarted', 'backendFailed'], () => true, BACKEND_START_LIMIT_MS, `starting ${backend}`);
  const ownAttempt = event.attempts.find((attempt) => attempt.backend === backend);
  if (event.type === 'backendFailed') throw new Unavailable(ownAttempt?.error ?? event.message);
  if (event.backend !== backend) throw new Unavailable(ownAttempt?.error ?? `the worker started ${event.backend} instead`);
}

async function loadData(session: WorkerSession, id: BenchNetworkId): Promise<void> {
  const dataset = benchSettings(id).dataset;
  session.send({ type: 'loadDataset', requestId: 1, dataset, assetsUrl: ASSETS_URL });
  const event = await session.waitFor(['datasetLoaded', 'datasetFailed'], (loaded) => loaded.requestId === 1, DATASET_LOAD_LIMIT_MS, `loading ${dataset}`);
  if (event.type === 'datasetFailed') throw new Error(`${event.message} ${event.fix}`);
  liveLine(`${dataset} loaded from the ${event.source} in ${(event.elapsedMs / 1000).toFixed(1)} s`);
}

function windowOf(event: Extract<WorkerEvent, { type: 'runBatches' }>): TimingWindow {
  const steps = event.batches.step.length;
  const examples = steps * BENCH_BATCH_SIZE;
  return { steps, examples, ms: (1000 * examples) / event.examplesPerSecond };
}

interface RunWatch {
  startedOn?: BackendName;
  finished?: RunFinishedEvent;
  /** No step finished within the first-step limit. */
  tooSlow?: boolean;
}

/** Feeds the run's timing windows to the meter until it is done, the run ends or the first step takes too long. */
function watchRun(session: WorkerSession, runId: string, meter: SteadyStateMeter, limits: MeterLimits, label: string): Promise<RunWatch> {
  const watch: RunWatch = {};
  return new Promise((resolve, reject) => {
    const end = (settle: () => void): void => {
      clearTimeout(firstStepTimer);
      unsubscribe();
      settle();
    };
    const firstStepTimer = setTimeout(() => {
      watch.tooSlow = true;
      end(() => resolve(watch));
    }, limits.firstStepLimitMs);
    const unsubscribe = session.subscribe((event) => {
      if (event.type === 'workerFailed') end(() => reject(new Error(event.message)));
      if (!('runId' in event) || event.runId !== runId) return;
      if (event.type === 'runStarted') watch.startedOn = event.backend;
      if (event.type === 'runFinished') watch.finished = event;
      if (event.type === 'runBatches') {
        clearTimeout(firstStepTimer);
        const timing = windowOf(event);
        meter.add(timing);
        liveLine(`${label}: ${meter.stepsSeen} steps, ${Math.round(event.examplesPerSecond)} examples/s in the last ${Math.round(timing.ms)} ms`);
      }
      if (meter.done || watch.finished) end(() => resolve(watch));
    });
  });
}

/**
 * On a GPU backend, stops the run and waits until it has finished: the worker
 * reads its last step back, so no queued GPU work keeps the GPU process busy
 * during the next measurement. CPU backends leave nothing behind once the worker ends.
 */
async function drainQueuedWork(session: WorkerSession, backend: BackendName, runId: string): Promise<void> {
  if (backend !== 'webgl' && backend !== 'webgpu') return;
  session.send({ type: 'stopRun', runId });
  await session.waitFor(['runFinished'], (event) => event.runId === runId, RUN_STOP_LIMIT_MS, 'stopping the run').catch(() => undefined);
}

async function measureRun(session: WorkerSession, backend: BackendName, id: BenchNetworkId, limits: MeterLimits): Promise<Measurement> {
  const runId = `bench-${backend}-${id}`;
  const meter = new SteadyStateMeter(limits, benchMaxSteps(id));
  const watching = watchRun(session, runId, meter, limits, `worker ${backend} · ${benchLabel(id)}`);
  session.send({ type: 'startRun', runId, settings: benchSettings(id) });
  const watch = await withTimeout(watching, RUN_LIMIT_MS, 'the training run');
  if (!watch.finished) await drainQueuedWork(session, backend, runId);
  if (watch.tooSlow) return tooSlow(limits, BENCH_BATCH_SIZE);
  if (watch.finished?.status === 'failed') return { status: 'failed', reason: watch.finished.reason ?? 'the run failed' };
  if (watch.startedOn !== backend) return { status: 'failed', reason: `the run reported backend ${String(watch.startedOn)}` };
  return meter.measurement();
}

/** Measures one network in a fresh worker on exactly `backend`. */
async function measureInWorker(backend: BackendName, id: BenchNetworkId, limits: MeterLimits): Promise<Measurement> {
  const session = new WorkerSession();
  try {
    await startExactly(session, backend);
    await loadData(session, id);
    return await measureRun(session, backend, id, limits);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: error instanceof Unavailable ? 'unavailable' : 'failed', reason };
  } finally {
    session.terminate();
  }
}

/** One table row: every network trained by the app's worker on `backend`. */
export async function benchWorkerBackend(backend: BackendName, networks: readonly BenchNetworkId[], limits: MeterLimits): Promise<BenchRow> {
  const results: Partial<Record<BenchNetworkId, Measurement>> = {};
  for (const id of networks) {
    const unavailable = Object.values(results).find((result) => result.status === 'unavailable');
    results[id] = unavailable ?? (await measureInWorker(backend, id, limits));
    logLine(`worker ${backend} · ${benchLabel(id)}: ${describeMeasurement(results[id])}`);
  }
  return { place: 'worker', backend, results };
}
