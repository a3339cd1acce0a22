import { bestRun, type SweepRecord } from '../../../core/sweeps/record';
import { sweptParameters } from '../../../core/sweeps/draft';
import { useT } from '../../i18n/use-t';
import { metricText, PARAMETER_KEYS, runStatusText, valueText } from './sweep-text';

/** One row per run: its values, how it ended and its metric; the best run is marked. */
export function SweepRunsTable({ record }: { record: SweepRecord }) {
  const t = useT();
  const names = sweptParameters(record.config);
  const best = bestRun(record);
  return (
    <table className="counts sweep-runs" aria-label={t('sweeps.runs')}>
      <thead>
        <tr>
          <th scope="col">{t('sweeps.col.run')}</th>
          {names.map((name) => <th key={name} scope="col">{t(PARAMETER_KEYS[name])}</th>)}
          <th scope="col">{t('sweeps.col.status')}</th>
          <th scope="col">{record.config.metric.name}</th>
          <th scope="col">{t('sweeps.col.note')}</th>
        </tr>
      </thead>
      <tbody>
        {record.runs.map((run) => {
          const isBest = run.runId === best?.runId;
          return (
            <tr key={run.runId} className={isBest ? 'best' : undefined} aria-current={isBest ? 'true' : undefined}>
              <th scope="row">{run.index + 1}{isBest && <span className="best-mark"> ★ {t('sweeps.bestMark')}</span>}</th>
              {names.map((name) => <td key={name}>{valueText(t, run.assignment[name])}</td>)}
              <td className={`run-${run.status}`}>{runStatusText(t, run.status)}</td>
              <td>{metricText(t, run.value)}</td>
              <td className="small">{run.reason ?? ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
