import type * as tf from '@tensorflow/tfjs';
import { DATASETS } from '../../src/core/datasets/catalog';
import { findProtocol, makeTrainSplit } from '../../src/core/datasets/splits';
import { summarizeNetwork, type NetworkSummary } from '../../src/core/model/shapes';
import { formatCount } from '../../src/core/util/format';
import { activeBackend } from '../../src/engine/backends';
import { buildModel } from '../../src/engine/model/build-model';
import { exportArtifacts } from '../../src/engine/model/export';
import { testReport } from '../../src/engine/training/evaluate';
import type { RunControl } from '../../src/engine/training/run-control';
import { trainModel, type TrainingData, type TrainingOutcome } from '../../src/engine/training/trainer';
import { isExpectedError } from '../data/errors';
import type { LoadedDataset } from '../data/load-dataset';
import { OptionError } from '../cli/args';
import { startNodeBackend } from '../cli/backend';
import { formatSeconds, loadCliDataset, type CliContext } from '../cli/context';
import { writeJsonAtomically } from '../cli/json-file';
import { saveModelFiles } from '../cli/model-files';
import { testBlock, testLines } from '../cli/test-metrics';
import { parseTrainOptions, TRAIN_USAGE, type TrainOptions } from './options';
import { epochLine, headerLines, type SplitSizes } from './output';
import { trainRecord, type RunResult } from './record';

/** The train command's surroundings; `control` lets Ctrl+C stop the run. */
export interface TrainContext extends CliContext {
  readonly control?: RunControl;
}

/** Exit codes: 0 trained, 1 bad input, 2 diverged, 130 stopped by Ctrl+C. */
export const TRAIN_EXIT = { completed: 0, input: 1, diverged: 2, stopped: 130 } as const;

function trainingData(options: TrainOptions, dataset: LoadedDataset): TrainingData {
  const { settings } = options;
  const protocol = findProtocol(settings.dataset, settings.protocolId);
  const source = dataset.splits.train;
  const split = makeTrainSplit(source.count, { ...protocol.spec, trainLimit: settings.trainLimit }, settings.seed);
  return { source, trainIndices: split.train, validationIndices: split.validation, classTotal: DATASETS[settings.dataset].classNames.length };
}

/** The built model must hold exactly the weights the spec's summary counts. */
function checkParams(model: tf.LayersModel, summary: NetworkSummary): void {
  const trainable = model.trainableWeights.reduce((sum, weight) => sum + weight.shape.reduce<number>((product, side) => product * (side ?? 1), 1), 0);
  if (model.countParams() !== summary.params || trainable !== summary.trainableParams) {
    throw new Error(`The built model has ${model.countParams()} parameters (${trainable} trainable) but the spec counts ${summary.params} (${summary.trainableParams})`);
  }
}

/** Prints the end of a run that did not complete and says why. */
function reportUnfinished(outcome: TrainingOutcome, epochs: number, context: TrainContext): TrainingOutcome {
  if (outcome.status === 'diverged') {
    context.log.error(`Diverged: ${outcome.reason ?? 'no reason given'}`);
    return outcome;
  }
  const reason = `Stopped by the user after ${outcome.epochs.length} of ${epochs} epochs; the test set was not evaluated.`;
  context.log.info(reason);
  return { ...outcome, reason };
}

/** Trains, printing one line per epoch with its wall time (validation included). */
async function trainWithProgress(model: tf.LayersModel, settings: TrainOptions['settings'], data: TrainingData, context: TrainContext): Promise<TrainingOutcome> {
  let epochStarted = performance.now();
  const outcome = await trainModel(model, settings, data, {
    ...(context.control ? { control: context.control } : {}),
    onEpoch: (metrics) => {
      context.log.info(epochLine(metrics, settings.epochs, performance.now() - epochStarted));
      epochStarted = performance.now();
    },
  });
  if (outcome.status !== 'completed') return reportUnfinished(outcome, settings.epochs, context);
  const epochs = `${settings.epochs} epoch${settings.epochs === 1 ? '' : 's'}`;
  context.log.info(`trained ${epochs} in ${formatSeconds(outcome.elapsedMs)} at ${formatCount(Math.round(outcome.examplesPerSecond))} examples/s`);
  return outcome;
}

/** Evaluates the trained model on the whole test split, prints the metrics and saves the model when asked. */
async function testAndSave(model: tf.LayersModel, options: TrainOptions, test: LoadedDataset['splits']['test'], context: TrainContext): Promise<Pick<RunResult, 'test' | 'savedModel'>> {
  const { settings } = options;
  const classNames = DATASETS[settings.dataset].classNames.map((name) => name.en);
  const block = testBlock(await testReport(model, test, classNames.length), classNames);
  testLines(block).forEach((line) => context.log.info(line));
  if (options.saveDir === undefined) return { test: block };
  const savedModel = await saveModelFiles(options.saveDir, await exportArtifacts(model, settings.network, settings));
  context.log.info(`Saved the model to ${savedModel}`);
  return { test: block, savedModel };
}

async function trainAndReport(options: TrainOptions, dataset: LoadedDataset, context: TrainContext): Promise<number> {
  const { settings } = options;
  const data = trainingData(options, dataset);
  const test = dataset.splits.test;
  const sizes: SplitSizes = { train: data.trainIndices.length, validation: data.validationIndices.length, test: test.count };
  const summary = summarizeNetwork(settings.network, data.classTotal);
  const model = buildModel(settings.network, settings.seed);
  try {
    checkParams(model, summary);
    headerLines(settings, sizes, summary, activeBackend()).forEach((line) => context.log.info(line));
    const startedAt = new Date().toISOString();
    const outcome = await trainWithProgress(model, settings, data, context);
    const results = outcome.status === 'completed' ? await testAndSave(model, options, test, context) : {};
    if (options.jsonPath !== undefined) {
      await writeJsonAtomically(options.jsonPath, trainRecord(settings, summary, sizes, activeBackend(), { outcome, startedAt, ...results }));
      context.log.info(`Wrote ${options.jsonPath}`);
    }
    return TRAIN_EXIT[outcome.status];
  } finally {
    model.dispose();
  }
}

/**
 * `npm run train`: trains a preset network on a dataset in Node, prints the
 * header, one line per epoch and the test metrics, and writes the JSON record
 * and the model when asked. Returns the exit code (see TRAIN_EXIT).
 */
export async function runTrainCommand(argv: readonly string[], context: TrainContext): Promise<number> {
  if (argv.includes('--help')) {
    context.log.info(TRAIN_USAGE);
    return 0;
  }
  try {
    const options = parseTrainOptions(argv, context.cwd);
    await startNodeBackend(options.backend);
    const dataset = await loadCliDataset(context, options.settings.dataset);
    return await trainAndReport(options, dataset, context);
  } catch (error) {
    if (!isExpectedError(error)) throw error;
    context.log.error(error.message);
    if (error instanceof OptionError) context.log.error(TRAIN_USAGE);
    return TRAIN_EXIT.input;
  }
}
