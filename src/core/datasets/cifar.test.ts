import { beforeAll, describe, expect, it } from 'vitest';
import { readRealSource } from '../../../scripts/data/test-support';
import { DATASETS } from './catalog';
import { CIFAR_RECORD_BYTES, decodeCifarBatch, type CifarRecords } from './cifar';
import { DataFormatError } from './decoded';
import { classCounts } from './splits';

describe('the real CIFAR-10 batches', () => {
  const batches = new Map<string, CifarRecords>();

  beforeAll(async () => {
    for (const { name } of DATASETS.cifar10.sources) {
      batches.set(name, decodeCifarBatch(await readRealSource('cifar10', name), name));
    }
  });

  const split = (which: 'train' | 'test'): CifarRecords[] =>
    DATASETS.cifar10.sources.filter((source) => source.split === which).map(({ name }) => batches.get(name) as CifarRecords);
  const labelsOf = (records: CifarRecords[]): Uint8Array => Uint8Array.from(records.flatMap((batch) => [...batch.labels]));

  it('hold 10,000 images each, 32×32×3', () => {
    expect(batches.size).toBe(6);
    for (const batch of batches.values()) {
      expect([batch.count, batch.labels.length, batch.pixels.length]).toEqual([10_000, 10_000, 10_000 * 3072]);
    }
  });

  it('have 5,000 training and 1,000 test images per class', () => {
    expect(classCounts(labelsOf(split('train')), 10)).toEqual(new Array(10).fill(5000));
    expect(classCounts(labelsOf(split('test')), 10)).toEqual(new Array(10).fill(1000));
  });

  it('start with the published labels', () => {
    expect([...labelsOf(split('train')).subarray(0, 10)]).toEqual([6, 9, 9, 4, 1, 1, 2, 7, 8, 3]);
    expect([...labelsOf(split('test')).subarray(0, 10)]).toEqual([3, 8, 8, 0, 6, 6, 1, 6, 3, 1]);
  });
});

describe('decodeCifarBatch', () => {
  /** Two records whose plane samples encode (record, channel, position). */
  function twoRecords(): Uint8Array {
    const bytes = new Uint8Array(2 * CIFAR_RECORD_BYTES);
    for (let record = 0; record < 2; record += 1) {
      const start = record * CIFAR_RECORD_BYTES;
      bytes[start] = record === 0 ? 7 : 2;
      for (let channel = 0; channel < 3; channel += 1) {
        for (let p = 0; p < 1024; p += 1) bytes[start + 1 + channel * 1024 + p] = (record * 100 + channel * 10 + p) % 256;
      }
    }
    return bytes;
  }

  it('interleaves the R, G and B planes into HWC order', () => {
    const { count, labels, pixels } = decodeCifarBatch(twoRecords(), 'two.bin');
    expect([count, ...labels]).toEqual([2, 7, 2]);
    for (let record = 0; record < 2; record += 1) {
      for (const p of [0, 1, 31, 32, 1023]) {
        const at = record * 3072 + 3 * p;
        expect([...pixels.subarray(at, at + 3)]).toEqual([0, 10, 20].map((c) => (record * 100 + c + p) % 256));
      }
    }
  });

  it.each([
    ['a truncated file', twoRecords().subarray(0, CIFAR_RECORD_BYTES + 5), /^b\.bin: is 3078 bytes, not a whole number of 3073-byte records \(truncated\?\)$/],
    ['an empty file', new Uint8Array(0), /^b\.bin: is 0 bytes/],
    ['a bad label', twoRecords().map((v, i) => (i === CIFAR_RECORD_BYTES ? 10 : v)), /^b\.bin: record 1 has label 10, expected 0–9$/],
  ])('rejects %s with DataFormatError', (_name, bytes, message) => {
    expect(() => decodeCifarBatch(bytes, 'b.bin')).toThrow(DataFormatError);
    expect(() => decodeCifarBatch(bytes, 'b.bin')).toThrow(message);
  });
});
