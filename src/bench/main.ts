/**
 * The bench page: measures training speed in the app's real worker on every
 * backend and, as the reference, the straightforward TF.js way on this page.
 * `npm run bench` calls `window.convnetBench.run(plan)`; the button runs the
 * default plan by hand. Progress is shown as text.
 */
import { BACKEND_NAMES } from '../core/backends';
import { runBrowserBench } from './browser-bench';
import { BENCH_NETWORKS, DEFAULT_LIMITS, type BenchPageApi, type BrowserBenchPlan, type BrowserBenchResult } from './plan';
import { logLine } from './progress';

declare global {
  interface Window {
    /** The entry point `npm run bench` drives. */
    convnetBench?: BenchPageApi;
  }
}

const DEFAULT_PLAN: BrowserBenchPlan = { backends: BACKEND_NAMES, networks: BENCH_NETWORKS, limits: DEFAULT_LIMITS };

let running: Promise<BrowserBenchResult> | undefined;

/** Runs a plan unless one is already running (then returns that one). */
function run(plan: BrowserBenchPlan): Promise<BrowserBenchResult> {
  running ??= runBrowserBench(plan).finally(() => {
    running = undefined;
  });
  return running;
}

window.convnetBench = { run };
document.getElementById('run')?.addEventListener('click', () => {
  run(DEFAULT_PLAN).catch((error: unknown) => logLine(`bench failed: ${String(error)}`));
});
logLine('ready');
