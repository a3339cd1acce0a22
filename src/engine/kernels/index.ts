import { registerWasmConv2DBackpropFilter } from './conv2d-backprop-filter-wasm';
import { registerWasmConv2DBackpropInput } from './conv2d-backprop-input-wasm';

export { registerWasmConv2DBackpropFilter, registerWasmConv2DBackpropInput };

/**
 * Makes the wasm backend able to train conv nets, and faster at it: registers the
 * missing conv2d filter gradient and replaces the slow built-in input gradient,
 * both computed with the backend's XNNPACK Conv2D. Call it after
 * `@tensorflow/tfjs-backend-wasm` is imported, before or after
 * `tf.setBackend('wasm')`; calling it again changes nothing.
 */
export function registerWasmTrainingKernels(): void {
  registerWasmConv2DBackpropFilter();
  registerWasmConv2DBackpropInput();
}
