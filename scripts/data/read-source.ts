import { access, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { DatasetId, SourceFile } from '../../src/core/datasets/catalog';
import { InputError, messageOf } from './errors';
import { sha256Hex } from './hash';
import { inputFix, type InputFolder } from './input-folder';

const gunzipAsync = promisify(gunzip);

/** A source file whose decompressed bytes match the catalog's size and SHA-256. */
export interface VerifiedSource {
  readonly source: SourceFile;
  /** How messages name the file: `<dataset>/<file as found>`. */
  readonly displayName: string;
  /** Decompressed content. */
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

/** The file to read for a source: `<name>.gz`, else the uncompressed `<name>` (as a tar extracts it). */
async function locate(folder: InputFolder, dataset: DatasetId, name: string): Promise<string> {
  const gz = join(folder.dir, dataset, `${name}.gz`);
  const plain = join(folder.dir, dataset, name);
  for (const path of [gz, plain]) {
    if (await access(path).then(() => true, () => false)) return path;
  }
  throw new InputError(`${dataset}/${name}.gz: not found in ${join(folder.dir, dataset)}. ${inputFix(folder, true)}`);
}

/** Checks that every source file is present, before any slow reading starts. */
export async function checkSourcesPresent(folder: InputFolder, dataset: DatasetId, sources: readonly SourceFile[]): Promise<void> {
  for (const source of sources) await locate(folder, dataset, source.name);
}

async function decompress(raw: Buffer, source: SourceFile): Promise<Uint8Array> {
  try {
    return await gunzipAsync(raw, { maxOutputLength: source.bytes + 1 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'Z_BUF_ERROR') throw new Error('is a truncated gzip file (it ends before the compressed data does)');
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new Error(`decompresses to more than the expected ${source.bytes} bytes`);
    throw new Error(`is not a valid gzip file (${messageOf(error)})`);
  }
}

async function readChecked(path: string, source: SourceFile): Promise<{ bytes: Uint8Array; sha256: string }> {
  const raw = await readFile(path);
  const bytes = path.endsWith('.gz') ? await decompress(raw, source) : raw;
  const verb = path.endsWith('.gz') ? 'decompresses to' : 'is';
  if (bytes.byteLength !== source.bytes) {
    throw new Error(`${verb} ${bytes.byteLength} bytes, expected ${source.bytes} (truncated or not the official file)`);
  }
  const sha256 = sha256Hex(bytes);
  if (sha256 !== source.sha256) {
    throw new Error(`SHA-256 is ${sha256}, expected ${source.sha256} (corrupt or not the official file)`);
  }
  return { bytes, sha256 };
}

/**
 * Reads one official file, decompressing `.gz`, and checks its decompressed size
 * and SHA-256 against the catalog. Any problem becomes one InputError naming the
 * file, what was found and how to fix it; a bad downloaded copy is deleted.
 */
export async function readVerifiedSource(folder: InputFolder, dataset: DatasetId, source: SourceFile): Promise<VerifiedSource> {
  const path = await locate(folder, dataset, source.name);
  const displayName = `${dataset}/${path.slice(join(folder.dir, dataset).length + 1)}`;
  try {
    return { source, displayName, ...(await readChecked(path, source)) };
  } catch (error) {
    if (folder.kind === 'download') await rm(path, { force: true });
    throw new InputError(`${displayName}: ${messageOf(error)}. ${inputFix(folder, false)}`);
  }
}
