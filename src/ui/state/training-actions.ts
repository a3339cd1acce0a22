import { parseBackendName } from '../../core/backends';
import { presetNetwork, type PresetId } from '../../core/model/presets';
import { PRESET_TRAINING } from '../../core/training/defaults';
import { defaultOptimizer, trainingSettingsProblems, type TrainingSettings } from '../../core/training/settings';
import { selectDataset } from './actions';
import { useAppStore, type TrainingForm } from './store';
import { send, newRequestId, whenCalibrated } from './worker-client';

/** Changes form fields; problems are re-checked on Train. */
export function setForm(patch: Partial<TrainingForm>): void {
  useAppStore.setState((state) => ({ form: { ...state.form, ...patch }, formProblems: [] }));
}

/** Picks an architecture: its preset training settings, and its dataset if another is loaded. */
export function selectArchitecture(architecture: PresetId): void {
  const preset = PRESET_TRAINING[architecture];
  setForm({ architecture, optimizer: preset.optimizer.kind, learningRate: preset.learningRate, batchSize: preset.batchSize, epochs: preset.epochs });
  if (useAppStore.getState().dataset !== preset.dataset) selectDataset(preset.dataset);
  useAppStore.setState({ protocolId: preset.protocolId });
}

/** The settings the form describes, with the dataset view's split protocol. */
export function formSettings(): TrainingSettings {
  const { form, dataset, protocolId } = useAppStore.getState();
  const preset = PRESET_TRAINING[form.architecture];
  return {
    dataset, network: presetNetwork(form.architecture),
    optimizer: preset.optimizer.kind === form.optimizer ? preset.optimizer : defaultOptimizer(form.optimizer),
    learningRate: form.learningRate, batchSize: form.batchSize, epochs: form.epochs,
    protocolId, trainLimit: form.trainLimit, seed: form.seed,
  };
}

function newRunId(): string {
  return `run-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/**
 * Starts a run from the form: refuses impossible settings with their reasons; with
 * the automatic backend, measures (or recalls) the fastest backend first.
 */
export function train(): void {
  const settings = formSettings();
  const problems = trainingSettingsProblems(settings);
  if (problems.length > 0) {
    useAppStore.setState({ formProblems: problems });
    return;
  }
  const runId = newRunId();
  const { form } = useAppStore.getState();
  const base = { runId, settings, trainCount: 0, validationCount: 0, batchesPerEpoch: 0, epoch: 0, batch: 0, examplesPerSecond: 0, numTensors: 0, elapsedMs: 0, epochs: [], heldOutHistory: [] };
  if (form.backendChoice === 'auto') {
    useAppStore.setState({ run: { ...base, phase: 'measuring' }, formProblems: [] });
    whenCalibrated(() => {
      whenCalibrated(undefined);
      const run = useAppStore.getState().run;
      if (run?.runId === runId && run.phase === 'measuring') startRun(runId, settings);
    });
    send({ type: 'calibrateBackends', requestId: newRequestId(), dataset: settings.dataset, network: settings.network, fresh: false });
    return;
  }
  useAppStore.setState({ run: { ...base, phase: 'starting' }, formProblems: [] });
  send({ type: 'startBackend', requested: form.backendChoice });
  startRun(runId, settings);
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

/** `?backend=` in the address fixes the backend instead of measuring. */
export function backendChoiceFromUrl(): void {
  const requested = parseBackendName(new URLSearchParams(location.search).get('backend'));
  if (requested) setForm({ backendChoice: requested });
}
