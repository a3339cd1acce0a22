import { DataFormatError } from './decoded';

/** Bytes in one CIFAR-10 binary record: 1 label byte, then 3 planes of 32×32. */
export const CIFAR_RECORD_BYTES = 3073;
const PLANE = 1024;

/** Decoded CIFAR-10 batch file, pixels interleaved to HWC (RGBRGB…) order. */
export interface CifarRecords {
  readonly count: number;
  /** Length count × 32 × 32 × 3, HWC order. */
  readonly pixels: Uint8Array;
  /** Length count, classes 0–9. */
  readonly labels: Uint8Array;
}

/**
 * Decodes a CIFAR-10 binary-version batch (no header; fixed 3,073-byte records of
 * label, red plane, green plane, blue plane) into HWC pixels and labels.
 */
export function decodeCifarBatch(bytes: Uint8Array, fileName: string, classCount = 10): CifarRecords {
  if (bytes.byteLength === 0 || bytes.byteLength % CIFAR_RECORD_BYTES !== 0) {
    throw new DataFormatError(fileName, `is ${bytes.byteLength} bytes, not a whole number of ${CIFAR_RECORD_BYTES}-byte records (truncated?)`);
  }
  const count = bytes.byteLength / CIFAR_RECORD_BYTES;
  const pixels = new Uint8Array(count * PLANE * 3);
  const labels = new Uint8Array(count);
  for (let record = 0; record < count; record += 1) {
    const start = record * CIFAR_RECORD_BYTES;
    const label = bytes[start] ?? 0;
    if (label >= classCount) {
      throw new DataFormatError(fileName, `record ${record} has label ${label}, expected 0–${classCount - 1}`);
    }
    labels[record] = label;
    interleavePlanes(bytes, start + 1, pixels, record * PLANE * 3);
  }
  return { count, pixels, labels };
}

function interleavePlanes(source: Uint8Array, planeStart: number, target: Uint8Array, targetStart: number): void {
  for (let p = 0; p < PLANE; p += 1) {
    const out = targetStart + 3 * p;
    target[out] = source[planeStart + p] ?? 0;
    target[out + 1] = source[planeStart + PLANE + p] ?? 0;
    target[out + 2] = source[planeStart + 2 * PLANE + p] ?? 0;
  }
}
