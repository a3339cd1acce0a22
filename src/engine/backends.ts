import * as tf from '@tensorflow/tfjs';
import type { BackendAttempt, BackendName } from '../core/backends';

/** Default time a backend may take to start before we fall back (ms). */
export const BACKEND_START_TIMEOUT_MS = 20_000;

/** The backend that started and every attempt made on the way. */
export interface BackendChoice {
  readonly backend: BackendName;
  readonly attempts: readonly BackendAttempt[];
}

/** Rejects with '<what> did not finish within N s' when `promise` takes longer than `timeoutMs`. */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs one small op and reads it back, so a backend that starts but cannot compute fails here. */
async function smokeTest(): Promise<void> {
  const sum = tf.tidy(() => tf.add(tf.scalar(1), tf.scalar(2)));
  const [value] = await sum.data();
  sum.dispose();
  if (value !== 3) throw new Error(`computed 1 + 2 = ${String(value)}`);
}

/** Tries to make `name` the active backend, within a time limit. */
export async function tryBackend(name: BackendName, timeoutMs = BACKEND_START_TIMEOUT_MS): Promise<BackendAttempt> {
  const started = performance.now();
  try {
    const ok = await withTimeout(tf.setBackend(name), timeoutMs, `Starting ${name}`);
    if (!ok) throw new Error(`${name} is not available in this environment`);
    await withTimeout(smokeTest(), timeoutMs, `A first computation on ${name}`);
    return { backend: name, ok: true, elapsedMs: performance.now() - started };
  } catch (error) {
    return { backend: name, ok: false, elapsedMs: performance.now() - started, error: String(error instanceof Error ? error.message : error) };
  }
}

/**
 * Starts the first backend of `order` that works, each within the time limit.
 * Throws with every attempt's reason when none does.
 */
export async function startFirstWorking(order: readonly BackendName[], timeoutMs = BACKEND_START_TIMEOUT_MS): Promise<BackendChoice> {
  const attempts: BackendAttempt[] = [];
  for (const name of order) {
    const attempt = await tryBackend(name, timeoutMs);
    attempts.push(attempt);
    if (attempt.ok) return { backend: name, attempts };
  }
  const reasons = attempts.map((attempt) => `${attempt.backend}: ${attempt.error ?? 'failed'}`).join('; ');
  throw new BackendStartError(`No TF.js backend could start (${reasons})`, attempts);
}

/** No backend could start; carries every attempt for the UI to explain. */
export class BackendStartError extends Error {
  constructor(message: string, readonly attempts: readonly BackendAttempt[]) {
    super(message);
    this.name = 'BackendStartError';
  }
}

/** The active backend's name, as the project spells it. */
export function activeBackend(): BackendName {
  return tf.getBackend() as BackendName;
}
