import { BACKEND_NAMES, type BackendName } from '../../core/backends';
import type { PresetId } from '../../core/model/presets';
import { PRESET_LABELS } from '../../core/training/defaults';
import { defaultOptimizer, OPTIMIZER_KINDS, type OptimizerSettings } from '../../core/training/settings';
import { architectureLabel } from '../i18n/core-text';
import { useT } from '../i18n/use-t';
import { updateExperiment } from '../state/actions';
import { useAppStore, type RunPhase } from '../state/store';
import { pauseRun, resumeRun, selectArchitecture, stopRun, train } from '../state/training-actions';
import { ExperimentPicker } from './ExperimentPicker';
import { LayerEditor } from './LayerEditor';
import { NumberField } from './NumberField';

const ACTIVE: readonly RunPhase[] = ['measuring', 'starting', 'running', 'paused'];

function RunButtons({ phase, canTrain }: { phase: RunPhase | undefined; canTrain: boolean }) {
  const t = useT();
  const active = phase !== undefined && ACTIVE.includes(phase);
  return (
    <div className="buttons">
      <button type="button" className="primary" onClick={train} disabled={active || !canTrain}>{t('form.train')}</button>
      <button type="button" onClick={pauseRun} disabled={phase !== 'running'}>{t('form.pause')}</button>
      <button type="button" onClick={resumeRun} disabled={phase !== 'paused'}>{t('form.resume')}</button>
      <button type="button" onClick={stopRun} disabled={!active}>{t('form.stop')}</button>
    </div>
  );
}

/** The run set-up: architecture, optimizer, hyperparameters, seed, backend, and the run buttons. */
export function TrainingForm() {
  const t = useT();
  const experiment = useAppStore((state) => state.experiment);
  const problems = useAppStore((state) => state.formProblems);
  const phase = useAppStore((state) => state.run?.phase);
  const loaded = useAppStore((state) => state.load.status === 'loaded');
  return (
    <section aria-label={t('form.region')} className="panel">
      <ExperimentPicker />
      <div className="controls">
        <label className="field">
          <span>{t('form.architecture')}</span>
          <select value={experiment.architecture.id} onChange={(event) => selectArchitecture(event.target.value as PresetId | 'custom')}>
            {(Object.keys(PRESET_LABELS) as PresetId[]).map((id) => <option key={id} value={id}>{architectureLabel(t.language, id)}</option>)}
            <option value="custom">{t('form.custom')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('form.optimizer')}</span>
          <select value={experiment.optimizer.kind} onChange={(event) => updateExperiment({ optimizer: defaultOptimizer(event.target.value as OptimizerSettings['kind']) })}>
            {OPTIMIZER_KINDS.map((kind) => <option key={kind} value={kind}>{t(`form.optimizer.${kind}`)}</option>)}
          </select>
        </label>
        <NumberField label={t('form.learningRate')} value={experiment.learningRate} step="any" min={0} onChange={(value) => updateExperiment({ learningRate: value ?? NaN })} />
        <NumberField label={t('form.batchSize')} value={experiment.batchSize} min={1} onChange={(value) => updateExperiment({ batchSize: value ?? NaN })} />
        <NumberField label={t('form.epochs')} value={experiment.epochs} min={1} onChange={(value) => updateExperiment({ epochs: value ?? NaN })} />
        <NumberField label={t('form.trainLimit')} value={experiment.trainLimit} min={1} placeholder={t('form.trainLimitAll')} onChange={(value) => updateExperiment({ trainLimit: value })} />
        <NumberField label={t('form.seed')} value={experiment.seed} min={0} onChange={(value) => updateExperiment({ seed: value ?? NaN })} />
        <label className="field">
          <span>{t('form.runOn')}</span>
          <select value={experiment.backend} onChange={(event) => updateExperiment({ backend: event.target.value as 'auto' | BackendName })}>
            <option value="auto">{t('form.fastestBackend')}</option>
            {BACKEND_NAMES.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
        </label>
      </div>
      {experiment.architecture.id === 'custom' && <LayerEditor network={experiment.architecture.network} />}
      <RunButtons phase={phase} canTrain={loaded} />
      {problems.length > 0 && (
        <div role="alert" className="alert">
          <strong>{t('form.problems')}</strong>
          <ul>{problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
