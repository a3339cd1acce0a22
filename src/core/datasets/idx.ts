import { DataFormatError } from './decoded';

/** IDX magic numbers: unsigned bytes, with 1 (labels) or 3 (images) dimensions. */
export const IDX_LABELS_MAGIC = 0x00000801;
export const IDX_IMAGES_MAGIC = 0x00000803;

/** Decoded IDX image file: row-major uint8 pixels, one channel. */
export interface IdxImages {
  readonly count: number;
  readonly rows: number;
  readonly columns: number;
  /** Length count × rows × columns; a view into the input, not a copy. */
  readonly pixels: Uint8Array;
}

function readHeader(bytes: Uint8Array, fileName: string, words: number): number[] {
  const headerBytes = 4 * words;
  if (bytes.byteLength < headerBytes) {
    throw new DataFormatError(fileName, `is ${bytes.byteLength} bytes long, shorter than its ${headerBytes}-byte IDX header (truncated?)`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, headerBytes);
  return Array.from({ length: words }, (_, i) => view.getUint32(4 * i, false));
}

function checkMagic(actual: number, expected: number, fileName: string): void {
  if (actual !== expected) {
    const hex = (value: number): string => `0x${value.toString(16).padStart(8, '0')}`;
    throw new DataFormatError(fileName, `has magic number ${hex(actual)}, expected ${hex(expected)} (not an IDX ${expected === IDX_IMAGES_MAGIC ? 'image' : 'label'} file?)`);
  }
}

function checkLength(bytes: Uint8Array, expected: number, fileName: string): void {
  if (bytes.byteLength !== expected) {
    const kind = bytes.byteLength < expected ? 'truncated' : 'has trailing bytes';
    throw new DataFormatError(fileName, `is ${bytes.byteLength} bytes, expected ${expected} from its header (${kind})`);
  }
}

/** Decodes an uncompressed IDX3 image file (big-endian header, then pixels). */
export function decodeIdxImages(bytes: Uint8Array, fileName: string): IdxImages {
  const [magic = 0, count = 0, rows = 0, columns = 0] = readHeader(bytes, fileName, 4);
  checkMagic(magic, IDX_IMAGES_MAGIC, fileName);
  checkLength(bytes, 16 + count * rows * columns, fileName);
  return { count, rows, columns, pixels: bytes.subarray(16) };
}

/** Decodes an uncompressed IDX1 label file; every label must be a class 0–9. */
export function decodeIdxLabels(bytes: Uint8Array, fileName: string, classCount = 10): Uint8Array {
  const [magic = 0, count = 0] = readHeader(bytes, fileName, 2);
  checkMagic(magic, IDX_LABELS_MAGIC, fileName);
  checkLength(bytes, 8 + count, fileName);
  const labels = bytes.subarray(8);
  const bad = labels.findIndex((label) => label >= classCount);
  if (bad >= 0) {
    throw new DataFormatError(fileName, `label ${bad} is ${labels[bad]}, expected 0–${classCount - 1}`);
  }
  return labels;
}
