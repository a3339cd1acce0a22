/** Keras model import: .h5 (Keras 2) and .keras (Keras 3) files into TF.js models. */
export { importKerasModel, kerasFormatOf, type KerasFormat } from './import-keras';
export { KerasImportError, type KerasImportProblem } from './errors';
