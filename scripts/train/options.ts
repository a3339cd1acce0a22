import { resolve } from 'node:path';
import { DATASET_IDS, DATASETS, type DatasetId } from '../../src/core/datasets/catalog';
import { SPLIT_PROTOCOLS } from '../../src/core/datasets/splits';
import { GMNET_DEFAULTS, presetNetwork, type GmnetOptions, type PresetId } from '../../src/core/model/presets';
import { defaultOptimizer, OPTIMIZER_KINDS, trainingSettingsProblems, type OptimizerSettings, type TrainingSettings } from '../../src/core/training/settings';
import { InputError } from '../data/errors';
import { choiceFlag, numberFlag, OptionError, readFlags, rejectFlag, stringFlag, type FlagValues } from '../cli/args';
import { backendFlag, type NodeBackend } from '../cli/backend';
import { DATASET_DEFAULT_MODEL, DEFAULT_SEED, MODEL_DEFAULTS, PRESET_IDS } from './defaults';

/** What `npm run train` was asked to do. */
export interface TrainOptions {
  readonly preset: PresetId;
  readonly settings: TrainingSettings;
  readonly backend: NodeBackend;
  /** Absolute folder for model.json + weights.bin, when --save is given. */
  readonly saveDir?: string;
  /** Absolute path of the JSON record, when --json is given. */
  readonly jsonPath?: string;
}

/** Usage text, shown by --help and with option errors. */
export const TRAIN_USAGE = [
  'Usage: npm run train -- [--dataset mnist|cifar10] [--model lenet5|ivannet|gmnet|cifar-g3]',
  '  [--activation relu|tanh] [--dropout D] [--units U]        (GMNet only)',
  '  [--optimizer adam|sgd|rmsprop] [--momentum M] [--decay D] [--lr LR] [--batch N] [--epochs N]',
  '  [--train-size N] [--validation PROTOCOL] [--seed N] [--backend wasm|cpu] [--save DIR] [--json FILE]',
  'Unset values take the coursework\'s defaults for the network.',
].join('\n');

const FLAGS = {
  dataset: 'string', model: 'string', activation: 'string', dropout: 'string', units: 'string',
  optimizer: 'string', momentum: 'string', decay: 'string', lr: 'string', batch: 'string', epochs: 'string',
  'train-size': 'string', validation: 'string', seed: 'string', backend: 'string', save: 'string', json: 'string',
} as const;

function chooseNetwork(values: FlagValues): { preset: PresetId; dataset: DatasetId; gmnet?: GmnetOptions } {
  const model = choiceFlag(values, 'model', PRESET_IDS);
  const dataset = choiceFlag(values, 'dataset', DATASET_IDS) ?? MODEL_DEFAULTS[model ?? 'lenet5'].dataset;
  const preset = model ?? DATASET_DEFAULT_MODEL[dataset];
  if (preset !== 'gmnet') {
    for (const flag of ['activation', 'dropout', 'units']) rejectFlag(values, flag, 'applies only to --model gmnet');
    return { preset, dataset };
  }
  const gmnet: GmnetOptions = {
    activation: choiceFlag(values, 'activation', ['relu', 'tanh'] as const) ?? GMNET_DEFAULTS.activation,
    dropout: numberFlag(values, 'dropout', { min: 0, below: 1 }) ?? GMNET_DEFAULTS.dropout,
    units: numberFlag(values, 'units', { integer: true, min: 1 }) ?? GMNET_DEFAULTS.units,
  };
  return { preset, dataset, gmnet };
}

function chooseOptimizer(values: FlagValues, preset: PresetId): OptimizerSettings {
  const kind = choiceFlag(values, 'optimizer', OPTIMIZER_KINDS) ?? MODEL_DEFAULTS[preset].optimizer;
  const optimizer = defaultOptimizer(kind);
  if (kind !== 'sgd') rejectFlag(values, 'momentum', 'applies only to --optimizer sgd');
  if (kind !== 'rmsprop') rejectFlag(values, 'decay', 'applies only to --optimizer rmsprop');
  if (optimizer.kind === 'sgd') return { ...optimizer, momentum: numberFlag(values, 'momentum') ?? optimizer.momentum };
  if (optimizer.kind === 'rmsprop') return { ...optimizer, decay: numberFlag(values, 'decay') ?? optimizer.decay };
  return optimizer;
}

function chooseProtocol(values: FlagValues, preset: PresetId, dataset: DatasetId): string {
  const ids = SPLIT_PROTOCOLS[dataset].map((protocol) => protocol.id);
  const given = stringFlag(values, 'validation');
  if (given !== undefined && !ids.includes(given)) {
    throw new OptionError(`--validation "${given}" is not a split protocol of ${DATASETS[dataset].label}; use one of ${ids.join(', ')}.`);
  }
  const preferred = MODEL_DEFAULTS[preset].protocolId;
  return given ?? (preferred !== undefined && ids.includes(preferred) ? preferred : (ids[0] ?? ''));
}

/** The training settings the flags describe, before validation. */
function settingsFrom(values: FlagValues): { preset: PresetId; settings: TrainingSettings } {
  const { preset, dataset, gmnet } = chooseNetwork(values);
  const defaults = MODEL_DEFAULTS[preset];
  const settings: TrainingSettings = {
    dataset,
    network: presetNetwork(preset, gmnet),
    optimizer: chooseOptimizer(values, preset),
    learningRate: numberFlag(values, 'lr') ?? defaults.learningRate,
    batchSize: numberFlag(values, 'batch', { integer: true }) ?? defaults.batchSize,
    epochs: numberFlag(values, 'epochs', { integer: true }) ?? defaults.epochs,
    protocolId: chooseProtocol(values, preset, dataset),
    trainLimit: numberFlag(values, 'train-size', { integer: true }),
    seed: numberFlag(values, 'seed', { integer: true }) ?? DEFAULT_SEED,
  };
  return { preset, settings };
}

/**
 * Parses `npm run train` arguments; relative paths are resolved against `cwd`.
 * Unknown flags, malformed values and settings that cannot train throw an
 * InputError listing every problem.
 */
export function parseTrainOptions(argv: readonly string[], cwd: string): TrainOptions {
  const values = readFlags(argv, FLAGS);
  const { preset, settings } = settingsFrom(values);
  const backend = backendFlag(values);
  const problems = trainingSettingsProblems(settings);
  if (problems.length > 0) throw new InputError(`These settings cannot train:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  const save = stringFlag(values, 'save');
  const json = stringFlag(values, 'json');
  return {
    preset, settings, backend,
    ...(save === undefined ? {} : { saveDir: resolve(cwd, save) }),
    ...(json === undefined ? {} : { jsonPath: resolve(cwd, json) }),
  };
}
