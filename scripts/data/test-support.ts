/** Helpers shared by the tests of the data build and of the core decoders (test code only). */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { PNG } from 'pngjs';
import type { DatasetId, ImageShape } from '../../src/core/datasets/catalog';
import { tileOrigin } from '../../src/core/datasets/manifest';
import type { Log } from './log';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The folder with the real datasets: DATASETS_DIR, else ../shared/datasets beside
 * the repository. Throws (failing the test) when it lacks mnist/ or cifar10/.
 */
export function realDatasetsDir(): string {
  const dir = resolve(REPO_ROOT, process.env['DATASETS_DIR'] ?? '../shared/datasets');
  const missing = ['mnist', 'cifar10'].filter((dataset) => !existsSync(join(dir, dataset)));
  if (missing.length > 0) {
    throw new Error(`The real datasets are needed but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing in ${dir}. Set DATASETS_DIR to the folder holding mnist/ and cifar10/ (the official .gz files).`);
  }
  return dir;
}

/** The decompressed bytes of a real source file, e.g. ('mnist', 'train-labels-idx1-ubyte'). */
export async function readRealSource(dataset: DatasetId, name: string): Promise<Buffer> {
  return gunzipSync(await readFile(join(realDatasetsDir(), dataset, `${name}.gz`)));
}

/** A fresh temporary folder. */
export function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `convnet-${prefix}-`));
}

/** A log that keeps its lines in memory. */
export function memoryLog(): Log & { readonly lines: string[]; readonly errors: string[]; readonly progressLines: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  const progressLines: string[] = [];
  return {
    lines,
    errors,
    progressLines,
    info: (line) => lines.push(line),
    error: (line) => errors.push(line),
    progress: (line) => progressLines.push(line),
    endProgress: () => undefined,
  };
}

/** The chunk types of a PNG file, in order (IHDR … IEND). */
export function pngChunkTypes(png: Uint8Array): string[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const types: string[] = [];
  for (let offset = 8; offset + 8 <= png.byteLength; offset += 12 + view.getUint32(offset)) {
    types.push(String.fromCharCode(...png.subarray(offset + 4, offset + 8)));
  }
  return types;
}

/** IHDR colour type of a PNG (0 grey, 2 RGB, 6 RGBA). */
export function pngColorType(png: Uint8Array): number {
  return png[25] ?? -1;
}

/**
 * Decodes a sheet PNG with pngjs (independently of the encoder) and reads its
 * `count` tiles back into HWC uint8 pixels, image after image. Grey sheets must
 * decode to R = G = B and every sheet to opaque pixels, or this throws.
 */
export function readSheetPixels(png: Uint8Array, count: number, shape: ImageShape): Uint8Array {
  const decoded = PNG.sync.read(Buffer.from(png));
  const [height, width, channels] = shape;
  const pixels = new Uint8Array(count * height * width * channels);
  let out = 0;
  for (let tile = 0; tile < count; tile += 1) {
    const origin = tileOrigin(tile, shape);
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const at = 4 * ((origin.y + y) * decoded.width + origin.x + x);
        const data = decoded.data;
        if (data[at + 3] !== 255 || (channels === 1 && (data[at] !== data[at + 1] || data[at] !== data[at + 2]))) {
          throw new Error(`Tile ${tile} pixel (${x}, ${y}) decodes to ${[...data.subarray(at, at + 4)].join(',')}`);
        }
        for (let c = 0; c < channels; c += 1) pixels[out + c] = data[at + c] ?? 0;
        out += channels;
      }
    }
  }
  return pixels;
}
