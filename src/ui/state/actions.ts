import type { DatasetId } from '../../core/datasets/catalog';
import type { SplitName } from '../../core/protocol';
import { decodeExperiment, encodeExperiment } from '../../core/url/codec';
import { baselineExperiment, defaultPreset, experimentProblems, presetChoice, type Experiment } from '../../core/url/experiment';
import type { Language } from '../i18n/languages';
import { saveLanguage } from './preferences';
import { useAppStore } from './store';
import { newRequestId, send } from './worker-client';

/** How many sample images the dataset view shows: 18, like the coursework's sample grid. */
export const SAMPLE_COUNT = 18;

/** Where `npm run data` puts the assets, relative to the app. */
const ASSETS_URL = new URL(`${import.meta.env.BASE_URL}data`, location.href).href.replace(/\/$/, '');

/** Asks the worker for samples and class counts of the current split and seed. */
export function describeCurrent(): void {
  const { experiment, sampleSplit, sampleSeed, load } = useAppStore.getState();
  if (load.status !== 'loaded') return;
  const { dataset, protocolId, seed } = experiment;
  send({ type: 'describeDataset', requestId: newRequestId(), dataset, protocolId, seed, sampleSplit, sampleSeed, sampleCount: SAMPLE_COUNT });
}

/**
 * Writes the experiment into the address bar, so copying it shares the exact setup.
 * An experiment that cannot train (a field half-typed) is not written.
 */
function writeUrl(experiment: Experiment): void {
  if (experimentProblems(experiment).length > 0) return;
  const query = encodeExperiment(experiment);
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

/** Replaces the experiment (and the URL); re-describes the dataset when its split or seed changed. */
export function setExperiment(next: Experiment): void {
  const previous = useAppStore.getState().experiment;
  useAppStore.setState({ experiment: next, formProblems: [] });
  writeUrl(next);
  if (next.dataset !== previous.dataset) loadDataset(next.dataset);
  else if (next.protocolId !== previous.protocolId || next.seed !== previous.seed) describeCurrent();
}

/** Changes some fields of the experiment. */
export function updateExperiment(patch: Partial<Experiment>): void {
  setExperiment({ ...useAppStore.getState().experiment, ...patch });
}

function loadDataset(dataset: DatasetId): void {
  const requestId = newRequestId();
  useAppStore.setState({ view: undefined, load: { status: 'loading', requestId, phase: 'manifest', fraction: 0, loadedBytes: 0, totalBytes: 0 } });
  send({ type: 'loadDataset', requestId, dataset, assetsUrl: ASSETS_URL });
}

/** Switches dataset: its first preset with that preset's settings, keeping seed and backend. */
export function selectDataset(dataset: DatasetId): void {
  const { experiment } = useAppStore.getState();
  if (experiment.dataset === dataset) return;
  setExperiment({ ...baselineExperiment(dataset, presetChoice(defaultPreset(dataset))), seed: experiment.seed, backend: experiment.backend });
}

/** Hides the notices about an opened link. */
export function dismissLinkNotices(): void {
  useAppStore.setState({ linkNotices: [] });
}

/** Switches the UI language (and `<html lang>`), remembering it in this browser. */
export function setLanguage(language: Language): void {
  saveLanguage(language);
  useAppStore.setState({ language });
}

/** Shows other samples of the same split. */
export function otherSamples(): void {
  useAppStore.setState((state) => ({ sampleSeed: state.sampleSeed + 1 }));
  describeCurrent();
}

export function setSampleSplit(sampleSplit: SplitName): void {
  useAppStore.setState({ sampleSplit });
  describeCurrent();
}

/** Reads the experiment from the address (noting what was ignored), starts the backend and the first load. */
export function startApp(): void {
  const { experiment, notices } = decodeExperiment(location.search.replace(/^\?/, ''));
  useAppStore.setState({ experiment, linkNotices: notices });
  writeUrl(experiment);
  send({ type: 'startBackend', requested: experiment.backend === 'auto' ? undefined : experiment.backend });
  loadDataset(experiment.dataset);
}

/** Describes the dataset each time a load finishes. */
useAppStore.subscribe((state, previous) => {
  if (state.load.status === 'loaded' && previous.load.status !== 'loaded') describeCurrent();
});
