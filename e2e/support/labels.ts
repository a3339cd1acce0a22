import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CIFAR_RECORD_BYTES } from '../../src/core/datasets/cifar';
import { decodeIdxLabels } from '../../src/core/datasets/idx';

/** The official data folder the tests read ground truth from. */
export function datasetsDir(): string {
  return resolve(process.env.DATASETS_DIR ?? '../shared/datasets');
}

function gunzipFile(relative: string): Uint8Array {
  return gunzipSync(readFileSync(resolve(datasetsDir(), relative)));
}

/** MNIST labels straight from the official label files. */
export function mnistLabels(split: 'train' | 'test'): Uint8Array {
  const name = split === 'train' ? 'train-labels-idx1-ubyte' : 't10k-labels-idx1-ubyte';
  return decodeIdxLabels(gunzipFile(`mnist/${name}.gz`), name);
}

/** CIFAR-10 labels straight from the official batch files (the first byte of each record). */
export function cifarLabels(split: 'train' | 'test'): Uint8Array {
  const files = split === 'train' ? [1, 2, 3, 4, 5].map((n) => `data_batch_${n}.bin.gz`) : ['test_batch.bin.gz'];
  const labels: number[] = [];
  for (const file of files) {
    const bytes = gunzipFile(`cifar10/${file}`);
    for (let offset = 0; offset < bytes.length; offset += CIFAR_RECORD_BYTES) labels.push(bytes[offset] ?? 255);
  }
  return Uint8Array.from(labels);
}
