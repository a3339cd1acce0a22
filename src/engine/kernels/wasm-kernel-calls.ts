/** Helpers for kernels composed from other wasm kernels, on backend TensorInfos. */
import * as tf from '@tensorflow/tfjs';
import type { KernelBackend, NamedAttrMap, NamedTensorInfoMap, TensorInfo } from '@tensorflow/tfjs';

/**
 * Runs another registered wasm kernel directly; the caller owns (and disposes) the
 * result. `user` names the composed kernel, for the error when one is missing.
 */
export function runWasmKernel(user: string, name: string, inputs: NamedTensorInfoMap, attrs: object, backend: KernelBackend): TensorInfo {
  const kernel = tf.getKernel(name, 'wasm');
  if (kernel === undefined) throw new Error(`${user} (wasm) needs the wasm kernel ${name}`);
  const out = kernel.kernelFunc({ inputs, backend, attrs: attrs as NamedAttrMap });
  if (Array.isArray(out)) throw new Error(`wasm kernel ${name} returned several tensors`);
  return out;
}

/** The same data seen with another shape of equal size; shares (does not own) the data. */
export function withShape(tensor: TensorInfo, shape: number[]): TensorInfo {
  return { dataId: tensor.dataId, dtype: tensor.dtype, shape };
}
