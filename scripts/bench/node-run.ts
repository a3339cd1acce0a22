/**
 * One Node measurement in its own process, so that `npm run bench` can end it
 * when a single step takes too long (a TF.js kernel cannot be interrupted):
 *   node --import tsx scripts/bench/node-run.ts <wasm|cpu> <lenet5|cifar-g3> '<limits JSON>'
 * Trains with the same engine as `npm run train` (`trainModel`, wasm with the
 * project's kernels, or cpu) on the real training data and reports on stdout.
 */
import { fileURLToPath } from 'node:url';
import type { DecodedSplit } from '../../src/core/datasets/decoded';
import { findProtocol, makeTrainSplit } from '../../src/core/datasets/splits';
import { buildModel } from '../../src/engine/model/build-model';
import { RunControl } from '../../src/engine/training/run-control';
import { trainModel, type TrainingData } from '../../src/engine/training/trainer';
import { benchClassCount, benchMaxSteps, benchSettings } from '../../src/bench/networks';
import { BENCH_NETWORKS, type BenchNetworkId, type Measurement, type MeterLimits } from '../../src/bench/plan';
import { SteadyStateMeter } from '../../src/bench/steady-meter';
import { NODE_BACKENDS, startNodeBackend, type NodeBackend } from '../cli/backend';
import { chooseInputFolder } from '../data/input-folder';
import { loadDataset } from '../data/load-dataset';
import { encodeMessage, type NodeRunMessage } from './node-protocol';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const emit = (message: NodeRunMessage): boolean => process.stdout.write(encodeMessage(message));

function parseArgs(args: readonly string[]): { backend: NodeBackend; id: BenchNetworkId; limits: MeterLimits } {
  const [backend, id, limits] = args;
  const knownBackend = NODE_BACKENDS.find((name) => name === backend);
  const knownNetwork = BENCH_NETWORKS.find((name) => name === id);
  if (!knownBackend || !knownNetwork || limits === undefined) throw new Error(`usage: node-run.ts <${NODE_BACKENDS.join('|')}> <${BENCH_NETWORKS.join('|')}> '<limits JSON>'`);
  return { backend: knownBackend, id: knownNetwork, limits: JSON.parse(limits) as MeterLimits };
}

/** The network's official training split, read and verified the way the CLI reads it. */
async function loadTrainSplit(id: BenchNetworkId): Promise<DecodedSplit> {
  const loaded = await loadDataset(chooseInputFolder(repoRoot, process.env), benchSettings(id).dataset);
  return loaded.splits.train;
}

function trainingData(id: BenchNetworkId, source: DecodedSplit): TrainingData {
  const settings = benchSettings(id);
  const spec = { ...findProtocol(settings.dataset, settings.protocolId).spec, trainLimit: settings.trainLimit };
  const split = makeTrainSplit(source.count, spec, settings.seed);
  return { source, trainIndices: split.train, validationIndices: split.validation, classTotal: benchClassCount(id) };
}

/** Trains with `trainModel` and stops once the meter has its steady-state time. */
async function measure(id: BenchNetworkId, source: DecodedSplit, limits: MeterLimits): Promise<Measurement> {
  const settings = benchSettings(id);
  const meter = new SteadyStateMeter(limits, benchMaxSteps(id));
  const control = new RunControl();
  const model = buildModel(settings.network, settings.seed);
  try {
    emit({ type: 'training' });
    await trainModel(model, settings, trainingData(id, source), {
      control,
      onBatches: (batches, ms) => {
        meter.add({ steps: batches.length, examples: batches.reduce((sum, batch) => sum + batch.size, 0), ms });
        emit({ type: 'window', steps: batches.length, ms });
        if (meter.done) control.stop();
      },
    });
    return meter.measurement();
  } finally {
    model.dispose();
  }
}

async function main(): Promise<Measurement> {
  const { backend, id, limits } = parseArgs(process.argv.slice(2));
  try {
    await startNodeBackend(backend);
  } catch (error) {
    return { status: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
  }
  return measure(id, await loadTrainSplit(id), limits);
}

const measurement = await main().catch((error: unknown): Measurement => ({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }));
emit({ type: 'result', measurement });
