import type { DatasetId } from '../core/datasets/catalog';

/** What the cache keeps of a dataset: its decoded splits, tagged with the manifest's hash. */
export interface CachedDataset {
  readonly dataset: DatasetId;
  readonly contentHash: string;
  readonly train: { readonly pixels: Uint8Array; readonly labels: Uint8Array };
  readonly test: { readonly pixels: Uint8Array; readonly labels: Uint8Array };
  /** Unix time in ms. */
  readonly storedAt: number;
}

const DATABASE = 'convnet-playground-datasets';
const STORE = 'datasets';

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'dataset' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
  });
}

function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return openDatabase().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = action(transaction.objectStore(STORE));
        transaction.oncomplete = () => {
          db.close();
          resolve(request.result);
        };
        transaction.onerror = transaction.onabort = () => {
          db.close();
          reject(transaction.error ?? request.error ?? new Error('IndexedDB transaction failed'));
        };
      }),
  );
}

/** The cached copy of a dataset if it was built from the same assets, else undefined. */
export async function readCachedDataset(dataset: DatasetId, contentHash: string): Promise<CachedDataset | undefined> {
  const found = await run<CachedDataset | undefined>('readonly', (store) => store.get(dataset) as IDBRequest<CachedDataset | undefined>);
  return found?.contentHash === contentHash ? found : undefined;
}

/** Stores a dataset, replacing any older copy of it (one copy per dataset). */
export async function writeCachedDataset(entry: CachedDataset): Promise<void> {
  await run('readwrite', (store) => store.put(entry));
}
