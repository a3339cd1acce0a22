import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchSetupError } from './errors';

/** The bench's own port, away from the app's 4173 so a running app is never disturbed. */
export const BENCH_PORT = 4183;
const SERVER_START_LIMIT_MS = 30_000;

/** A running `vite preview` of a build made for this bench run. */
export interface PreviewServer {
  readonly url: string;
  /** Stops the server and deletes the build. */
  stop(): Promise<void>;
}

function viteArgs(repoRoot: string, args: string[]): [string, string[]] {
  return [process.execPath, [join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), ...args]];
}

/** Runs Vite to completion; its output is shown only when it fails. */
function runVite(repoRoot: string, args: string[]): Promise<void> {
  const [command, fullArgs] = viteArgs(repoRoot, args);
  const child = spawn(command, fullArgs, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new BenchSetupError(`vite ${args[0] ?? ''} failed (exit ${String(code)}):\n${output.slice(-4000)}`))));
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Polls the page until it answers, or fails when the server exits or takes too long. */
async function waitUntilServing(child: ChildProcess, url: string, output: () => string): Promise<void> {
  const deadline = Date.now() + SERVER_START_LIMIT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new BenchSetupError(`vite preview exited (is port ${BENCH_PORT} in use?):\n${output()}`);
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new BenchSetupError(`vite preview did not serve ${url} within ${SERVER_START_LIMIT_MS / 1000} s:\n${output()}`);
}

async function serve(repoRoot: string, outDir: string): Promise<ChildProcess> {
  const url = `http://127.0.0.1:${BENCH_PORT}`;
  const [command, args] = viteArgs(repoRoot, ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(BENCH_PORT), '--strictPort']);
  const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitUntilServing(child, `${url}/bench.html`, () => output);
    return child;
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
}

/**
 * Builds the app (with the bench page) into a fresh temporary folder, so the
 * project's dist/ and any running app server stay as they are, and serves it
 * with `vite preview` on 127.0.0.1:BENCH_PORT (a secure context, as WebGPU needs).
 */
export async function startBenchServer(repoRoot: string): Promise<PreviewServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'convnet-bench-build-'));
  const removeBuild = (): Promise<void> => rm(outDir, { recursive: true, force: true });
  try {
    await runVite(repoRoot, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
    const child = await serve(repoRoot, outDir);
    return { url: `http://127.0.0.1:${BENCH_PORT}`, stop: () => stopProcess(child).then(removeBuild) };
  } catch (error) {
    await removeBuild();
    throw error;
  }
}
