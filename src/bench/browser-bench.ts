import { augmentationLine, detailLines, formatTable, legendLines, targetLine } from './format';
import type { BrowserBenchPlan, BrowserBenchResult } from './plan';
import { logLine, showResults } from './progress';
import { benchReference } from './reference-bench';
import { benchWorkerBackend } from './worker-bench';

/**
 * Runs the browser part of the bench: the reference on this page's main thread
 * first (no worker busy meanwhile), then each backend in the app's worker.
 * Shows the table on the page and returns every measurement.
 */
export async function runBrowserBench(plan: BrowserBenchPlan): Promise<BrowserBenchResult> {
  logLine(`bench: ${plan.networks.join(', ')} at batch 64 · reference, then worker ${plan.backends.join(', ')}`);
  const reference = await benchReference(plan.networks, plan.limits);
  const workers = [];
  for (const backend of plan.backends) workers.push(await benchWorkerBackend(backend, plan.networks, plan.limits));
  const rows = [reference, ...workers];
  showResults([...formatTable(rows, plan.networks), ...legendLines(rows), targetLine(rows, plan.networks), augmentationLine(rows), '', ...detailLines(rows, plan.networks)].join('\n'));
  logLine('bench: done');
  return { userAgent: navigator.userAgent, reference, workers };
}
