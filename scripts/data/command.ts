import { isAbsolute, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DatasetId } from '../../src/core/datasets/catalog';
import type { DatasetManifest } from '../../src/core/datasets/manifest';
import { formatBytes, formatCount } from '../../src/core/util/format';
import { buildAtomically } from './atomic';
import { isExpectedError } from './errors';
import { assetsProblem } from './existing';
import { ensureDownloaded } from './fetch-official';
import { chooseInputFolder, describeInputFolder, type InputFolder } from './input-folder';
import { loadDataset } from './load-dataset';
import type { Log } from './log';
import { parseOptions, type DataOptions } from './options';
import { createSheetEncoder, type SheetEncoder } from './sheet-pool';
import { manifestFiles, writeDatasetAssets } from './write-assets';

/** Everything the command takes from its surroundings (tests pass their own). */
export interface CommandContext {
  /** Repository root: default output `public/data`, `../shared/datasets`, download cache. */
  readonly repoRoot: string;
  /** Folder a relative `--out` is resolved against. */
  readonly cwd: string;
  /** DATASETS_DIR and DATASETS_DOWNLOAD_URL are read from here. */
  readonly env: NodeJS.ProcessEnv;
  readonly log: Log;
  /** Sheet-encoding threads; by default one per core, up to 4. */
  readonly threads?: number;
}

function secondsSince(start: number): string {
  return ((performance.now() - start) / 1000).toFixed(1);
}

function summary(manifest: DatasetManifest, target: string, context: CommandContext, start: number): string {
  const { train, test } = manifest.splits;
  const files = manifestFiles(manifest.splits);
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
  const sheets = train.sheets.length + test.sheets.length;
  const inside = relative(context.cwd, target);
  const where = inside.startsWith('..') || isAbsolute(inside) ? target : inside;
  return `${manifest.dataset}: ${formatCount(train.count)} train + ${formatCount(test.count)} test images, `
    + `${sheets} sheets, ${formatBytes(bytes)} in ${where} (${secondsSince(start)} s)`;
}

async function buildDataset(dataset: DatasetId, inputs: InputFolder, outDir: string, encoder: SheetEncoder, context: CommandContext): Promise<void> {
  const start = performance.now();
  if (inputs.kind === 'download') {
    await ensureDownloaded(dataset, { cacheDir: inputs.dir, baseUrl: context.env['DATASETS_DOWNLOAD_URL'] || undefined, log: context.log });
  }
  const loaded = await loadDataset(inputs, dataset);
  const manifest = await buildAtomically(outDir, dataset, (dir) => writeDatasetAssets(dir, loaded, encoder));
  context.log.info(summary(manifest, join(outDir, dataset), context, start));
}

/** True when --if-missing finds the dataset's assets complete (and says so). */
async function canSkip(dataset: DatasetId, options: DataOptions, log: Log): Promise<boolean> {
  if (!options.ifMissing) return false;
  const problem = await assetsProblem(join(options.outDir, dataset), dataset);
  log.info(problem === undefined ? `${dataset}: assets complete, skipped (--if-missing)` : `${dataset}: ${problem}; building`);
  return problem === undefined;
}

async function buildAll(options: DataOptions, context: CommandContext): Promise<void> {
  let inputs: InputFolder | undefined;
  const encoder = createSheetEncoder(context.threads);
  try {
    for (const dataset of options.datasets) {
      if (await canSkip(dataset, options, context.log)) continue;
      if (!inputs) {
        inputs = chooseInputFolder(context.repoRoot, context.env);
        context.log.info(describeInputFolder(inputs));
      }
      await buildDataset(dataset, inputs, options.outDir, encoder, context);
    }
  } finally {
    await encoder.close();
  }
}

/**
 * `npm run data`: verifies the official files and writes each dataset's sprite
 * sheets, labels and manifest.json. Returns the process exit code: 0, or 1 after
 * printing one message (expected problems) or the stack (anything else).
 */
export async function runDataCommand(argv: readonly string[], context: CommandContext): Promise<number> {
  const start = performance.now();
  try {
    const options = parseOptions(argv, join(context.repoRoot, 'public', 'data'), context.cwd);
    await buildAll(options, context);
    context.log.info(`Done in ${secondsSince(start)} s.`);
    return 0;
  } catch (error) {
    if (isExpectedError(error)) context.log.error(`Error: ${error.message}`);
    else context.log.error(`Unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}
