import { parameterImportance } from '../../../core/sweeps/importance';
import { sweepHistory, type SweepRecord } from '../../../core/sweeps/record';
import { useT } from '../../i18n/use-t';
import { PARAMETER_KEYS } from './sweep-text';

/** How much each swept parameter seems to matter, from the ended runs. */
export function ImportanceTable({ record }: { record: SweepRecord }) {
  const t = useT();
  const history = sweepHistory(record);
  if (history.runs.length < 2) return null;
  const rows = parameterImportance(record.config.space, history);
  const number = (value: number | undefined): string => (value === undefined ? '–' : t.fixed(value, 2));
  return (
    <div>
      <table className="counts sweep-importance" aria-label={t('sweeps.importance')}>
        <caption>{t('sweeps.importance')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sweeps.col.parameter')}</th>
            <th scope="col">{t('sweeps.col.importance')}</th>
            <th scope="col">{t('sweeps.col.correlation')}</th>
            <th scope="col">{t('sweeps.col.groups')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{t(PARAMETER_KEYS[row.name])}</th>
              <td>{number(row.importance)}</td>
              <td>{number(row.correlation)}{row.strongestChoice ? ` (${row.strongestChoice})` : ''}</td>
              <td>{row.runs} / {row.groups}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('sweeps.importance.note', { runs: history.runs.length })}</p>
    </div>
  );
}
