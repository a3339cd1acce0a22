import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import { augmentationLine, bestBrowserSpeed, detailLines, formatTable, legendLines, targetLine } from '../../src/bench/format';
import { BENCH_BATCH_SIZE, SPEED_TARGETS, type BenchNetworkId, type BenchRow, type MeterLimits } from '../../src/bench/plan';

/** How the reference row was measured, printed under the table and kept in the JSON. */
export const REFERENCE_NOTE = 'reference: model.fit (standard layers, Adam 1e-3) on random inputs of the right shape, a speed reference only; timed after a warm-up fit on one batch. Worker and node rows train on the real data; their speed is the steady state after the first steps.';

/** Load and cores of the machine, at one moment (the machine is shared: load skews every number). */
export function machineState(): { cores: number; loadAverage: number[] } {
  return { cores: cpus().length, loadAverage: loadavg().map((load) => Math.round(load * 100) / 100) };
}

/** Everything `reports/bench.json` holds. */
export interface BenchReport {
  readonly startedAt: string;
  readonly totalSeconds: number;
  readonly batchSize: number;
  readonly limits: MeterLimits;
  readonly machine: { readonly cores: number; readonly loadAtStart: number[]; readonly loadAtEnd: number[]; readonly node: string };
  readonly browser: { readonly version: string; readonly userAgent: string };
  readonly referenceNote: string;
  readonly rows: readonly BenchRow[];
  readonly targets: Record<string, { readonly examplesPerSecond: number; readonly best?: { backend: string; examplesPerSecond: number }; readonly met: boolean }>;
}

/** Per network: the target, the best browser speed and whether it is met. */
export function targetResults(rows: readonly BenchRow[], networks: readonly BenchNetworkId[]): BenchReport['targets'] {
  return Object.fromEntries(networks.map((id) => {
    const best = bestBrowserSpeed(rows, id);
    return [id, { examplesPerSecond: SPEED_TARGETS[id], ...(best ? { best } : {}), met: best !== undefined && best.examplesPerSecond >= SPEED_TARGETS[id] }];
  }));
}

/** The text the command prints at the end: the table, the targets, what each number rests on. */
export function reportText(report: BenchReport, networks: readonly BenchNetworkId[]): string {
  const { machine } = report;
  return [
    ...formatTable(report.rows, networks),
    ...legendLines(report.rows),
    targetLine(report.rows, networks),
    augmentationLine(report.rows),
    '',
    REFERENCE_NOTE,
    ...detailLines(report.rows, networks),
    '',
    `${machine.cores} cores, load average ${machine.loadAtStart.join(' ')} at the start, ${machine.loadAtEnd.join(' ')} at the end · ${report.browser.version} · Node ${machine.node}`,
    `bench time ${(report.totalSeconds / 60).toFixed(1)} min (batch ${BENCH_BATCH_SIZE})`,
  ].join('\n');
}

/** Writes the report as JSON, creating the folder if needed. */
export async function writeReport(path: string, report: BenchReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}
