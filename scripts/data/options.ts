import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DATASET_IDS, type DatasetId } from '../../src/core/datasets/catalog';
import { InputError, messageOf } from './errors';

/** What `npm run data` was asked to do. */
export interface DataOptions {
  /** Datasets to build, in catalog order. */
  readonly datasets: readonly DatasetId[];
  /** Output folder; each dataset goes to `<outDir>/<dataset>/`. Absolute. */
  readonly outDir: string;
  /** Skip a dataset whose assets are already complete. */
  readonly ifMissing: boolean;
}

/** One-line usage, shown with option errors. */
export const USAGE = 'Usage: npm run data -- [--dataset mnist|cifar10] [--out DIR] [--if-missing]';

function isDatasetId(value: string): value is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(value);
}

/**
 * Parses the command line. `defaultOut` is used when `--out` is absent; a given
 * `--out` is resolved against `cwd`. Bad options throw an InputError with usage.
 */
export function parseOptions(argv: readonly string[], defaultOut: string, cwd: string): DataOptions {
  let values: { dataset?: string | undefined; out?: string | undefined; 'if-missing'?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { dataset: { type: 'string' }, out: { type: 'string' }, 'if-missing': { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new InputError(`${messageOf(error)}\n${USAGE}`);
  }
  const { dataset, out } = values;
  if (dataset !== undefined && !isDatasetId(dataset)) {
    throw new InputError(`Unknown dataset "${dataset}", expected one of ${DATASET_IDS.join(', ')}.\n${USAGE}`);
  }
  return {
    datasets: dataset === undefined ? DATASET_IDS : [dataset],
    outDir: out === undefined ? defaultOut : resolve(cwd, out),
    ifMissing: values['if-missing'] ?? false,
  };
}
