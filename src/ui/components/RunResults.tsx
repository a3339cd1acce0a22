import { useT } from '../i18n/use-t';
import { useAppStore } from '../state/store';
import { TestMetrics } from './TestMetrics';

/** Per-epoch history, then the test-set table and classification report once the run is evaluated. */
export function RunResults() {
  const t = useT();
  const run = useAppStore((state) => state.run);
  if (!run || (run.epochs.length === 0 && !run.test)) return null;
  const fixed = (value: number | undefined): string => (value === undefined ? '–' : t.fixed(value, 4));

  return (
    <section aria-label={t('results.region')} className="panel">
      <table aria-label={t('results.epochs')} className="counts">
        <thead>
          <tr>
            <th scope="col">{t('results.epoch')}</th><th scope="col">{t('results.loss')}</th><th scope="col">{t('results.accuracy')}</th>
            <th scope="col">{t('results.valLoss')}</th><th scope="col">{t('results.valAccuracy')}</th><th scope="col">{t('results.speed')}</th>
          </tr>
        </thead>
        <tbody>
          {run.epochs.map((epoch) => (
            <tr key={epoch.epoch}>
              <th scope="row">{epoch.epoch + 1}</th>
              <td>{fixed(epoch.loss)}</td><td>{fixed(epoch.accuracy)}</td><td>{fixed(epoch.valLoss)}</td><td>{fixed(epoch.valAccuracy)}</td>
              <td>{t.number(Math.round(epoch.examplesPerSecond))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {run.test && <TestMetrics test={run.test} dataset={run.settings.dataset} />}
    </section>
  );
}
