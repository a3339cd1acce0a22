import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DATASETS, type DatasetId, type SourceFile, type SourceSplit } from '../../src/core/datasets/catalog';
import { decodeCifarBatch } from '../../src/core/datasets/cifar';
import { DataFormatError, type DecodedSplit } from '../../src/core/datasets/decoded';
import { decodeIdxImages, decodeIdxLabels } from '../../src/core/datasets/idx';
import { InputError } from './errors';
import { inputFix, type InputFolder } from './input-folder';
import { checkSourcesPresent, readVerifiedSource, type VerifiedSource } from './read-source';

/** A dataset's official files, verified and decoded into its two splits. */
export interface LoadedDataset {
  readonly id: DatasetId;
  readonly splits: Readonly<Record<SourceSplit, DecodedSplit>>;
  /** The verified official files, in catalog order. */
  readonly sources: readonly VerifiedSource[];
}

/** Reads every source in parallel; reports the first failure in catalog order. */
async function readAll(folder: InputFolder, dataset: DatasetId): Promise<VerifiedSource[]> {
  const sources = DATASETS[dataset].sources;
  await checkSourcesPresent(folder, dataset, sources);
  const settled = await Promise.allSettled(sources.map((source) => readVerifiedSource(folder, dataset, source)));
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<VerifiedSource>).value);
}

function find(sources: readonly VerifiedSource[], split: SourceSplit, role: SourceFile['role']): VerifiedSource[] {
  return sources.filter(({ source }) => source.split === split && source.role === role);
}

function decodeMnistSplit(sources: readonly VerifiedSource[], split: SourceSplit): DecodedSplit {
  const { imageShape } = DATASETS.mnist;
  const [imageFile] = find(sources, split, 'images');
  const [labelFile] = find(sources, split, 'labels');
  if (!imageFile || !labelFile) throw new Error(`The catalog lacks MNIST ${split} files`);
  const images = decodeIdxImages(imageFile.bytes, imageFile.displayName);
  if (images.rows !== imageShape[0] || images.columns !== imageShape[1] || images.count !== imageFile.source.count) {
    throw new DataFormatError(imageFile.displayName, `holds ${images.count} images of ${images.rows}×${images.columns}, expected ${imageFile.source.count} of ${imageShape[0]}×${imageShape[1]}`);
  }
  const labels = decodeIdxLabels(labelFile.bytes, labelFile.displayName);
  if (labels.length !== images.count) {
    throw new DataFormatError(labelFile.displayName, `holds ${labels.length} labels, expected ${images.count} (one per image)`);
  }
  return { pixels: images.pixels, labels, count: images.count, imageShape };
}

function decodeCifarSplit(sources: readonly VerifiedSource[], split: SourceSplit): DecodedSplit {
  const { imageShape } = DATASETS.cifar10;
  const batches = find(sources, split, 'records').map((file) => decodeCifarBatch(file.bytes, file.displayName));
  const count = batches.reduce((sum, batch) => sum + batch.count, 0);
  const pixels = new Uint8Array(batches.reduce((sum, batch) => sum + batch.pixels.length, 0));
  const labels = new Uint8Array(count);
  let image = 0;
  let offset = 0;
  for (const batch of batches) {
    pixels.set(batch.pixels, offset);
    labels.set(batch.labels, image);
    offset += batch.pixels.length;
    image += batch.count;
  }
  return { pixels, labels, count, imageShape };
}

/** The class names batches.meta.txt must list, one per line, in label order. */
async function checkCifarMeta(folder: InputFolder): Promise<void> {
  const path = join(folder.dir, 'cifar10', 'batches.meta.txt');
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) throw new InputError(`cifar10/batches.meta.txt: not found in ${join(folder.dir, 'cifar10')}. ${inputFix(folder, true)}`);
  const found = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  const expected = DATASETS.cifar10.classNames.map((name) => name.en);
  if (found.join(',') !== expected.join(',')) {
    if (folder.kind === 'download') await rm(path, { force: true });
    throw new InputError(`cifar10/batches.meta.txt: lists classes ${found.join(', ')}, expected ${expected.join(', ')}. ${inputFix(folder, false)}`);
  }
}

/** Reads, verifies and decodes one dataset from the input folder. */
export async function loadDataset(folder: InputFolder, dataset: DatasetId): Promise<LoadedDataset> {
  if (dataset === 'cifar10') await checkCifarMeta(folder);
  const sources = await readAll(folder, dataset);
  const decode = dataset === 'mnist' ? decodeMnistSplit : decodeCifarSplit;
  return { id: dataset, sources, splits: { train: decode(sources, 'train'), test: decode(sources, 'test') } };
}
