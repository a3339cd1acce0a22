import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DATASETS, type DatasetId } from '../../src/core/datasets/catalog';
import { extractCifarArchive } from './cifar-archive';
import { download, type Integrity } from './download';
import { InputError, messageOf } from './errors';
import type { Log } from './log';

/** Official MNIST mirrors, in order of preference (yann.lecun.com no longer serves the files). */
const MNIST_MIRRORS = ['https://storage.googleapis.com/cvdf-datasets/mnist', 'https://ossci-datasets.s3.amazonaws.com/mnist'];
const CIFAR_URL = 'https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz';
const CIFAR_ARCHIVE_NAME = 'cifar-10-binary.tar.gz';

/** The official CIFAR-10 binary archive, as its publisher describes it. */
export const CIFAR_ARCHIVE: Integrity = { bytes: 170_052_171, md5: 'c32a1d4ab5d03f1284b67883e8d87530' };

/** Where downloads come from and go to. */
export interface DownloadSettings {
  /** Cache folder, laid out like a datasets folder (`mnist/`, `cifar10/`). */
  readonly cacheDir: string;
  /** Replaces every official base URL: `<base>/mnist/<file>.gz`, `<base>/cifar10/<archive>`. */
  readonly baseUrl?: string | undefined;
  /** Expected CIFAR-10 archive; the official one unless a test says otherwise. */
  readonly cifarArchive?: Integrity | undefined;
  readonly log: Log;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

async function fetchMnist(settings: DownloadSettings): Promise<void> {
  for (const { name } of DATASETS.mnist.sources) {
    const dest = join(settings.cacheDir, 'mnist', `${name}.gz`);
    if (existsSync(dest)) continue;
    const bases = settings.baseUrl === undefined ? MNIST_MIRRORS : [`${trimSlash(settings.baseUrl)}/mnist`];
    await download(bases.map((base) => `${base}/${name}.gz`), dest, `mnist/${name}.gz`, settings.log);
  }
}

async function fetchCifar(settings: DownloadSettings): Promise<void> {
  const dir = join(settings.cacheDir, 'cifar10');
  const members = [...DATASETS.cifar10.sources.map(({ name }) => name), 'batches.meta.txt'];
  if (members.every((name) => existsSync(join(dir, name)))) return;
  const archive = join(dir, CIFAR_ARCHIVE_NAME);
  if (!existsSync(archive)) {
    const url = settings.baseUrl === undefined ? CIFAR_URL : `${trimSlash(settings.baseUrl)}/cifar10/${CIFAR_ARCHIVE_NAME}`;
    await download([url], archive, `cifar10/${CIFAR_ARCHIVE_NAME}`, settings.log, settings.cifarArchive ?? CIFAR_ARCHIVE);
  }
  settings.log.info(`  extracting ${CIFAR_ARCHIVE_NAME}`);
  try {
    await extractCifarArchive(archive, dir, members);
  } catch (error) {
    throw new InputError(`${messageOf(error)}. The archive was deleted; run the command again to download it anew.`);
  } finally {
    await rm(archive, { force: true });
  }
}

/**
 * Makes sure the download cache holds the official files of `dataset`, fetching
 * what is missing: MNIST's four .gz files, or CIFAR-10's archive, which is
 * extracted (to the uncompressed .bin files) and then deleted.
 */
export function ensureDownloaded(dataset: DatasetId, settings: DownloadSettings): Promise<void> {
  return dataset === 'mnist' ? fetchMnist(settings) : fetchCifar(settings);
}
