/** TF.js backends the playground can run on, fastest-on-a-GPU first. */
export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/** Every backend, in the default order of preference before any measurement. */
export const BACKEND_NAMES: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** Narrows a string (for instance a `?backend=` URL value) to a backend name. */
export function parseBackendName(value: string | null | undefined): BackendName | undefined {
  return BACKEND_NAMES.find((name) => name === value);
}

/** The outcome of trying to start one backend. */
export interface BackendAttempt {
  readonly backend: BackendName;
  readonly ok: boolean;
  /** Wall time of the attempt in milliseconds. */
  readonly elapsedMs: number;
  /** Why it failed, when it did. */
  readonly error?: string;
}
