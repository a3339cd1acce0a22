import { BACKEND_NAMES, type BackendName } from '../../core/backends';
import type { PresetId } from '../../core/model/presets';
import { PRESET_LABELS } from '../../core/training/defaults';
import { defaultOptimizer, OPTIMIZER_KINDS, type OptimizerSettings } from '../../core/training/settings';
import { updateExperiment } from '../state/actions';
import { useAppStore, type RunPhase } from '../state/store';
import { pauseRun, resumeRun, selectArchitecture, stopRun, train } from '../state/training-actions';
import { ExperimentPicker } from './ExperimentPicker';
import { LayerEditor } from './LayerEditor';
import { NumberField } from './NumberField';

const OPTIMIZER_LABELS: Readonly<Record<OptimizerSettings['kind'], string>> = { adam: 'Adam', sgd: 'SGD', rmsprop: 'RMSprop (Keras decay)' };
const ACTIVE: readonly RunPhase[] = ['measuring', 'starting', 'running', 'paused'];

function RunButtons({ phase, canTrain }: { phase: RunPhase | undefined; canTrain: boolean }) {
  const active = phase !== undefined && ACTIVE.includes(phase);
  return (
    <div className="buttons">
      <button type="button" className="primary" onClick={train} disabled={active || !canTrain}>Train</button>
      <button type="button" onClick={pauseRun} disabled={phase !== 'running'}>Pause</button>
      <button type="button" onClick={resumeRun} disabled={phase !== 'paused'}>Resume</button>
      <button type="button" onClick={stopRun} disabled={!active}>Stop</button>
    </div>
  );
}

/** The run set-up: architecture, optimizer, hyperparameters, seed, backend, and the run buttons. */
export function TrainingForm() {
  const experiment = useAppStore((state) => state.experiment);
  const problems = useAppStore((state) => state.formProblems);
  const phase = useAppStore((state) => state.run?.phase);
  const loaded = useAppStore((state) => state.load.status === 'loaded');
  return (
    <section aria-label="Training setup" className="panel">
      <ExperimentPicker />
      <div className="controls">
        <label className="field">
          <span>Architecture</span>
          <select value={experiment.architecture.id} onChange={(event) => selectArchitecture(event.target.value as PresetId | 'custom')}>
            {(Object.keys(PRESET_LABELS) as PresetId[]).map((id) => <option key={id} value={id}>{PRESET_LABELS[id]}</option>)}
            <option value="custom">Custom</option>
          </select>
        </label>
        <label className="field">
          <span>Optimizer</span>
          <select value={experiment.optimizer.kind} onChange={(event) => updateExperiment({ optimizer: defaultOptimizer(event.target.value as OptimizerSettings['kind']) })}>
            {OPTIMIZER_KINDS.map((kind) => <option key={kind} value={kind}>{OPTIMIZER_LABELS[kind]}</option>)}
          </select>
        </label>
        <NumberField label="Learning rate" value={experiment.learningRate} step="any" min={0} onChange={(value) => updateExperiment({ learningRate: value ?? NaN })} />
        <NumberField label="Batch size" value={experiment.batchSize} min={1} onChange={(value) => updateExperiment({ batchSize: value ?? NaN })} />
        <NumberField label="Epochs" value={experiment.epochs} min={1} onChange={(value) => updateExperiment({ epochs: value ?? NaN })} />
        <NumberField label="Training examples" value={experiment.trainLimit} min={1} placeholder="all" onChange={(value) => updateExperiment({ trainLimit: value })} />
        <NumberField label="Seed" value={experiment.seed} min={0} onChange={(value) => updateExperiment({ seed: value ?? NaN })} />
        <label className="field">
          <span>Run on</span>
          <select value={experiment.backend} onChange={(event) => updateExperiment({ backend: event.target.value as 'auto' | BackendName })}>
            <option value="auto">fastest backend (measured)</option>
            {BACKEND_NAMES.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
        </label>
      </div>
      {experiment.architecture.id === 'custom' && <LayerEditor network={experiment.architecture.network} />}
      <RunButtons phase={phase} canTrain={loaded} />
      {problems.length > 0 && (
        <div role="alert" className="alert">
          <strong>These settings cannot train:</strong>
          <ul>{problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
