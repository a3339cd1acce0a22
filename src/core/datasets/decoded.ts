import type { ImageShape } from './catalog';

/**
 * One split of a dataset in its compact form: uint8 pixels in HWC order, image after
 * image, plus one uint8 label per image. This is what the data build writes into
 * sprites, what the browser cache stores, and what batches are cut from.
 */
export interface DecodedSplit {
  /** Length count × H × W × C; 0 = black, 255 = full intensity (MNIST: ink). */
  readonly pixels: Uint8Array;
  /** Length count; class indices 0–9. */
  readonly labels: Uint8Array;
  readonly count: number;
  readonly imageShape: ImageShape;
}

/** Raised for any data file that does not have the layout it should. */
export class DataFormatError extends Error {
  constructor(
    /** The file (or asset) at fault, as the user would name it. */
    readonly fileName: string,
    /** What was wrong and what was expected. */
    detail: string,
  ) {
    super(`${fileName}: ${detail}`);
    this.name = 'DataFormatError';
  }
}
