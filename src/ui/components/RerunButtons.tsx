import { isNoAugmentation } from '../../core/augment/settings';
import { hasNoDropout } from '../../core/training/experiments';
import { architectureNetwork } from '../../core/url/experiment';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../state/store';
import { rerunWith } from '../state/training-actions';

/** After a run: train again with dropout or augmentation, drawn over the run just finished. */
export function RerunButtons() {
  const t = useT();
  const phase = useAppStore((state) => state.run?.phase);
  const experiment = useAppStore((state) => state.experiment);
  if (phase !== 'completed' && phase !== 'stopped') return null;
  const canDropout = hasNoDropout(architectureNetwork(experiment.architecture).layers);
  const canAugment = isNoAugmentation(experiment.augmentation);
  if (!canDropout && !canAugment) return null;
  return (
    <div className="buttons">
      {canDropout && <button type="button" onClick={() => rerunWith('dropout')}>{t('run.rerunDropout')}</button>}
      {canAugment && <button type="button" onClick={() => rerunWith('augmentation')}>{t('run.rerunAugmentation')}</button>}
      <span className="small muted">{t('run.rerunNote')}</span>
    </div>
  );
}
