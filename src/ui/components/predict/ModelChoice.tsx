import type { ModelRef } from '../../../core/model-protocol';
import { useT } from '../../i18n/use-t';
import { chooseModel } from '../../state/model-actions';
import { useAppStore } from '../../state/store';

/** True once the current run has built its model (predictions can use it, even mid-training). */
export function useRunModelExists(): boolean {
  return useAppStore((state) => state.run !== undefined && state.run.phase !== 'measuring' && state.run.phase !== 'starting');
}

/** Radio buttons "Predict with": the run's model (live while it trains) or the loaded one. */
export function ModelChoice() {
  const t = useT();
  const active = useAppStore((state) => state.models.active);
  const loaded = useAppStore((state) => state.models.loaded);
  const training = useAppStore((state) => state.run?.phase === 'running' || state.run?.phase === 'paused');
  const runExists = useRunModelExists();
  const option = (value: ModelRef, label: string, disabled: boolean) => (
    <label>
      <input type="radio" name="predict-with" value={value} checked={active === value} disabled={disabled} onChange={() => chooseModel(value)} />
      {label}
    </label>
  );
  return (
    <fieldset className="model-choice">
      <legend>{t('predict.with')}</legend>
      {option('run', training ? t('predict.runLive') : t('predict.run'), !runExists)}
      {option('loaded', loaded ? t('predict.loaded', { name: loaded.name }) : t('predict.noLoaded'), !loaded)}
    </fieldset>
  );
}
