import { pixelsPerImage, type DatasetId, type SourceSplit } from '../core/datasets/catalog';
import type { DecodedSplit } from '../core/datasets/decoded';
import type { DatasetManifest, SplitAssets } from '../core/datasets/manifest';
import type { DatasetSource, LoadPhase } from '../core/protocol';
import { AssetError, REBUILD_FIX } from './asset-error';
import { readCachedDataset, writeCachedDataset } from './dataset-cache';
import { decodeSheetInto } from './decode-sprite';
import { fetchManifest, fetchVerified, sha256Hex } from './fetch-assets';

/** A dataset held in the worker in its compact uint8 form. */
export interface LoadedDataset {
  readonly dataset: DatasetId;
  readonly manifest: DatasetManifest;
  readonly train: DecodedSplit;
  readonly test: DecodedSplit;
  readonly source: DatasetSource;
}

/** Progress callback: phase, overall fraction in [0, 1], bytes fetched and in all. */
export type ReportProgress = (phase: LoadPhase, fraction: number, loadedBytes: number, totalBytes: number) => void;

const SPLITS: readonly SourceSplit[] = ['train', 'test'];

function splitBytes(assets: SplitAssets): number {
  return assets.labels.bytes + assets.sheets.reduce((sum, sheet) => sum + sheet.bytes, 0);
}

/** Downloads, checks and decodes one split's sheets and labels. */
async function fetchSplit(
  folder: string,
  manifest: DatasetManifest,
  split: SourceSplit,
  onBytes: (bytes: number) => void,
  onSheetDecoded: () => void,
): Promise<DecodedSplit> {
  const assets = manifest.splits[split];
  const pixels = new Uint8Array(assets.count * pixelsPerImage(manifest.imageShape));
  const labels = await fetchVerified(`${folder}/${assets.labels.file}`, assets.labels, onBytes);
  for (const sheet of assets.sheets) {
    const png = await fetchVerified(`${folder}/${sheet.file}`, sheet, onBytes);
    await decodeSheetInto(png, sheet, manifest.imageShape, pixels);
    onSheetDecoded();
  }
  const decodedHash = await sha256Hex(pixels);
  if (decodedHash !== assets.pixelsSha256) {
    throw new AssetError(`The ${split} images decoded from ${assets.sheets.map((sheet) => sheet.file).join(', ')} differ from the originals (pixel checksum mismatch).`, REBUILD_FIX);
  }
  return { pixels, labels, count: assets.count, imageShape: manifest.imageShape };
}

async function fetchAll(folder: string, manifest: DatasetManifest, report: ReportProgress): Promise<Record<SourceSplit, DecodedSplit>> {
  const totalBytes = SPLITS.reduce((sum, split) => sum + splitBytes(manifest.splits[split]), 0);
  const totalSheets = SPLITS.reduce((sum, split) => sum + manifest.splits[split].sheets.length, 0);
  let loadedBytes = 0;
  let decodedSheets = 0;
  const fraction = (): number => 0.02 + 0.9 * (0.6 * (loadedBytes / totalBytes) + 0.4 * (decodedSheets / totalSheets));
  const onBytes = (bytes: number): void => {
    loadedBytes += bytes;
    report('download', fraction(), loadedBytes, totalBytes);
  };
  const onSheetDecoded = (): void => {
    decodedSheets += 1;
    report('decode', fraction(), loadedBytes, totalBytes);
  };
  const train = await fetchSplit(folder, manifest, 'train', onBytes, onSheetDecoded);
  const test = await fetchSplit(folder, manifest, 'test', onBytes, onSheetDecoded);
  return { train, test };
}

async function fromCache(manifest: DatasetManifest): Promise<Record<SourceSplit, DecodedSplit> | undefined> {
  try {
    const cached = await readCachedDataset(manifest.dataset, manifest.contentHash);
    if (!cached) return undefined;
    const shape = manifest.imageShape;
    const size = pixelsPerImage(shape);
    const split = (part: CachedSplit, count: number): DecodedSplit | undefined =>
      part.labels.length === count && part.pixels.length === count * size ? { ...part, count, imageShape: shape } : undefined;
    const train = split(cached.train, manifest.splits.train.count);
    const test = split(cached.test, manifest.splits.test.count);
    return train && test ? { train, test } : undefined;
  } catch (error) {
    console.warn('Dataset cache unreadable; fetching instead.', error);
    return undefined;
  }
}

type CachedSplit = { readonly pixels: Uint8Array; readonly labels: Uint8Array };

/** Stores the decoded splits; false when the browser refused (the load goes on without a cache). */
async function storeInCache(manifest: DatasetManifest, splits: Record<SourceSplit, DecodedSplit>): Promise<boolean> {
  try {
    await writeCachedDataset({
      dataset: manifest.dataset,
      contentHash: manifest.contentHash,
      train: { pixels: splits.train.pixels, labels: splits.train.labels },
      test: { pixels: splits.test.pixels, labels: splits.test.labels },
      storedAt: Date.now(),
    });
    return true;
  } catch (error) {
    console.warn('Could not cache the dataset (it will be fetched again next time).', error);
    return false;
  }
}

/**
 * Loads a dataset into the worker: the manifest always from the server, the images
 * from the IndexedDB cache when it holds the same assets, else fetched, checked,
 * decoded and cached.
 */
export async function loadDataset(dataset: DatasetId, assetsUrl: string, report: ReportProgress): Promise<LoadedDataset> {
  report('manifest', 0, 0, 0);
  const manifest = await fetchManifest(assetsUrl, dataset);
  report('cache', 0.02, 0, 0);
  const cached = await fromCache(manifest);
  if (cached) return { dataset, manifest, ...cached, source: 'cache' };
  const fetched = await fetchAll(`${assetsUrl}/${dataset}`, manifest, report);
  report('store', 0.95, 0, 0);
  const stored = await storeInCache(manifest, fetched);
  return { dataset, manifest, ...fetched, source: stored ? 'network' : 'network-uncached' };
}
