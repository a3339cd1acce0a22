import { describe, expect, it } from 'vitest';
import type { SweepConfig } from './config';
import { QUICK_DEMO_SWEEP } from './presets';
import { afterReload, bestRun, epochMetric, newSweep, nextRun, paused, sweepProgress, withEpoch, withRunFinished, withRunStarted, type SweepRecord } from './record';

const RANDOM_DEMO: SweepConfig = { ...QUICK_DEMO_SWEEP, method: 'random' };

/** Starts the sweep's next run as `run-<index>`. */
function startNext(record: SweepRecord): SweepRecord {
  const next = nextRun(record);
  if (!next) throw new Error('no run left');
  return withRunStarted(record, next, `run-${next.index}`, 1);
}

/** Trains the next run one epoch to `value` and ends it with `status`. */
function runOnce(record: SweepRecord, value: number, status: 'completed' | 'diverged', reason?: string): SweepRecord {
  const started = startNext(record);
  const runId = `run-${started.runs.length - 1}`;
  return withRunFinished(withEpoch(started, runId, value, 2).record, runId, status, reason, 3);
}

describe('a sweep record', () => {
  it('runs the planned runs in order, records a diverged run as diverged and goes on', () => {
    let record = newSweep('s1', RANDOM_DEMO, 0);
    expect(nextRun(record)?.assignment).toEqual({ learningRate: 0.01 });
    record = runOnce(record, 0.8, 'completed');
    expect(nextRun(record)).toEqual({ index: 1, assignment: { learningRate: 10 } });
    record = startNext(record);
    expect(sweepProgress(record)).toEqual({ run: 2, planned: 3, ended: 1 });
    record = withRunFinished(record, 'run-1', 'diverged', 'The loss became NaN', 4);
    expect(record.status).toBe('running');
    record = runOnce(record, 0.82, 'completed');
    expect(record.runs.map((run) => run.status)).toEqual(['completed', 'diverged', 'completed']);
    expect(record.runs[1]?.reason).toBe('The loss became NaN');
    expect(record.status).toBe('completed');
    expect(bestRun(record)?.index).toBe(2);
  });

  it('ignores events of runs that are not its current one', () => {
    const record = startNext(newSweep('s1', RANDOM_DEMO, 0));
    expect(withRunFinished(record, 'other', 'completed', undefined, 5)).toBe(record);
    expect(withEpoch(record, 'other', 0.5, 5).record).toBe(record);
  });

  it('pauses on a reload, dropping the interrupted run so resuming trains it again', () => {
    const record = startNext(runOnce(newSweep('s1', RANDOM_DEMO, 0), 0.8, 'completed'));
    const reloaded = afterReload(record, 9);
    expect([reloaded.status, reloaded.pausedBy, reloaded.runs.length]).toEqual(['paused', 'reload', 1]);
    expect(nextRun(reloaded)?.index).toBe(1);
    expect(afterReload(paused(record, 'user', 9), 10).pausedBy).toBe('user');
  });

  it('stops a poor run early at a Hyperband rung and records it as early-stopped', () => {
    const config: SweepConfig = { ...RANDOM_DEMO, runCap: 4, base: { ...RANDOM_DEMO.base, epochs: 3 }, earlyTerminate: { minEpochs: 1, eta: 2, maxEpochs: 3 } };
    let record = newSweep('s2', config, 0);
    record = runOnce(record, 0.9, 'completed');
    record = runOnce(record, 0.85, 'completed');
    record = startNext(record);
    const judged = withEpoch(record, 'run-2', 0.3, 5);
    expect(judged.stop).toMatch(/^Stopped after epoch 1/);
    const ended = withRunFinished(judged.record, 'run-2', 'stopped', undefined, 6);
    expect(ended.runs[2]?.status).toBe('early-stopped');
    expect(ended.runs[2]?.reason).toBe(judged.stop);
    expect(ended.status).toBe('running');
  });

  it('reads the metric from an epoch report, NaN when missing', () => {
    const epoch = { loss: 0.5, accuracy: 0.8, valLoss: 0.6, valAccuracy: 0.75 };
    expect(['loss', 'accuracy', 'val_loss', 'val_accuracy'].map((name) => epochMetric(name as 'loss', epoch))).toEqual([0.5, 0.8, 0.6, 0.75]);
    expect(epochMetric('val_accuracy', { loss: 1, accuracy: 0.1 })).toBeNaN();
  });

  it('has no best run when every run diverged', () => {
    const record = runOnce(newSweep('s3', RANDOM_DEMO, 0), Number.NaN, 'diverged');
    expect(bestRun(record)).toBeUndefined();
  });
});
