import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from './errors';

/** Where the official files are read from, and how the folder was chosen. */
export interface InputFolder {
  /** Absolute folder holding `mnist/` and `cifar10/`. */
  readonly dir: string;
  /** `env`: DATASETS_DIR; `shared`: ../shared/datasets; `download`: the download cache. */
  readonly kind: 'env' | 'shared' | 'download';
}

/** The download cache, relative to the repository root (gitignored). */
export const DOWNLOAD_CACHE = join('.data-cache', 'downloads');

/**
 * Picks the input folder: `DATASETS_DIR` if set (it must exist), else
 * `<repoRoot>/../shared/datasets` if it exists, else the download cache.
 */
export function chooseInputFolder(repoRoot: string, env: NodeJS.ProcessEnv): InputFolder {
  const fromEnv = env['DATASETS_DIR'];
  if (fromEnv !== undefined && fromEnv !== '') {
    const dir = resolve(repoRoot, fromEnv);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new InputError(`DATASETS_DIR is ${fromEnv}, which is not a folder. Point it at the folder holding mnist/ and cifar10/, or unset it to download the official files.`);
    }
    return { dir, kind: 'env' };
  }
  const shared = resolve(repoRoot, '..', 'shared', 'datasets');
  if (existsSync(shared)) return { dir: shared, kind: 'shared' };
  return { dir: resolve(repoRoot, DOWNLOAD_CACHE), kind: 'download' };
}

/** One line telling the user which folder is used and why. */
export function describeInputFolder(folder: InputFolder): string {
  switch (folder.kind) {
    case 'env':
      return `Reading datasets from DATASETS_DIR: ${folder.dir}`;
    case 'shared':
      return `Reading datasets from ${folder.dir} (set DATASETS_DIR to use another folder)`;
    case 'download':
      return `No local datasets folder (DATASETS_DIR unset, ../shared/datasets absent): using downloads in ${folder.dir}`;
  }
}

/**
 * The advice that ends a message about a bad or missing input file, so the user
 * knows how to fix it for the kind of folder in use.
 */
export function inputFix(folder: InputFolder, missing: boolean): string {
  const act = missing ? 'Put the official file there' : 'Replace it with the official file';
  switch (folder.kind) {
    case 'env':
      return `${act}, or unset DATASETS_DIR to download it.`;
    case 'shared':
      return `${act}, or set DATASETS_DIR to a folder holding the official files.`;
    case 'download':
      return missing ? 'Run the command again to download it.' : 'The downloaded copy was deleted; run the command again to download it anew.';
  }
}
