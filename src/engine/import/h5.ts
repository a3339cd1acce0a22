import type * as H5 from 'h5wasm';
import { firstLine, KerasImportError } from './errors';

/** h5wasm's module: File, Group, Dataset and the `ready` promise. */
export type H5Wasm = typeof H5;

/** An open HDF5 file, read-only. */
export type H5File = H5.File;

let loading: Promise<H5Wasm> | undefined;

/**
 * Loads h5wasm once. Its package's default build (ESM, `import('h5wasm')`) embeds
 * the HDF5 WebAssembly binary and keeps files in Emscripten's in-memory file
 * system, so the same code runs in a Web Worker and in Node: nothing is fetched
 * and the disk is never touched (h5wasm's `h5wasm/node` build, which reads host
 * paths, is not used). HDF5's error stack is switched from printing to the console
 * to being thrown, so failures surface here as exceptions.
 */
export function loadH5wasm(): Promise<H5Wasm> {
  loading ??= import('h5wasm').then(async (h5) => {
    const module = await h5.ready;
    module.activate_throwing_error_handler();
    return h5;
  }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

const SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

/** True when `bytes` carry HDF5's signature at offset 0, 512, 1024, 2048 … (where the format allows it). */
export function hasHdf5Signature(bytes: Uint8Array): boolean {
  for (let offset = 0; offset + SIGNATURE.length <= bytes.length; offset = offset === 0 ? 512 : offset * 2) {
    if (SIGNATURE.every((byte, index) => bytes[offset + index] === byte)) return true;
  }
  return false;
}

/** The innermost description in an HDF5 error stack ("truncated file: eof = …"), else the first line. */
function hdf5Reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const frames = [...message.matchAll(/#\d+: .*? in [\w.]+\(\): (.+)$/gm)];
  return frames.at(-1)?.[1]?.trim() ?? firstLine(error);
}

/** Runs an h5wasm call; an HDF5 failure becomes a KerasImportError: `failure (HDF5's reason)`. */
export function h5Call<T>(failure: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof KerasImportError) throw error;
    throw new KerasImportError('not-hdf5', `${failure} (${hdf5Reason(error)})`);
  }
}

let filesOpened = 0;
let filesOpen = 0;

function closeQuietly(file: H5File | undefined): void {
  if (!file || file.file_id < 0n) return;
  try {
    file.close();
  } catch {
    // HDF5 refused to close it: nothing else can release it from here.
  } finally {
    filesOpen -= 1;
  }
}

/**
 * Opens `bytes` as an HDF5 file in h5wasm's in-memory file system, runs `read`
 * on it, and always closes and deletes it, whatever `read` does. `what` names the
 * file in messages ("The file", "model.weights.h5").
 */
export function withH5File<T>(h5: H5Wasm, bytes: Uint8Array, what: string, read: (file: H5File) => T): T {
  if (!hasHdf5Signature(bytes)) throw new KerasImportError('not-hdf5', `${what} is not an HDF5 file (it has no HDF5 signature)`);
  const fs = h5.Module.FS;
  filesOpened += 1;
  const path = `/keras-import-${filesOpened}.h5`;
  fs.writeFile(path, bytes);
  let file: H5File | undefined;
  try {
    file = h5Call(`${what} cannot be opened as HDF5`, () => new h5.File(path, 'r'));
    if (file.file_id < 0n) throw new KerasImportError('not-hdf5', `${what} is not a readable HDF5 file`);
    filesOpen += 1;
    return read(file);
  } finally {
    closeQuietly(file);
    fs.unlink(path);
  }
}

/**
 * What imports hold right now: HDF5 files open and files in h5wasm's in-memory
 * file system. Both are 0 between imports; tests check that failures leave nothing.
 */
export function openImportFiles(h5: H5Wasm): { readonly open: number; readonly stored: number } {
  const stored = (h5.Module.FS.readdir('/') as string[]).filter((name) => name.startsWith('keras-import-')).length;
  return { open: filesOpen, stored };
}
