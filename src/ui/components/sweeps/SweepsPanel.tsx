import { useEffect } from 'react';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { toggleSweepForm } from '../../state/sweep-actions';
import { loadSweeps } from '../../state/sweep-runner';
import { SweepForm } from './SweepForm';
import { SweepView } from './SweepView';
import './sweeps.css';

/** The "Sweeps" panel: "New sweep" opens the form; the shown sweep's progress and results below. */
export function SweepsPanel() {
  const t = useT();
  const formOpen = useAppStore((state) => state.sweeps.formOpen);
  const shown = useAppStore((state) => state.sweeps.list.find((record) => record.id === state.sweeps.shownId) ?? state.sweeps.list[0]);
  const storageError = useAppStore((state) => state.sweeps.storageError);
  useEffect(() => {
    void loadSweeps();
  }, []);
  return (
    <section aria-label={t('sweeps.region')} className="panel sweeps">
      <h2>{t('sweeps.title')}</h2>
      <p className="muted">{t('sweeps.intro')}</p>
      <button type="button" aria-expanded={formOpen} onClick={() => toggleSweepForm(!formOpen)}>{t('sweeps.new')}</button>
      {storageError && <div role="alert" className="alert">{t('sweeps.storageError', { message: storageError })}</div>}
      {formOpen && <SweepForm />}
      {shown ? <SweepView record={shown} /> : <p className="muted">{t('sweeps.none')}</p>}
    </section>
  );
}
