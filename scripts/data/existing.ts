import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetId } from '../../src/core/datasets/catalog';
import { manifestProblem, type AssetFile, type DatasetManifest } from '../../src/core/datasets/manifest';
import { manifestFiles } from './write-assets';

async function readManifest(dir: string): Promise<unknown> {
  const text = await readFile(join(dir, 'manifest.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

async function fileProblem(dir: string, file: string, bytes: number): Promise<string | undefined> {
  const found = await stat(join(dir, file)).catch(() => undefined);
  if (!found?.isFile()) return `${file} is missing`;
  if (found.size !== bytes) return `${file} is ${found.size} bytes, manifest.json lists ${bytes}`;
  return undefined;
}

/** The files a manifest lists, or undefined when an entry lacks a name or size. */
function listedFiles(manifest: DatasetManifest): AssetFile[] | undefined {
  try {
    const files = manifestFiles(manifest.splits);
    const valid = files.every((entry: Partial<AssetFile> | undefined) => typeof entry?.file === 'string' && typeof entry.bytes === 'number');
    return valid ? files : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why the asset folder `dir` of `dataset` is not complete, or undefined when it is:
 * manifest.json parses and passes manifestProblem, and every file it lists exists
 * with its listed size. (Contents are not re-hashed: that is the browser's check.)
 */
export async function assetsProblem(dir: string, dataset: DatasetId): Promise<string | undefined> {
  const manifest = await readManifest(dir);
  if (manifest === undefined) return 'not built yet (no manifest.json)';
  if (manifest === null) return 'manifest.json is not valid JSON';
  const invalid = manifestProblem(manifest, dataset);
  if (invalid) return invalid;
  const files = listedFiles(manifest as DatasetManifest);
  if (!files) return 'manifest.json does not list its files properly';
  for (const { file, bytes } of files) {
    const problem = await fileProblem(dir, file, bytes);
    if (problem) return problem;
  }
  return undefined;
}
