import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describeMeasurement } from '../../src/bench/format';
import { benchLabel } from '../../src/bench/networks';
import { BENCH_BATCH_SIZE, type BenchNetworkId, type BenchRow, type Measurement, type MeterLimits } from '../../src/bench/plan';
import { tooSlow } from '../../src/bench/steady-meter';
import { NODE_BACKENDS, type NodeBackend } from '../cli/backend';
import { decodeMessage } from './node-protocol';

/** Reading and verifying the data, the first step (within its own limit), the capped measurement. */
const NODE_RUN_LIMIT_MS = 300_000;

/**
 * Runs one measurement in its own Node process and ends that process when no
 * step finishes within the first-step limit, or the whole run takes too long.
 */
function measureInProcess(repoRoot: string, backend: NodeBackend, id: BenchNetworkId, limits: MeterLimits): Promise<Measurement> {
  const entry = join(repoRoot, 'scripts', 'bench', 'node-run.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', entry, backend, id, JSON.stringify(limits)], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  return new Promise((resolve) => {
    let result: Measurement | undefined;
    let firstStepTimer: NodeJS.Timeout | undefined;
    const finish = (measurement: Measurement): void => {
      clearTimeout(firstStepTimer);
      clearTimeout(runTimer);
      if (child.exitCode === null) child.kill('SIGKILL');
      resolve(measurement);
    };
    const runTimer = setTimeout(() => finish({ status: 'failed', reason: `took more than ${NODE_RUN_LIMIT_MS / 1000} s` }), NODE_RUN_LIMIT_MS);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const message = decodeMessage(line);
      if (message?.type === 'training') firstStepTimer = setTimeout(() => finish(tooSlow(limits, BENCH_BATCH_SIZE)), limits.firstStepLimitMs);
      if (message?.type === 'window') clearTimeout(firstStepTimer);
      if (message?.type === 'result') result = message.measurement;
    });
    child.on('exit', (code) => finish(result ?? { status: 'failed', reason: `the measurement process exited (${String(code)}): ${stderr.trim()}` }));
  });
}

async function benchNodeBackend(repoRoot: string, backend: NodeBackend, networks: readonly BenchNetworkId[], limits: MeterLimits, log: (line: string) => void): Promise<BenchRow> {
  const results: Partial<Record<BenchNetworkId, Measurement>> = {};
  for (const id of networks) {
    const unavailable = Object.values(results).find((result) => result.status === 'unavailable');
    results[id] = unavailable ?? (await measureInProcess(repoRoot, backend, id, limits));
    log(`  node ${backend} · ${benchLabel(id)}: ${describeMeasurement(results[id])}`);
  }
  return { place: 'node', backend, results };
}

/**
 * The Node rows: the same engine as `npm run train` (wasm with the project's
 * training kernels, and cpu) on the real training data, batch 64, each
 * measurement in a fresh process.
 */
export async function benchNode(repoRoot: string, networks: readonly BenchNetworkId[], limits: MeterLimits, log: (line: string) => void): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const backend of NODE_BACKENDS) rows.push(await benchNodeBackend(repoRoot, backend, networks, limits, log));
  return rows;
}
