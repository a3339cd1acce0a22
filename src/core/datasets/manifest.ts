import { DATASETS, type DatasetId, type ImageShape, type SourceSplit } from './catalog';

/** Manifest format version; bump when the asset layout changes. */
export const MANIFEST_FORMAT = 1;

/** Images per sprite sheet, and tiles per sheet row (a 100 × 100 grid). */
export const TILES_PER_SHEET = 10_000;
export const TILES_PER_ROW = 100;

/** One generated file with the checksum the browser verifies after fetching it. */
export interface AssetFile {
  /** Path relative to the dataset's asset folder. */
  readonly file: string;
  readonly bytes: number;
  /** SHA-256 of the file as served, lower-case hex. */
  readonly sha256: string;
}

/** A PNG sheet holding up to TILES_PER_SHEET images in a TILES_PER_ROW-wide grid. */
export interface SheetAsset extends AssetFile {
  /** Images on this sheet; tile t holds image firstIndex + t. */
  readonly count: number;
  readonly firstIndex: number;
}

/** The generated assets of one split. */
export interface SplitAssets {
  readonly count: number;
  readonly sheets: readonly SheetAsset[];
  /** Raw uint8 labels, one byte per image. */
  readonly labels: AssetFile;
  /** SHA-256 of all decoded pixels of the split (HWC, uint8), to check decoding. */
  readonly pixelsSha256: string;
  readonly classCounts: readonly number[];
}

/** `manifest.json` in each dataset's asset folder. */
export interface DatasetManifest {
  readonly format: number;
  readonly dataset: DatasetId;
  readonly imageShape: ImageShape;
  readonly tilesPerRow: number;
  /** Official source files the assets were built from, with their verified SHA-256. */
  readonly sources: readonly { readonly name: string; readonly sha256: string }[];
  readonly splits: Readonly<Record<SourceSplit, SplitAssets>>;
  /** SHA-256 over every asset checksum: a new value means the assets changed. */
  readonly contentHash: string;
}

/** Where the tile of one image sits on its sheet, in pixels. */
export function tileOrigin(tileIndex: number, imageShape: ImageShape): { x: number; y: number } {
  return {
    x: (tileIndex % TILES_PER_ROW) * imageShape[1],
    y: Math.floor(tileIndex / TILES_PER_ROW) * imageShape[0],
  };
}

/** Pixel size of a sheet holding `count` tiles. */
export function sheetSize(count: number, imageShape: ImageShape): { width: number; height: number } {
  const columns = Math.min(count, TILES_PER_ROW);
  return { width: columns * imageShape[1], height: Math.ceil(count / TILES_PER_ROW) * imageShape[0] };
}

/**
 * Checks a parsed manifest.json against what the project expects of the dataset,
 * returning the reason it is unusable, or undefined when it is fine.
 */
export function manifestProblem(value: unknown, dataset: DatasetId): string | undefined {
  if (typeof value !== 'object' || value === null) return 'manifest.json is not a JSON object';
  const manifest = value as Partial<DatasetManifest>;
  if (manifest.format !== MANIFEST_FORMAT) {
    return `manifest.json has format ${String(manifest.format)}, this version of the app reads format ${MANIFEST_FORMAT}`;
  }
  if (manifest.dataset !== dataset) return `manifest.json describes ${String(manifest.dataset)}, expected ${dataset}`;
  const info = DATASETS[dataset];
  if (JSON.stringify(manifest.imageShape) !== JSON.stringify(info.imageShape)) {
    return `manifest.json gives image shape ${JSON.stringify(manifest.imageShape)}, expected ${JSON.stringify(info.imageShape)}`;
  }
  for (const split of ['train', 'test'] as const) {
    const assets = manifest.splits?.[split];
    if (!assets || assets.count !== info.splitCounts[split] || !Array.isArray(assets.sheets)) {
      return `manifest.json lacks a complete ${split} split (expected ${info.splitCounts[split]} images)`;
    }
    const sheeted = assets.sheets.reduce((sum, sheet: Partial<SheetAsset> | null) => sum + (sheet?.count ?? Number.NaN), 0);
    if (sheeted !== assets.count) return `manifest.json's ${split} sheets hold ${sheeted} images, expected ${assets.count}`;
  }
  return undefined;
}
