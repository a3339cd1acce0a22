/**
 * What the sweep form and results do: pick a preset (or the training form's
 * settings) as the base, edit the draft, start, export W&B YAML, and take a run's
 * settings back into the training form.
 */
import type { SweepConfig } from '../../core/sweeps/config';
import { draftConfig, draftFromConfig, type ParameterDraft, type SweepDraft } from '../../core/sweeps/draft';
import { experimentOfSettings } from '../../core/sweeps/experiment-of';
import { applyAssignment } from '../../core/sweeps/apply';
import { SWEEP_PRESETS } from '../../core/sweeps/presets';
import type { SweepRunRecord } from '../../core/sweeps/record';
import type { ParameterName } from '../../core/sweeps/space';
import { sweepToWandbYaml } from '../../core/sweeps/wandb-yaml';
import { setExperiment } from './actions';
import { downloadBlob } from './download';
import { useAppStore } from './store';
import type { SweepSource, SweepsState } from './sweeps';
import { currentSettings } from './training-actions';

const patchSweeps = (patch: Partial<SweepsState>): void => useAppStore.setState((state) => ({ sweeps: { ...state.sweeps, ...patch } }));

/** Opens or closes the "New sweep" form. */
export function toggleSweepForm(open: boolean): void {
  patchSweeps({ formOpen: open });
}

/** Fills the form from a preset, or keeps its space and takes the training form's settings as the base. */
export function chooseSweepSource(source: SweepSource): void {
  const preset = SWEEP_PRESETS.find((entry) => entry.id === source);
  const { draft } = useAppStore.getState().sweeps;
  const next: SweepDraft = preset ? draftFromConfig(preset) : { ...draft, label: 'Sweep', note: '', base: currentSettings(), earlyStopping: false };
  patchSweeps({ source, draft: next });
}

/** Changes some fields of the draft. */
export function updateSweepDraft(patch: Partial<SweepDraft>): void {
  const { draft } = useAppStore.getState().sweeps;
  patchSweeps({ draft: { ...draft, ...patch } });
}

/** Changes one parameter of the draft's space. */
export function updateSweepParameter(name: ParameterName, patch: Partial<ParameterDraft>): void {
  const { draft } = useAppStore.getState().sweeps;
  patchSweeps({ draft: { ...draft, parameters: { ...draft.parameters, [name]: { ...draft.parameters[name], ...patch } } } });
}

/** The config the draft describes, with the form's own problems. */
export function draftedConfig(draft: SweepDraft, source: SweepSource): ReturnType<typeof draftConfig> {
  return draftConfig(draft, source === 'training-form' ? 'sweep' : source);
}

/** Downloads a sweep as W&B sweep configuration, sweep.yaml. */
export function exportWandbYaml(config: SweepConfig): void {
  downloadBlob(new Blob([sweepToWandbYaml(config)], { type: 'application/yaml' }), 'sweep.yaml');
}

/** Shows one stored sweep's progress and results. */
export function showSweep(id: string): void {
  patchSweeps({ shownId: id });
}

/** Puts a sweep run's settings into the training form (and the address), ready to train. */
export function loadRunIntoForm(config: SweepConfig, run: SweepRunRecord): void {
  const settings = applyAssignment(config.base, run.assignment);
  setExperiment(experimentOfSettings(settings, useAppStore.getState().experiment.backend));
}
