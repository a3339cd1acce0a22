import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { classCount, DATASETS, pixelsPerImage, type SourceSplit } from '../../src/core/datasets/catalog';
import type { DecodedSplit } from '../../src/core/datasets/decoded';
import {
  MANIFEST_FORMAT, TILES_PER_ROW, TILES_PER_SHEET,
  type AssetFile, type DatasetManifest, type SheetAsset, type SplitAssets,
} from '../../src/core/datasets/manifest';
import { classCounts } from '../../src/core/datasets/splits';
import { sha256Hex } from './hash';
import type { LoadedDataset } from './load-dataset';
import type { SheetEncoder } from './sheet-pool';

const SPLITS: readonly SourceSplit[] = ['train', 'test'];

async function writeAsset(dir: string, file: string, bytes: Uint8Array): Promise<AssetFile> {
  await writeFile(join(dir, file), bytes);
  return { file, bytes: bytes.byteLength, sha256: sha256Hex(bytes) };
}

/** Encodes and writes the sheets of one split, all submitted at once so every thread stays busy. */
function writeSheets(dir: string, split: SourceSplit, decoded: DecodedSplit, encoder: SheetEncoder): Promise<SheetAsset[]> {
  const imageBytes = pixelsPerImage(decoded.imageShape);
  const sheets = Math.ceil(decoded.count / TILES_PER_SHEET);
  return Promise.all(Array.from({ length: sheets }, async (_, sheet) => {
    const firstIndex = sheet * TILES_PER_SHEET;
    const count = Math.min(TILES_PER_SHEET, decoded.count - firstIndex);
    const pixels = decoded.pixels.subarray(firstIndex * imageBytes, (firstIndex + count) * imageBytes);
    const png = await encoder.encode(pixels, count, decoded.imageShape);
    return { ...(await writeAsset(dir, `${split}-${sheet}.png`, png)), count, firstIndex };
  }));
}

async function writeSplit(dir: string, split: SourceSplit, decoded: DecodedSplit, encoder: SheetEncoder, classes: number): Promise<SplitAssets> {
  const sheets = await writeSheets(dir, split, decoded, encoder);
  const labels = await writeAsset(dir, `${split}-labels.bin`, decoded.labels);
  return {
    count: decoded.count,
    sheets,
    labels,
    pixelsSha256: sha256Hex(decoded.pixels),
    classCounts: classCounts(decoded.labels, classes),
  };
}

/** Every generated file of a manifest (not manifest.json itself), sorted by path. */
export function manifestFiles(splits: DatasetManifest['splits']): AssetFile[] {
  const files = SPLITS.flatMap((split) => [...splits[split].sheets, splits[split].labels]);
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** SHA-256 over the stable JSON `[[file, bytes, sha256], …]` of every asset, sorted by path. */
export function contentHash(splits: DatasetManifest['splits']): string {
  return sha256Hex(JSON.stringify(manifestFiles(splits).map(({ file, bytes, sha256 }) => [file, bytes, sha256])));
}

/**
 * Writes a dataset's sprite sheets, label files and manifest.json into `dir`
 * (which must exist and be empty) and returns the manifest written.
 */
export async function writeDatasetAssets(dir: string, dataset: LoadedDataset, encoder: SheetEncoder): Promise<DatasetManifest> {
  const info = DATASETS[dataset.id];
  const [train, test] = await Promise.all(
    SPLITS.map((split) => writeSplit(dir, split, dataset.splits[split], encoder, classCount(info))),
  );
  if (!train || !test) throw new Error('Both splits must be written');
  const splits = { train, test };
  const manifest: DatasetManifest = {
    format: MANIFEST_FORMAT,
    dataset: dataset.id,
    imageShape: info.imageShape,
    tilesPerRow: TILES_PER_ROW,
    sources: dataset.sources.map(({ source, sha256 }) => ({ name: source.name, sha256 })),
    splits,
    contentHash: contentHash(splits),
  };
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
