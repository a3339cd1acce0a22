import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { InputError } from '../data/errors';
import { choiceFlag, OptionError, stringFlag, type FlagValues } from './args';
import { tryBackend } from '../../src/engine/backends';
import { registerWasmTrainingKernels } from '../../src/engine/kernels/index';

/** Backends that run in Node: WebGL and WebGPU need a browser. */
export type NodeBackend = 'wasm' | 'cpu';

/** Node backends, the default first. */
export const NODE_BACKENDS: readonly NodeBackend[] = ['wasm', 'cpu'];

/** Says why a browser-only backend cannot be asked for here. */
const BROWSER_ONLY_BACKENDS: Readonly<Record<string, string>> = {
  webgl: 'WebGL needs a browser; Node has no WebGL',
  webgpu: 'WebGPU needs a browser; Node has no WebGPU',
};

/**
 * Makes `name` the active TF.js backend, with the wasm training kernels
 * registered (tfjs-backend-wasm lacks the conv2d filter gradient). A backend
 * that does not start throws an InputError with the reason.
 */
export async function startNodeBackend(name: NodeBackend): Promise<void> {
  registerWasmTrainingKernels();
  if (tf.getBackend() === name) return;
  const attempt = await tryBackend(name);
  if (!attempt.ok) throw new InputError(`The ${name} backend could not start: ${attempt.error ?? 'unknown reason'}.`);
}

/**
 * The backend `--backend` names (wasm when absent). WebGL and WebGPU get their
 * own message: they exist, but only in a browser.
 */
export function backendFlag(values: FlagValues): NodeBackend {
  const given = stringFlag(values, 'backend');
  const browserOnly = given === undefined ? undefined : BROWSER_ONLY_BACKENDS[given];
  if (browserOnly !== undefined) throw new OptionError(`--backend "${given}" is not available here: ${browserOnly}. Use one of ${NODE_BACKENDS.join(', ')} (the playground in a browser offers ${given}).`);
  return choiceFlag(values, 'backend', NODE_BACKENDS) ?? 'wasm';
}
