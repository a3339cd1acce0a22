import type * as tf from '@tensorflow/tfjs';
import { KerasImportError } from './errors';
import { hasHdf5Signature, loadH5wasm } from './h5';
import { importKerasArchive } from './keras-archive';
import { importKerasH5 } from './keras-h5';

/** The Keras file formats the playground imports. */
export type KerasFormat =
  /** Keras 2 HDF5, as `model.save('x.h5')` writes it. */
  | 'keras-h5'
  /** Keras 3 zip archive, as `model.save('x.keras')` writes it. */
  | 'keras-v3';

/** The format a file name's extension stands for (.h5, .hdf5, .keras), if any. */
export function kerasFormatOf(fileName: string): KerasFormat | undefined {
  const extension = /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0];
  if (extension === '.h5' || extension === '.hdf5') return 'keras-h5';
  return extension === '.keras' ? 'keras-v3' : undefined;
}

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Says so when the bytes are plainly the other format (a file renamed by mistake). */
function refuseOtherFormat(bytes: Uint8Array, format: KerasFormat): void {
  if (format === 'keras-h5' && isZip(bytes)) {
    throw new KerasImportError('not-hdf5', 'The file is a zip archive, not an HDF5 file: a Keras 3 .keras file? Give it the .keras extension');
  }
  if (format === 'keras-v3' && hasHdf5Signature(bytes)) {
    throw new KerasImportError('not-zip', 'The file is an HDF5 file, not a .keras zip archive: a Keras 2 .h5 file? Give it the .h5 extension');
  }
}

/**
 * Imports a Keras model file, given as bytes, into a TF.js LayersModel on the
 * active backend: the architecture from the file's model config, the weights by
 * layer. Sequential models and plain-chain Functional models of Conv2D, pooling,
 * Dense, Dropout, BatchNormalization, Flatten, Activation and Reshape layers are
 * imported; anything else, and any damaged file, rejects with a one-line
 * KerasImportError. Runs in a Web Worker and in Node alike (no DOM, no Node APIs).
 */
export async function importKerasModel(bytes: Uint8Array, format: KerasFormat): Promise<tf.LayersModel> {
  refuseOtherFormat(bytes, format);
  const h5 = await loadH5wasm();
  return format === 'keras-h5' ? importKerasH5(h5, bytes) : importKerasArchive(h5, bytes);
}
