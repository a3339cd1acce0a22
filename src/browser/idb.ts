/**
 * The playground's IndexedDB database, shared by the worker (datasets, calibrations,
 * models) and the page (runs, sweeps): one database, one object store per kind of
 * record, each keyed by a field of the record. Uses only what both a window and a
 * worker offer, so either may import it.
 */
const DATABASE = 'convnet-playground';
/** 2: adds models, modelData, runs and sweeps (stores are only ever added, so no data moves). */
const VERSION = 2;

/** Object stores and the field each is keyed by. */
const STORES = {
  datasets: 'dataset',
  calibrations: 'network',
  /** SavedModelSummary: what the saved-models table lists. */
  models: 'id',
  /** A saved model's topology and weights, under the same id as its summary. */
  modelData: 'id',
  runs: 'id',
  sweeps: 'id',
} as const;

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

/**
 * Runs `action` in one transaction over `stores`: it commits as a whole or not at
 * all. Resolves with what `action` returned (read its requests' results only after
 * completion) once the transaction has committed.
 */
export async function transact<T>(stores: readonly StoreName[], mode: IDBTransactionMode, action: (transaction: IDBTransaction) => T): Promise<T> {
  const db = await openDatabase();
  return new Promise<T>((resolve, reject) => {
    const transaction = db.transaction([...stores], mode);
    const fail = (error: unknown): void => {
      db.close();
      reject(error instanceof Error || error instanceof DOMException ? error : new Error('IndexedDB transaction failed'));
    };
    let result: T;
    try {
      result = action(transaction);
    } catch (error) {
      transaction.abort();
      fail(error);
      return;
    }
    transaction.oncomplete = () => {
      db.close();
      resolve(result);
    };
    // A failed request (e.g. QuotaExceededError on a put) carries the cause; the abort that follows may not yet.
    transaction.onerror = (event) => fail((event.target as IDBRequest | null)?.error ?? transaction.error);
    transaction.onabort = () => fail(transaction.error);
  });
}

/** The record with this key, or undefined. */
export async function readRecord<T>(store: StoreName, key: string): Promise<T | undefined> {
  const request = await transact([store], 'readonly', (transaction) => transaction.objectStore(store).get(key) as IDBRequest<T | undefined>);
  return request.result;
}

/** Every record of a store, in key order. */
export async function readAllRecords<T>(store: StoreName): Promise<T[]> {
  const request = await transact([store], 'readonly', (transaction) => transaction.objectStore(store).getAll() as IDBRequest<T[]>);
  return request.result;
}

/** Writes a record, replacing any with the same key. */
export async function writeRecord<T>(store: StoreName, record: T): Promise<void> {
  await transact([store], 'readwrite', (transaction) => transaction.objectStore(store).put(record));
}
