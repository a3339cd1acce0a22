import { parseBackendName } from '../../core/backends';
import type { DatasetId } from '../../core/datasets/catalog';
import { DATASET_IDS } from '../../core/datasets/catalog';
import { SPLIT_PROTOCOLS } from '../../core/datasets/splits';
import type { PresetId } from '../../core/model/presets';
import { PRESET_TRAINING } from '../../core/training/defaults';
import type { SplitName } from '../../core/protocol';
import { useAppStore } from './store';
import { newRequestId, send } from './worker-client';

/** How many sample images the dataset view shows: 18, like the coursework's sample grid. */
export const SAMPLE_COUNT = 18;

/** Where `npm run data` puts the assets, relative to the app. */
const ASSETS_URL = new URL(`${import.meta.env.BASE_URL}data`, location.href).href.replace(/\/$/, '');

/** Asks the worker for samples and class counts of the current settings. */
export function describeCurrent(): void {
  const { dataset, protocolId, seed, sampleSplit, load } = useAppStore.getState();
  if (load.status !== 'loaded') return;
  send({ type: 'describeDataset', requestId: newRequestId(), dataset, protocolId, seed, sampleSplit, sampleCount: SAMPLE_COUNT });
}

/** The form with an architecture that fits `dataset` (its first preset, with that preset's settings). */
function formFor(dataset: DatasetId): Partial<ReturnType<typeof useAppStore.getState>> {
  const { form } = useAppStore.getState();
  if (PRESET_TRAINING[form.architecture].dataset === dataset) return {};
  const entry = (Object.entries(PRESET_TRAINING) as [PresetId, (typeof PRESET_TRAINING)[PresetId]][]).find(([, preset]) => preset.dataset === dataset);
  if (!entry) return {};
  const [architecture, preset] = entry;
  return {
    form: { ...form, architecture, optimizer: preset.optimizer.kind, learningRate: preset.learningRate, batchSize: preset.batchSize, epochs: preset.epochs },
  };
}

/** Switches dataset and loads it (the worker keeps datasets it already loaded). */
export function selectDataset(dataset: DatasetId): void {
  const requestId = newRequestId();
  const protocolId = SPLIT_PROTOCOLS[dataset][0]?.id ?? '';
  useAppStore.setState({
    ...formFor(dataset),
    dataset, protocolId, view: undefined,
    load: { status: 'loading', requestId, phase: 'manifest', fraction: 0, loadedBytes: 0, totalBytes: 0 },
  });
  send({ type: 'loadDataset', requestId, dataset, assetsUrl: ASSETS_URL });
}

export function setProtocol(protocolId: string): void {
  useAppStore.setState({ protocolId });
  describeCurrent();
}

export function setSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0) return;
  useAppStore.setState({ seed });
  describeCurrent();
}

export function setSampleSplit(sampleSplit: SplitName): void {
  useAppStore.setState({ sampleSplit });
  describeCurrent();
}

/** Reads `?backend=` and `?dataset=` from the address, starts the backend and the first load. */
export function startApp(): void {
  const params = new URLSearchParams(location.search);
  send({ type: 'startBackend', requested: parseBackendName(params.get('backend')) });
  const dataset = DATASET_IDS.find((id) => id === params.get('dataset')) ?? 'mnist';
  selectDataset(dataset);
}

/** Describes the dataset each time a load finishes. */
useAppStore.subscribe((state, previous) => {
  if (state.load.status === 'loaded' && previous.load.status !== 'loaded') describeCurrent();
});
