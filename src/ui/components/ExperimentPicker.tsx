import { useState } from 'react';
import { EXPERIMENT_PRESETS } from '../../core/training/experiments';
import { applyExperimentPreset } from '../state/training-actions';

/** Ready-made experiments: the coursework's (shorter, and labelled so) and the overfitting demo. */
export function ExperimentPicker() {
  const [chosen, setChosen] = useState('');
  const note = EXPERIMENT_PRESETS.find((preset) => preset.id === chosen)?.note;
  return (
    <div className="experiment-picker">
      <label className="field">
        <span>Experiment preset</span>
        <select value={chosen} onChange={(event) => {
          setChosen(event.target.value);
          applyExperimentPreset(event.target.value);
        }}>
          <option value="">Choose a ready-made experiment…</option>
          {EXPERIMENT_PRESETS.map((preset) => <option key={preset.id} value={preset.id}>{preset.label}</option>)}
        </select>
      </label>
      {note && <p className="small muted">{note}</p>}
    </div>
  );
}
