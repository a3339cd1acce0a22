import type { DatasetId } from '../core/datasets/catalog';
import { readRecord, writeRecord } from '../browser/idb';

/** What the cache keeps of a dataset: its decoded splits, tagged with the manifest's hash. */
export interface CachedDataset {
  readonly dataset: DatasetId;
  readonly contentHash: string;
  readonly train: { readonly pixels: Uint8Array; readonly labels: Uint8Array };
  readonly test: { readonly pixels: Uint8Array; readonly labels: Uint8Array };
  /** Unix time in ms. */
  readonly storedAt: number;
}

/** The cached copy of a dataset if it was built from the same assets, else undefined. */
export async function readCachedDataset(dataset: DatasetId, contentHash: string): Promise<CachedDataset | undefined> {
  const found = await readRecord<CachedDataset>('datasets', dataset);
  return found?.contentHash === contentHash ? found : undefined;
}

/** Stores a dataset, replacing any older copy of it (one copy per dataset). */
export async function writeCachedDataset(entry: CachedDataset): Promise<void> {
  await writeRecord('datasets', entry);
}
