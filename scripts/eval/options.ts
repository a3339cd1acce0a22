import { resolve } from 'node:path';
import { DATASET_IDS, type DatasetId } from '../../src/core/datasets/catalog';
import { choiceFlag, OptionError, readFlags, stringFlag } from '../cli/args';
import { backendFlag, type NodeBackend } from '../cli/backend';

/** What `npm run eval` was asked to do. */
export interface EvalOptions {
  /** Absolute path of the model file: a TF.js Layers model.json (or its folder), a Keras .h5 or .keras file. */
  readonly modelPath: string;
  /** The dataset whose test split is evaluated; undefined = the one whose images fit the model. */
  readonly dataset?: DatasetId;
  readonly backend: NodeBackend;
  /** Absolute path of the JSON record, when --json is given. */
  readonly jsonPath?: string;
}

/** Usage text, shown by --help and with option errors. */
export const EVAL_USAGE = [
  'Usage: npm run eval -- --model DIR/model.json|MODEL.h5|MODEL.keras [--dataset mnist|cifar10] [--backend wasm|cpu] [--json FILE]',
  'Evaluates a saved model (TF.js Layers model.json, Keras 2 .h5 or Keras 3 .keras) on the whole',
  'official test set; without --dataset, the dataset whose images fit the model\'s input is used.',
].join('\n');

const FLAGS = { model: 'string', dataset: 'string', backend: 'string', json: 'string' } as const;

/**
 * Parses `npm run eval` arguments; relative paths are resolved against `cwd`.
 * A missing --model, an unknown flag or a bad value throws an OptionError.
 */
export function parseEvalOptions(argv: readonly string[], cwd: string): EvalOptions {
  const values = readFlags(argv, FLAGS);
  const model = stringFlag(values, 'model');
  if (model === undefined) throw new OptionError('--model is required: a model.json written by npm run train -- --save DIR, or a Keras .h5 or .keras file.');
  const dataset = choiceFlag(values, 'dataset', DATASET_IDS);
  const json = stringFlag(values, 'json');
  return {
    modelPath: resolve(cwd, model),
    ...(dataset === undefined ? {} : { dataset }),
    backend: backendFlag(values),
    ...(json === undefined ? {} : { jsonPath: resolve(cwd, json) }),
  };
}
