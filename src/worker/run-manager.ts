import * as tf from '@tensorflow/tfjs';
import { DATASETS } from '../core/datasets/catalog';
import { findProtocol, makeTrainSplit } from '../core/datasets/splits';
import { summarizeNetwork } from '../core/model/shapes';
import type { NetworkSpec } from '../core/model/spec';
import type { RequestCellImagesCommand, RunControlCommand, StartRunCommand, WorkerEvent } from '../core/protocol';
import { trainingSettingsProblems, type TrainingSettings } from '../core/training/settings';
import { activeBackend } from '../engine/backends';
import { buildModel } from '../engine/model/build-model';
import { testReport } from '../engine/training/evaluate';
import type { BatchMetrics } from '../engine/training/metrics-buffer';
import { RunControl } from '../engine/training/run-control';
import { trainModel, type HeldOutEvaluation, type TrainingData } from '../engine/training/trainer';
import { cellImagesEvent, galleryBuffers, heldOutEvent } from './held-out';
import type { LoadedDataset } from './load-dataset';

type Post = (event: WorkerEvent, transfer?: Transferable[]) => void;

/** The run's model with what it was built and trained from. */
export interface RunModel {
  readonly model: tf.LayersModel;
  readonly spec: NetworkSpec;
  readonly settings: TrainingSettings;
  /** True while a run trains it (not paused): its weights change between steps. */
  readonly training: boolean;
}

interface ActiveRun {
  readonly runId: string;
  readonly control: RunControl;
  readonly finished: Promise<void>;
}

function toSeries(batches: readonly BatchMetrics[]): { epoch: number[]; step: number[]; loss: number[]; accuracy: number[] } {
  return {
    epoch: batches.map((batch) => batch.epoch),
    step: batches.map((batch) => batch.step),
    loss: batches.map((batch) => batch.loss),
    accuracy: batches.map((batch) => batch.accuracy),
  };
}

/**
 * Runs one training run at a time in the worker and reports it. The run's model is
 * reachable (for prediction, saving) while it trains and after, until the next run
 * starts.
 */
export class RunManager {
  private active: ActiveRun | undefined;
  private lastModel: Omit<RunModel, 'training'> | undefined;
  private lastHeldOut: { readonly runId: string; readonly heldOut: HeldOutEvaluation } | undefined;

  constructor(private readonly post: Post) {}

  /** Stops any current run, then trains with the command's settings. */
  async start(command: StartRunCommand, data: LoadedDataset | undefined): Promise<void> {
    if (this.active) {
      this.active.control.stop();
      await this.active.finished;
    }
    const control = new RunControl();
    const finished = this.train(command, data, control).catch((error: unknown) => {
      const reason = String(error instanceof Error ? error.message : error);
      this.post({ type: 'runFinished', runId: command.runId, status: 'failed', reason, elapsedMs: 0, examplesPerSecond: 0 });
    });
    this.active = { runId: command.runId, control, finished };
    await finished;
    if (this.active.runId === command.runId) this.active = undefined;
  }

  /**
   * The current run's live model, or the last run's; undefined before any run built
   * one. Callers must not train it or touch its optimizer.
   */
  runModel(): RunModel | undefined {
    const last = this.lastModel;
    if (!last) return undefined;
    return { ...last, training: this.active !== undefined && !this.active.control.isPaused };
  }

  /** Frees the kept model (tests, and a worker that shuts down). */
  dispose(): void {
    this.lastModel?.model.dispose();
    this.lastModel = undefined;
  }

  /** Sends the images of one cell of the latest held-out confusion matrix of that run. */
  cellImages(command: RequestCellImagesCommand): void {
    const latest = this.lastHeldOut;
    if (!latest || latest.runId !== command.runId) return;
    const event = cellImagesEvent(command.runId, latest.heldOut, command.truth, command.predicted, command.limit);
    this.post(event, galleryBuffers(event.images));
  }

  /** Pause, resume or stop, if the command names the current run. */
  control(command: RunControlCommand): void {
    const run = this.active;
    if (!run || run.runId !== command.runId) return;
    if (command.type === 'pauseRun') run.control.pause();
    if (command.type === 'stopRun') run.control.stop();
    if (command.type === 'resumeRun' && run.control.isPaused) {
      run.control.resume();
      this.post({ type: 'runResumed', runId: run.runId });
    }
  }

  private async train(command: StartRunCommand, data: LoadedDataset | undefined, control: RunControl): Promise<void> {
    const { settings, runId } = command;
    const problems = trainingSettingsProblems(settings);
    if (problems.length > 0) throw new Error(problems.join(' '));
    if (!data || data.dataset !== settings.dataset) throw new Error(`${DATASETS[settings.dataset].label} is not loaded yet; load it, then train.`);
    const split = makeTrainSplit(data.train.count, { ...findProtocol(settings.dataset, settings.protocolId).spec, trainLimit: settings.trainLimit }, settings.seed);
    const trainingData: TrainingData = {
      source: data.train, trainIndices: split.train, validationIndices: split.validation, test: data.test,
      classTotal: DATASETS[settings.dataset].classNames.length,
    };
    this.lastModel?.model.dispose();
    this.lastModel = undefined;
    const model = buildModel(settings.network, settings.seed);
    this.lastModel = { model, spec: settings.network, settings };
    const summary = summarizeNetwork(settings.network);
    this.post({
      type: 'runStarted', runId, backend: activeBackend(), params: { total: summary.params, trainable: summary.trainableParams },
      trainCount: split.train.length, validationCount: split.validation.length, batchesPerEpoch: Math.ceil(split.train.length / settings.batchSize),
    });
    const runStarted = performance.now();
    const trainingClock = (): number => performance.now() - runStarted - control.pausedMs;
    const outcome = await trainModel(model, settings, trainingData, {
      control,
      onPaused: () => this.post({ type: 'runPaused', runId }),
      onBatches: (batches, trainingMs) => {
        const examples = batches.reduce((sum, batch) => sum + batch.size, 0);
        this.post({
          type: 'runBatches', runId, batches: toSeries(batches), examplesPerSecond: (1000 * examples) / Math.max(1, trainingMs),
          numTensors: tf.memory().numTensors, elapsedMs: trainingClock(),
        });
      },
      onEvaluation: (heldOut) => {
        this.lastHeldOut = { runId, heldOut };
        const event = heldOutEvent(runId, heldOut, trainingData.classTotal, settings.seed);
        this.post(event, galleryBuffers([...event.confidentErrors, ...event.misclassified]));
      },
      onEpoch: (epoch) => this.post({ type: 'runEpoch', runId, ...epoch }),
    });
    if (outcome.status === 'completed') {
      this.post({ type: 'runEvaluated', runId, test: await testReport(model, data.test, trainingData.classTotal) });
    }
    this.post({ type: 'runFinished', runId, status: outcome.status, reason: outcome.reason, elapsedMs: outcome.elapsedMs, examplesPerSecond: outcome.examplesPerSecond });
  }
}
