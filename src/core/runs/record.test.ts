import { describe, expect, it } from 'vitest';
import { metricsFromConfusion } from '../metrics/classification';
import type { RunHeldOutEvent } from '../protocol';
import { applyRunEvent, markInterrupted, type RunRecord, type RunRecordEvent, type RunStart } from './record';
import { confusion, SAMPLE_SETTINGS, startedEvent, testResult } from './test-fixtures';

const START: RunStart = { name: 'LeNet', settings: SAMPLE_SETTINGS, tags: ['map'], group: 'Coursework map' };

const heldOut = (epoch: number, source: RunHeldOutEvent['source'] = 'test'): RunHeldOutEvent => ({
  type: 'runHeldOut', runId: 'r1', epoch, source, count: 1000, loss: 0.3, metrics: metricsFromConfusion(confusion(90, 10)),
  confidentErrors: [], misclassified: [],
});

/** Folds events into a record, one tick of the clock per event. */
function replay(events: readonly RunRecordEvent[], from?: RunRecord): RunRecord | undefined {
  return events.reduce<RunRecord | undefined>((record, event, i) => applyRunEvent(record, event, { now: 1000 + i, start: START }), from);
}

describe('applyRunEvent', () => {
  it('creates a running record from runStarted and the start data', () => {
    const record = replay([startedEvent('r1')]);
    expect(record).toMatchObject({
      id: 'r1', name: 'LeNet', tags: ['map'], group: 'Coursework map', status: 'running', backend: 'cpu',
      params: { total: 61_706, trainable: 61_706 }, trainCount: 60_000, validationCount: 0, epochs: [], createdAt: 1000, updatedAt: 1000,
    });
    expect(record && 'sweepId' in record).toBe(false);
  });

  it('gives undefined for other events without a record, or without start data', () => {
    expect(replay([heldOut(0)])).toBeUndefined();
    expect(applyRunEvent(undefined, startedEvent('r1'), { now: 1 })).toBeUndefined();
  });

  it('merges the held-out evaluation into its epoch row, in either order', () => {
    const epoch = (n: number): RunRecordEvent => ({ type: 'runEpoch', runId: 'r1', epoch: n, loss: 0.5, accuracy: 0.8, examplesPerSecond: 100 });
    const record = replay([startedEvent('r1'), heldOut(0), epoch(0), epoch(1), heldOut(1)]);
    expect(record?.epochs).toEqual([
      { epoch: 0, loss: 0.5, accuracy: 0.8, valLoss: 0.3, valAccuracy: 0.9, heldOutSource: 'test', examplesPerSecond: 100 },
      { epoch: 1, loss: 0.5, accuracy: 0.8, valLoss: 0.3, valAccuracy: 0.9, heldOutSource: 'test', examplesPerSecond: 100 },
    ]);
    expect(record?.heldOut).toMatchObject({ epoch: 1, source: 'test', count: 1000, accuracy: 0.9 });
    expect(record?.heldOut?.confusion[0]?.[0]).toBe(90);
  });

  it('keeps the epoch event’s own validation numbers and does not treat a training probe as held out', () => {
    const record = replay([
      startedEvent('r1'), heldOut(0, 'train-probe'),
      { type: 'runEpoch', runId: 'r1', epoch: 0, loss: 2.3, accuracy: 0.1, examplesPerSecond: 50 },
      heldOut(1, 'validation'),
      { type: 'runEpoch', runId: 'r1', epoch: 1, loss: 0.5, accuracy: 0.8, valLoss: 0.45, valAccuracy: 0.85, examplesPerSecond: 50 },
    ]);
    expect(record?.epochs[0]).toEqual({ epoch: 0, loss: 2.3, accuracy: 0.1, heldOutSource: 'train-probe', examplesPerSecond: 50 });
    expect(record?.epochs[1]).toMatchObject({ valLoss: 0.45, valAccuracy: 0.85, heldOutSource: 'validation' });
  });

  it('stores test results, status, reason and duration when the run ends', () => {
    const test = testResult(confusion(95, 5));
    const record = replay([
      startedEvent('r1'),
      { type: 'runBatches', runId: 'r1', batches: { epoch: [0], step: [0], loss: [2], accuracy: [0.1] }, examplesPerSecond: 10, numTensors: 5, elapsedMs: 1500 },
      { type: 'runEvaluated', runId: 'r1', test },
      { type: 'runFinished', runId: 'r1', status: 'diverged', reason: 'The loss became NaN', elapsedMs: 4000, examplesPerSecond: 10 },
    ]);
    expect(record).toMatchObject({ status: 'diverged', reason: 'The loss became NaN', durationMs: 4000, test, updatedAt: 1003 });
  });

  it('ignores events of other runs, pauses, and anything after the run ended', () => {
    const running = replay([startedEvent('r1')]);
    expect(applyRunEvent(running, heldOut(0), { now: 5 })).not.toBe(running);
    expect(applyRunEvent(running, { ...heldOut(0), runId: 'other' }, { now: 5 })).toBe(running);
    expect(applyRunEvent(running, { type: 'runPaused', runId: 'r1' }, { now: 5 })).toBe(running);
    const finished = replay([{ type: 'runFinished', runId: 'r1', status: 'stopped', elapsedMs: 1, examplesPerSecond: 1 }], running);
    expect(applyRunEvent(finished, heldOut(0), { now: 9 })).toBe(finished);
  });
});

describe('markInterrupted', () => {
  const epoch = (n: number): RunRecordEvent => ({ type: 'runEpoch', runId: 'r1', epoch: n, loss: 0.5, accuracy: 0.8, examplesPerSecond: 1 });

  it('marks a running record interrupted, naming the lost epoch and keeping the finished ones', () => {
    const running = replay([startedEvent('r1'), epoch(0), epoch(1)]);
    if (!running) throw new Error('no record');
    const marked = markInterrupted(running, 99);
    expect(marked).toMatchObject({ status: 'interrupted', updatedAt: 99 });
    expect(marked.reason).toBe('The page was closed or reloaded during epoch 3 of 3; epochs 1–2 were kept.');
    expect(marked.epochs).toHaveLength(2);
  });

  it('says when no epoch had finished, and leaves ended records alone', () => {
    const running = replay([startedEvent('r1')]);
    if (!running) throw new Error('no record');
    expect(markInterrupted(running, 5).reason).toContain('during epoch 1 of 3; no epoch had finished');
    const done = { ...running, status: 'completed' as const };
    expect(markInterrupted(done, 5)).toBe(done);
  });
});
