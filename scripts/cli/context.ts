import type { DatasetId } from '../../src/core/datasets/catalog';
import { InputError } from '../data/errors';
import { chooseInputFolder, describeInputFolder } from '../data/input-folder';
import { loadDataset, type LoadedDataset } from '../data/load-dataset';
import type { Log } from '../data/log';

/** Everything a command takes from its surroundings (tests pass their own). */
export interface CliContext {
  /** Repository root: where ../shared/datasets and the download cache are found. */
  readonly repoRoot: string;
  /** Folder relative paths in options are resolved against. */
  readonly cwd: string;
  /** DATASETS_DIR is read from here. */
  readonly env: NodeJS.ProcessEnv;
  readonly log: Log;
  /** Replaces dataset loading (tests share one load between runs). */
  readonly loadDataset?: (dataset: DatasetId) => Promise<LoadedDataset>;
}

/**
 * Loads a dataset's verified, decoded splits the way `npm run data` finds them.
 * When nothing is there yet, the message says how to fetch the files.
 */
export async function loadCliDataset(context: CliContext, dataset: DatasetId): Promise<LoadedDataset> {
  if (context.loadDataset) return context.loadDataset(dataset);
  const folder = chooseInputFolder(context.repoRoot, context.env);
  context.log.info(describeInputFolder(folder));
  try {
    return await loadDataset(folder, dataset);
  } catch (error) {
    if (folder.kind !== 'download' || !(error instanceof InputError)) throw error;
    throw new InputError(`${error.message.replace(/ Run the command again.*$/, '')} Run \`npm run data -- --dataset ${dataset}\` to download the official files, or set DATASETS_DIR.`);
  }
}

/** Seconds with one decimal: "12.3 s". */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
