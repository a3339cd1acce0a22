/**
 * Registers every backend inside the worker bundle and points the wasm backend at
 * binaries served by the app itself (nothing is loaded from a CDN).
 * WebGPU must be imported inside the worker to be registered there
 * (https://github.com/tensorflow/tfjs/issues/7914).
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { BACKEND_NAMES, type BackendName } from '../core/backends';
import { BackendStartError, startFirstWorking, type BackendChoice } from '../engine/backends';
import { registerWasmTrainingKernels } from '../engine/kernels';

let configured = false;

function configureOnce(): void {
  if (configured) return;
  configured = true;
  setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmPlain,
    'tfjs-backend-wasm-simd.wasm': wasmSimd,
    'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimd,
  });
  // Threaded wasm breaks in a minified Vite build (pthread workers throw and
  // setBackend hangs); single-threaded SIMD is used instead.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  registerWasmTrainingKernels();
}

/**
 * Starts the requested backend, or the first of the default order that works.
 * A requested backend that fails falls back to the default order.
 */
export async function startBackend(requested: BackendName | undefined): Promise<BackendChoice & { reason: string }> {
  configureOnce();
  const order = requested ? [requested, ...BACKEND_NAMES.filter((name) => name !== requested)] : BACKEND_NAMES;
  const choice = await startFirstWorking(order);
  const failed = choice.attempts.filter((attempt) => !attempt.ok).map((attempt) => attempt.backend);
  const skipped = failed.length > 0 ? ` (${failed.join(', ')} could not start)` : '';
  const reason = requested && choice.backend === requested
    ? 'requested in the URL'
    : `first available in the default order${skipped}`;
  return { ...choice, reason };
}

export { BackendStartError };
