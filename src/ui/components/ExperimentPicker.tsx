import { useState } from 'react';
import { EXPERIMENT_PRESETS } from '../../core/training/experiments';
import { presetLabel, presetNote } from '../i18n/core-text';
import { useT } from '../i18n/use-t';
import { applyExperimentPreset } from '../state/training-actions';

/** Ready-made experiments: the coursework's (shorter, and labelled so) and the overfitting demo. */
export function ExperimentPicker() {
  const t = useT();
  const [chosen, setChosen] = useState('');
  const preset = EXPERIMENT_PRESETS.find((entry) => entry.id === chosen);
  const note = preset && presetNote(t.language, preset);
  return (
    <div className="experiment-picker">
      <label className="field">
        <span>{t('form.preset')}</span>
        <select value={chosen} onChange={(event) => {
          setChosen(event.target.value);
          applyExperimentPreset(event.target.value);
        }}>
          <option value="">{t('form.presetChoose')}</option>
          {EXPERIMENT_PRESETS.map((entry) => <option key={entry.id} value={entry.id}>{presetLabel(t.language, entry)}</option>)}
        </select>
      </label>
      {note && <p className="small muted">{note}</p>}
    </div>
  );
}
