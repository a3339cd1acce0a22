import type * as tf from '@tensorflow/tfjs';
import type { BackendName } from '../../src/core/backends';
import { DATASET_IDS, DATASETS, type DatasetId } from '../../src/core/datasets/catalog';
import { formatCount } from '../../src/core/util/format';
import { activeBackend } from '../../src/engine/backends';
import { exportMetadata, ModelLoadError, modelFitProblems } from '../../src/engine/model/load';
import { testReport } from '../../src/engine/training/evaluate';
import { InputError, isExpectedError } from '../data/errors';
import { OptionError } from '../cli/args';
import { startNodeBackend } from '../cli/backend';
import { formatSeconds, loadCliDataset, type CliContext } from '../cli/context';
import { writeJsonAtomically } from '../cli/json-file';
import { FORMAT_LABELS, loadModelFile, readModelSource, type ModelFile } from '../cli/model-files';
import { testBlock, testLines, type TestBlock } from '../cli/test-metrics';
import { EVAL_USAGE, parseEvalOptions, type EvalOptions } from './options';

/** What `npm run eval -- --json FILE` writes. */
export interface EvalRecord {
  /** The model file evaluated, absolute. */
  readonly model: string;
  /** Its format: TF.js Layers model.json, Keras 2 .h5 or Keras 3 .keras. */
  readonly format: ModelFile['format'];
  readonly dataset: DatasetId;
  readonly backend: BackendName;
  readonly params: number;
  readonly test: TestBlock;
  /** Reading the model file and building the model (ms). */
  readonly loadMs: number;
  /** Reading the model and the dataset and evaluating the test set (ms). */
  readonly elapsedMs: number;
  /** When the evaluation started, ISO 8601. */
  readonly startedAt: string;
}

/** The dataset asked for, else the one whose images fit the model's input. */
function chooseDataset(model: tf.LayersModel, options: EvalOptions): DatasetId {
  if (options.dataset !== undefined) return options.dataset;
  const fitting = DATASET_IDS.find((id) => modelFitProblems(model, DATASETS[id].imageShape, DATASETS[id].classNames.length).length === 0);
  if (fitting === undefined) {
    throw new InputError(`${options.modelPath}: ${modelFitProblems(model, DATASETS.mnist.imageShape, DATASETS.mnist.classNames.length).join(' ')} No dataset fits it; pass --dataset to see why for another one.`);
  }
  return fitting;
}

/** The model as loaded: its format and how long reading and building it took. */
interface LoadedModel {
  readonly model: tf.LayersModel;
  readonly format: ModelFile['format'];
  readonly loadMs: number;
}

async function evaluate({ model, format, loadMs }: LoadedModel, options: EvalOptions, context: CliContext, started: number): Promise<EvalRecord> {
  const dataset = chooseDataset(model, options);
  const info = DATASETS[dataset];
  const problems = modelFitProblems(model, info.imageShape, info.classNames.length);
  if (problems.length > 0) throw new InputError(`${options.modelPath} does not fit ${info.label}: ${problems.join(' ')}`);
  const test = (await loadCliDataset(context, dataset)).splits.test;
  context.log.info(`dataset    ${info.label} test set: ${formatCount(test.count)} images`);
  const startedAt = new Date().toISOString();
  const block = testBlock(await testReport(model, test, info.classNames.length), info.classNames.map((name) => name.en));
  testLines(block).forEach((line) => context.log.info(line));
  const elapsedMs = performance.now() - started;
  context.log.info(`evaluated in ${formatSeconds(elapsedMs)}`);
  return { model: options.modelPath, format, dataset, backend: activeBackend(), params: model.countParams(), test: block, loadMs, elapsedMs, startedAt };
}

async function loadAndEvaluate(options: EvalOptions, context: CliContext): Promise<EvalRecord> {
  await startNodeBackend(options.backend);
  const started = performance.now();
  const file = await readModelSource(options.modelPath);
  const model = await loadModelFile(file).catch((error: unknown) => {
    throw error instanceof ModelLoadError ? new InputError(`${options.modelPath}: ${error.message}.`) : error;
  });
  const loadMs = performance.now() - started;
  try {
    const name = (file.format === 'tfjs-layers' ? exportMetadata(file.artifacts)?.spec.name : undefined) ?? model.name;
    context.log.info(`model      ${options.modelPath}: ${name} (${FORMAT_LABELS[file.format]}), ${formatCount(model.countParams())} parameters, loaded in ${formatSeconds(loadMs)}`);
    context.log.info(`backend    ${activeBackend()}`);
    return await evaluate({ model, format: file.format, loadMs }, options, context, started);
  } finally {
    model.dispose();
  }
}

/**
 * `npm run eval`: loads a saved model (TF.js Layers model.json, Keras .h5 or
 * .keras), checks it fits the dataset, evaluates the
 * whole official test set and prints (and with --json writes) the same metrics as
 * `npm run train`. Returns the exit code: 0 done, 1 bad input or model file.
 */
export async function runEvalCommand(argv: readonly string[], context: CliContext): Promise<number> {
  if (argv.includes('--help')) {
    context.log.info(EVAL_USAGE);
    return 0;
  }
  try {
    const options = parseEvalOptions(argv, context.cwd);
    const record = await loadAndEvaluate(options, context);
    if (options.jsonPath !== undefined) {
      await writeJsonAtomically(options.jsonPath, record);
      context.log.info(`Wrote ${options.jsonPath}`);
    }
    return 0;
  } catch (error) {
    if (!isExpectedError(error)) throw error;
    context.log.error(error.message);
    if (error instanceof OptionError) context.log.error(EVAL_USAGE);
    return 1;
  }
}
