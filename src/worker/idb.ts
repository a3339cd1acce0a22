/**
 * The worker's IndexedDB database: one database, one object store per kind of
 * record, each keyed by a field of the record.
 */
const DATABASE = 'convnet-playground';
const VERSION = 1;

/** Object stores and the field each is keyed by. */
const STORES = { datasets: 'dataset', calibrations: 'network' } as const;

export type StoreName = keyof typeof STORES;

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, VERSION);
    request.onupgradeneeded = () => {
      for (const [name, keyPath] of Object.entries(STORES)) {
        if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name, { keyPath });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
}

function run<T>(store: StoreName, mode: IDBTransactionMode, action: (objects: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return openDatabase().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(store, mode);
        const request = action(transaction.objectStore(store));
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

/** The record with this key, or undefined. */
export function readRecord<T>(store: StoreName, key: string): Promise<T | undefined> {
  return run(store, 'readonly', (objects) => objects.get(key) as IDBRequest<T | undefined>);
}

/** Writes a record, replacing any with the same key. */
export async function writeRecord<T>(store: StoreName, record: T): Promise<void> {
  await run(store, 'readwrite', (objects) => objects.put(record));
}
