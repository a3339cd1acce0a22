import type { AssetFile, DatasetManifest } from '../core/datasets/manifest';
import { manifestProblem } from '../core/datasets/manifest';
import type { DatasetId } from '../core/datasets/catalog';
import { AssetError, REBUILD_FIX } from './asset-error';

/** Lower-case hex SHA-256 of some bytes (Web Crypto; needs a secure context). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new AssetError(`Could not reach ${url} (${String(error)}).`, 'Check that the app server is running, then reload the page.');
  }
  if (!response.ok) {
    throw new AssetError(`${url} answered ${response.status} ${response.statusText}: the dataset assets are missing.`, REBUILD_FIX);
  }
  return response;
}

/** Fetches and checks `<assetsUrl>/<dataset>/manifest.json`; always asks the server (it is small). */
export async function fetchManifest(assetsUrl: string, dataset: DatasetId): Promise<DatasetManifest> {
  const url = `${assetsUrl}/${dataset}/manifest.json`;
  const text = await (await fetchOk(url, { cache: 'no-cache' })).text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AssetError(`${url} is not JSON (the server sent ${text.trimStart().startsWith('<') ? 'an HTML page' : 'something else'}): the dataset assets are missing.`, REBUILD_FIX);
  }
  const problem = manifestProblem(parsed, dataset);
  if (problem) throw new AssetError(`${url}: ${problem}.`, REBUILD_FIX);
  return parsed as DatasetManifest;
}

/**
 * Fetches one asset, reporting bytes as they arrive, and checks its size and SHA-256
 * against the manifest, naming the file when they differ.
 */
export async function fetchVerified(url: string, asset: AssetFile, onBytes: (bytes: number) => void): Promise<Uint8Array> {
  const response = await fetchOk(url);
  const body = response.body;
  if (!body) throw new AssetError(`${url} came back with no body.`, REBUILD_FIX);
  const bytes = new Uint8Array(asset.bytes);
  let filled = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (filled + value.byteLength > asset.bytes) {
      await reader.cancel();
      throw new AssetError(`${asset.file} is larger than the ${asset.bytes} bytes its manifest gives.`, REBUILD_FIX);
    }
    bytes.set(value, filled);
    filled += value.byteLength;
    onBytes(value.byteLength);
  }
  if (filled !== asset.bytes) {
    throw new AssetError(`${asset.file} is ${filled} bytes, expected ${asset.bytes} (truncated).`, REBUILD_FIX);
  }
  const actual = await sha256Hex(bytes);
  if (actual !== asset.sha256) {
    throw new AssetError(`${asset.file} is corrupt: its SHA-256 is ${actual.slice(0, 12)}…, expected ${asset.sha256.slice(0, 12)}….`, REBUILD_FIX);
  }
  return bytes;
}
