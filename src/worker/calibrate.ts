import { BACKEND_NAMES, type BackendName } from '../core/backends';
import { DATASETS } from '../core/datasets/catalog';
import type { NetworkSpec } from '../core/model/spec';
import type { BackendMeasurement, BackendsCalibratedEvent, CalibrateBackendsCommand } from '../core/protocol';
import { tryBackend } from '../engine/backends';
import { measureTrainingSpeed } from '../engine/calibration';
import { batchTensors } from '../engine/data/batch';
import { readRecord, writeRecord } from '../browser/idb';
import type { LoadedDataset } from './load-dataset';

/** Time spent timing each backend after its first step, ms. */
const MEASURE_BUDGET_MS = 1500;
/** Examples per calibration batch: the batch size the coursework's speed targets use. */
const CALIBRATION_BATCH = 64;

interface RememberedCalibration {
  /** Key: the network's layers, so a changed network is measured anew. */
  readonly network: string;
  readonly measurements: readonly BackendMeasurement[];
  readonly chosen: BackendName;
  readonly measuredAt: number;
}

function networkKey(network: NetworkSpec): string {
  return JSON.stringify([network.inputShape, network.layers]);
}

async function measureBackend(backend: BackendName, network: NetworkSpec, data: LoadedDataset): Promise<BackendMeasurement> {
  const attempt = await tryBackend(backend);
  if (!attempt.ok) return { backend, examplesPerSecond: 0, firstStepMs: 0, error: attempt.error ?? 'did not start' };
  const indices = Array.from({ length: CALIBRATION_BATCH }, (_, i) => i);
  const batch = batchTensors(data.train, indices, DATASETS[data.dataset].classNames.length);
  try {
    return { backend, ...(await measureTrainingSpeed(network, batch, MEASURE_BUDGET_MS)) };
  } catch (error) {
    return { backend, examplesPerSecond: 0, firstStepMs: 0, error: String(error instanceof Error ? error.message : error) };
  } finally {
    batch.xs.dispose();
    batch.ys.dispose();
  }
}

async function remembered(command: CalibrateBackendsCommand): Promise<RememberedCalibration | undefined> {
  if (command.fresh) return undefined;
  try {
    const found = await readRecord<RememberedCalibration>('calibrations', networkKey(command.network));
    return found && (await tryBackend(found.chosen)).ok ? found : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes the fastest backend for this network active: the one remembered for it on
 * this device, else the winner of a fresh measurement of every backend.
 */
export async function calibrateBackends(command: CalibrateBackendsCommand, data: LoadedDataset): Promise<BackendsCalibratedEvent> {
  const base = { type: 'backendsCalibrated', requestId: command.requestId, network: command.network.name } as const;
  const known = await remembered(command);
  if (known) return { ...base, measurements: known.measurements, chosen: known.chosen, remembered: true, measuredAt: known.measuredAt };
  const measurements: BackendMeasurement[] = [];
  for (const backend of BACKEND_NAMES) measurements.push(await measureBackend(backend, command.network, data));
  const best = measurements.reduce((a, b) => (b.examplesPerSecond > a.examplesPerSecond ? b : a));
  if (best.examplesPerSecond === 0) throw new Error('No backend could train this network here.');
  await tryBackend(best.backend);
  const record: RememberedCalibration = { network: networkKey(command.network), measurements, chosen: best.backend, measuredAt: Date.now() };
  await writeRecord('calibrations', record).catch(() => undefined);
  return { ...base, measurements, chosen: best.backend, remembered: false, measuredAt: record.measuredAt };
}
