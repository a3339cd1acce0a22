import type { WorkerEvent } from '../../core/protocol';
import { useAppStore, type RunState } from './store';

type RunEvent = Extract<WorkerEvent, { runId: string }>;

/** Applies a run-scoped event to the run it belongs to; events of older runs are dropped. */
export function applyRunEvent(event: RunEvent): void {
  const run = useAppStore.getState().run;
  if (!run || run.runId !== event.runId) return;
  useAppStore.setState({ run: { ...run, ...runChanges(run, event) } });
}

function runChanges(run: RunState, event: RunEvent): Partial<RunState> {
  switch (event.type) {
    case 'runStarted':
      return {
        phase: 'running', backend: event.backend, params: event.params, trainCount: event.trainCount,
        validationCount: event.validationCount, batchesPerEpoch: event.batchesPerEpoch,
      };
    case 'runBatches': {
      const last = event.batches.step.length - 1;
      const step = event.batches.step[last] ?? 0;
      return {
        epoch: event.batches.epoch[last] ?? run.epoch, batch: step % Math.max(1, run.batchesPerEpoch),
        lastLoss: event.batches.loss[last], lastAccuracy: event.batches.accuracy[last],
        examplesPerSecond: event.examplesPerSecond, numTensors: event.numTensors, elapsedMs: event.elapsedMs,
        tensorBaseline: run.tensorBaseline ?? event.numTensors,
      };
    }
    case 'runEpoch':
      return { epochs: [...run.epochs, event] };
    case 'runHeldOut':
      return {
        heldOut: event,
        heldOutHistory: [...run.heldOutHistory, { epoch: event.epoch, source: event.source, loss: event.loss, accuracy: event.metrics.accuracy }],
      };
    case 'cellImages':
      return { cell: event };
    case 'runPaused':
      return { phase: 'paused' };
    case 'runResumed':
      return { phase: 'running' };
    case 'runEvaluated':
      return { test: event.test };
    case 'runFinished':
      return { phase: event.status, ...(event.reason ? { reason: event.reason } : {}), elapsedMs: event.elapsedMs };
  }
}
