/**
 * `npm run bench`: training speed, batch 64, of LeNet-5 and the CIFAR-10 network
 * in the app's worker on each browser backend, against the straightforward TF.js
 * way on the page's main thread (measured in the same run), and in Node with the
 * CLI's engine. Prints a table, writes reports/bench.json and reports/bench.png.
 * Exits 0 even when the speed targets are missed; 1 only when the bench could not run.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BACKEND_NAMES } from '../../src/core/backends';
import { BENCH_BATCH_SIZE, BENCH_NETWORKS, DEFAULT_LIMITS, type BrowserBenchPlan } from '../../src/bench/plan';
import { runDataCommand } from '../data/command';
import { consoleLog } from '../data/log';
import { runBrowserBench, type BrowserRun } from './browser';
import { BenchSetupError } from './errors';
import { benchNode } from './node-bench';
import { machineState, REFERENCE_NOTE, reportText, targetResults, writeReport, type BenchReport } from './report';
import { startBenchServer, type PreviewServer } from './server';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const log = (line: string): void => console.log(line);
let server: PreviewServer | undefined;

/** Builds the dataset assets the page loads, when they are missing (as `npm start` does). */
async function prepareAssets(): Promise<void> {
  const code = await runDataCommand(['--if-missing'], { repoRoot, cwd: repoRoot, env: process.env, log: consoleLog() });
  if (code !== 0) throw new BenchSetupError('the dataset assets could not be built (see above)');
}

/** Builds and serves the app, drives the bench page, and always stops the server. */
async function browserPart(plan: BrowserBenchPlan): Promise<BrowserRun> {
  log('▶ building the app with the bench page and serving it');
  server = await startBenchServer(repoRoot);
  try {
    log(`▶ browser: ${server.url}/bench.html in headless Chromium`);
    return await runBrowserBench(server.url, plan, join(repoRoot, 'reports', 'bench.png'), log);
  } finally {
    await server.stop();
    server = undefined;
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const loadAtStart = machineState().loadAverage;
  await prepareAssets();
  const plan: BrowserBenchPlan = { backends: BACKEND_NAMES, networks: BENCH_NETWORKS, limits: DEFAULT_LIMITS };
  const browser = await browserPart(plan);
  log('▶ node: the CLI engine on the real data');
  const nodeRows = await benchNode(repoRoot, plan.networks, plan.limits, log);
  const { cores, loadAverage } = machineState();
  const rows = [browser.result.reference, ...browser.result.workers, ...nodeRows];
  const report: BenchReport = {
    startedAt, totalSeconds: Math.round((performance.now() - started) / 100) / 10, batchSize: BENCH_BATCH_SIZE, limits: plan.limits,
    machine: { cores, loadAtStart, loadAtEnd: loadAverage, node: process.version },
    browser: { version: browser.browserVersion, userAgent: browser.result.userAgent },
    referenceNote: REFERENCE_NOTE, rows, targets: targetResults(rows, plan.networks),
  };
  const path = join(repoRoot, 'reports', 'bench.json');
  await writeReport(path, report);
  log(`\n${reportText(report, plan.networks)}\nwritten: reports/bench.json, reports/bench.png`);
  return 0;
}

const signalExitCodes = { SIGINT: 130, SIGTERM: 143 } as const;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(signalExitCodes[signal]));
  });
}

const code = await main().catch(async (error: unknown) => {
  await server?.stop();
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`\nThe bench could not run: ${reason}`);
  return 1;
});
process.exit(code);
