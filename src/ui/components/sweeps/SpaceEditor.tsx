import { RANGE_KINDS, type ParameterDraft } from '../../../core/sweeps/draft';
import { PARAMETER_NAMES, type ParameterName } from '../../../core/sweeps/space';
import { useT } from '../../i18n/use-t';
import { updateSweepParameter } from '../../state/sweep-actions';
import { useAppStore } from '../../state/store';
import { PARAMETER_KEYS } from './sweep-text';

function TextField({ label, value, hint, onChange }: { label: string; value: string; hint?: string; onChange: (value: string) => void }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input type="text" inputMode="decimal" value={value} placeholder={hint} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

function ParameterRow({ name, draft }: { name: ParameterName; draft: ParameterDraft }) {
  const t = useT();
  const parameter = t(PARAMETER_KEYS[name]);
  const rangeKind = RANGE_KINDS[name];
  const change = (patch: Partial<ParameterDraft>): void => updateSweepParameter(name, patch);
  return (
    <div className="controls sweep-parameter">
      <label className="field">
        <span>{parameter}</span>
        <select aria-label={t('sweeps.mode', { parameter })} value={draft.mode} onChange={(event) => change({ mode: event.target.value as ParameterDraft['mode'] })}>
          <option value="fixed">{t('sweeps.mode.fixed')}</option>
          <option value="choices">{t('sweeps.mode.choices')}</option>
          {rangeKind && <option value="range">{t(rangeKind === 'logUniform' ? 'sweeps.mode.rangeLog' : 'sweeps.mode.range')}</option>}
        </select>
      </label>
      {draft.mode === 'choices' && <TextField label={t('sweeps.choices', { parameter })} hint={t('sweeps.choicesHint')} value={draft.choices} onChange={(choices) => change({ choices })} />}
      {draft.mode === 'range' && (
        <>
          <TextField label={t('sweeps.min', { parameter })} value={draft.min} onChange={(min) => change({ min })} />
          <TextField label={t('sweeps.max', { parameter })} value={draft.max} onChange={(max) => change({ max })} />
          <TextField label={t('sweeps.steps', { parameter })} value={draft.steps} onChange={(steps) => change({ steps })} />
        </>
      )}
    </div>
  );
}

/** Each parameter of the search space: not swept, a list of choices, or a range. */
export function SpaceEditor() {
  const t = useT();
  const parameters = useAppStore((state) => state.sweeps.draft.parameters);
  return (
    <fieldset className="sweep-space">
      <legend>{t('sweeps.space')}</legend>
      {PARAMETER_NAMES.map((name) => <ParameterRow key={name} name={name} draft={parameters[name]} />)}
    </fieldset>
  );
}
