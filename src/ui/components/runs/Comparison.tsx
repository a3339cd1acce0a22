import { metricsTable, perClassDeltas, settingsDiff } from '../../../core/runs/compare';
import type { RunRecord } from '../../../core/runs/record';
import { OverlayChart } from '../../charts/OverlayChart';
import { useT } from '../../i18n/use-t';
import { closeComparison } from '../../state/run-history-actions';
import { useAppStore } from '../../state/store';
import { classLabels } from '../class-labels';

function MetricsTable({ runs }: { runs: readonly RunRecord[] }) {
  const t = useT();
  return (
    <table aria-label={t('compare.metrics')} className="counts">
      <thead>
        <tr>
          <th scope="col">{t('compare.run')}</th><th scope="col">{t('compare.accuracy')}</th><th scope="col">{t('compare.precision')}</th>
          <th scope="col">{t('compare.recall')}</th><th scope="col">{t('compare.f1')}</th>
        </tr>
      </thead>
      <tbody>
        {metricsTable(runs).map((row, index) => (
          <tr key={runs[index]?.id ?? index}><th scope="row">{row.model}</th><td>{row.accuracy}</td><td>{row.precision}</td><td>{row.recall}</td><td>{row.f1}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

function SettingsDiff({ runs }: { runs: readonly RunRecord[] }) {
  const t = useT();
  const rows = settingsDiff(runs);
  if (rows.length === 0) return <p className="small">{t('compare.settingsSame')}</p>;
  return (
    <table aria-label={t('compare.settings')} className="counts settings-diff">
      <thead>
        <tr><th scope="col">{t('compare.setting')}</th>{runs.map((run) => <th scope="col" key={run.id}>{run.name}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((row) => <tr key={row.key}><th scope="row">{row.label}</th>{row.values.map((value, index) => <td key={index}>{value}</td>)}</tr>)}
      </tbody>
    </table>
  );
}

function ClassDeltas({ base, other }: { base: RunRecord; other: RunRecord }) {
  const t = useT();
  const deltas = perClassDeltas(base, other);
  if (!deltas) return <p className="small muted">{t('compare.perClassMissing', { other: other.name })}</p>;
  const names = classLabels(base.settings.dataset, t.language);
  const signed = (value: number): string => `${value > 0 ? '+' : ''}${t.fixed(value, 4)}`;
  const title = t('compare.perClass', { base: base.name, other: other.name });
  return (
    <table aria-label={title} className="counts deltas">
      <caption>{title}</caption>
      <thead>
        <tr><th scope="col">{t('compare.class')}</th><th scope="col">{t('compare.precisionShort')}</th><th scope="col">{t('compare.recallShort')}</th><th scope="col">{t('compare.f1Short')}</th></tr>
      </thead>
      <tbody>
        {deltas.map((delta) => (
          <tr key={delta.label}>
            <th scope="row">{names[delta.label] ?? delta.label}</th>
            {[delta.precision, delta.recall, delta.f1].map((value, index) => <td key={index} className={value > 0 ? 'up' : value < 0 ? 'down' : undefined}>{signed(value)}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The region "Comparison": the coursework's metrics table, overlaid curves, the settings that differ, per-class changes from the first run. */
export function Comparison() {
  const t = useT();
  const ids = useAppStore((state) => state.runs.comparing);
  const records = useAppStore((state) => state.runs.records);
  if (!ids) return null;
  const runs = ids.flatMap((id) => records.filter((record) => record.id === id));
  const [base, ...others] = runs;
  return (
    <section aria-label={t('compare.region')} className="panel comparison">
      <h3>{t('compare.heading', { count: runs.length })}</h3>
      <button type="button" onClick={closeComparison}>{t('compare.close')}</button>
      {runs.length < ids.length && <p className="small muted">{t('compare.missing')}</p>}
      <p className="small muted">{t('compare.metricsNote')}</p>
      <MetricsTable runs={runs} />
      <div className="charts">
        <OverlayChart runs={runs} metric="loss" title={t('compare.loss')} />
        <OverlayChart runs={runs} metric="accuracy" title={t('compare.accuracyChart')} />
      </div>
      <h4>{t('compare.settings')}</h4>
      <SettingsDiff runs={runs} />
      {base && others.length > 0 && <p className="small muted">{t('compare.perClassNote', { base: base.name })}</p>}
      <div className="deltas-grid">
        {base && others.map((other) => <ClassDeltas key={other.id} base={base} other={other} />)}
      </div>
    </section>
  );
}
