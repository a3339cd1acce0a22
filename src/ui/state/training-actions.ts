import type { PresetId } from '../../core/model/presets';
import { COURSEWORK_AUGMENTATION } from '../../core/augment/settings';
import type { RunStart } from '../../core/runs/record';
import { PRESET_TRAINING } from '../../core/training/defaults';
import { EXPERIMENT_PRESETS, withDropout } from '../../core/training/experiments';
import { trainingSettingsProblems, type TrainingSettings } from '../../core/training/settings';
import { architectureNetwork, baselineExperiment, customNetwork, experimentToSettings, presetChoice } from '../../core/url/experiment';
import { setExperiment, updateExperiment } from './actions';
import { defaultRunName, registerRunStart } from './run-history';
import { runSeries } from './run-series';
import { useAppStore } from './store';
import { send, newRequestId, whenCalibrated } from './worker-client';

/**
 * Picks a preset architecture (its dataset and training settings, keeping seed,
 * backend and augmentation), or 'custom': the current network, now editable.
 */
export function selectArchitecture(id: PresetId | 'custom'): void {
  const { experiment } = useAppStore.getState();
  if (id === 'custom') {
    const network = architectureNetwork(experiment.architecture);
    updateExperiment({ architecture: { id: 'custom', network: customNetwork(experiment.dataset, network.layers) } });
    return;
  }
  const dataset = PRESET_TRAINING[id].dataset;
  setExperiment({ ...baselineExperiment(dataset, presetChoice(id)), seed: experiment.seed, backend: experiment.backend, augmentation: experiment.augmentation });
}

/** The training settings the current experiment describes. */
export function currentSettings(): TrainingSettings {
  return experimentToSettings(useAppStore.getState().experiment);
}

function newRunId(): string {
  return `run-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Applies a ready-made experiment, keeping the chosen backend. */
export function applyExperimentPreset(id: string): void {
  const preset = EXPERIMENT_PRESETS.find((entry) => entry.id === id);
  if (preset) setExperiment({ ...preset.experiment, backend: useAppStore.getState().experiment.backend });
}

/**
 * Trains again with one change and draws the finished run's curves beside the new
 * ones: with dropout after the hidden dense layers, or with the coursework's augmentation.
 */
export function rerunWith(change: 'dropout' | 'augmentation'): void {
  const { experiment } = useAppStore.getState();
  const layers = architectureNetwork(experiment.architecture).layers;
  const next = change === 'dropout'
    ? { ...experiment, architecture: { id: 'custom' as const, network: customNetwork(experiment.dataset, withDropout(layers)) } }
    : { ...experiment, augmentation: COURSEWORK_AUGMENTATION };
  runSeries.keepForComparison(change);
  setExperiment(next);
  startTraining();
}

/** Starts a run from the form (a fresh chart, no comparison). */
export function train(): void {
  runSeries.keepForComparison(undefined);
  startTraining();
}

/** How the run history names and labels a run: all of RunStart but the settings, the name optional. */
export type RunLabels = Omit<RunStart, 'settings' | 'name'> & { readonly name?: string };

function startTraining(): void {
  startRunWith(currentSettings());
}

/**
 * Starts a run with explicit settings (the form's, or a sweep member's) on the
 * form's backend choice: refuses impossible settings with their reasons (in
 * formProblems); with the automatic backend, measures (or recalls) the fastest
 * backend first. Returns the new run's id, or undefined when refused. The run history
 * records it under `labels` (a name such as "LeNet-5 #3" when none is given).
 */
export function startRunWith(settings: TrainingSettings, labels: RunLabels = {}): string | undefined {
  const problems = trainingSettingsProblems(settings);
  if (problems.length > 0) {
    useAppStore.setState({ formProblems: problems });
    return undefined;
  }
  const runId = newRunId();
  registerRunStart(runId, { ...labels, name: labels.name ?? defaultRunName(settings), settings });
  const { experiment } = useAppStore.getState();
  const base = { runId, settings, trainCount: 0, validationCount: 0, batchesPerEpoch: 0, epoch: 0, batch: 0, examplesPerSecond: 0, numTensors: 0, elapsedMs: 0, epochs: [], heldOutHistory: [] };
  if (experiment.backend === 'auto') {
    useAppStore.setState({ run: { ...base, phase: 'measuring' }, formProblems: [] });
    whenCalibrated(() => {
      whenCalibrated(undefined);
      const run = useAppStore.getState().run;
      if (run?.runId === runId && run.phase === 'measuring') startRun(runId, settings);
    });
    send({ type: 'calibrateBackends', requestId: newRequestId(), dataset: settings.dataset, network: settings.network, fresh: false });
    return runId;
  }
  useAppStore.setState({ run: { ...base, phase: 'starting' }, formProblems: [] });
  send({ type: 'startBackend', requested: experiment.backend });
  startRun(runId, settings);
  return runId;
}

function startRun(runId: string, settings: TrainingSettings): void {
  useAppStore.setState((state) => (state.run ? { run: { ...state.run, phase: 'starting' } } : {}));
  send({ type: 'startRun', runId, settings });
}

function controlRun(type: 'pauseRun' | 'resumeRun' | 'stopRun'): void {
  const run = useAppStore.getState().run;
  if (!run) return;
  if (type === 'stopRun' && run.phase === 'measuring') {
    useAppStore.setState({ run: { ...run, phase: 'stopped' } });
    return;
  }
  send({ type, runId: run.runId });
}

/** Asks the worker for the images of one confusion-matrix cell of the current run. */
export function openCell(truth: number, predicted: number): void {
  const run = useAppStore.getState().run;
  if (run) send({ type: 'requestCellImages', runId: run.runId, truth, predicted, limit: 48 });
}

export const pauseRun = (): void => controlRun('pauseRun');
export const resumeRun = (): void => controlRun('resumeRun');
export const stopRun = (): void => controlRun('stopRun');
