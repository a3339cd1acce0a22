import { useState } from 'react';
import { bestRun, currentRun, sweepProgress, type SweepRecord } from '../../../core/sweeps/record';
import type { Translator } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { exportWandbYaml, loadRunIntoForm, showSweep } from '../../state/sweep-actions';
import { useSweepBusy } from '../../state/sweep-busy';
import { pauseSweep, resumeSweep, stopSweep } from '../../state/sweep-runner';
import { useAppStore } from '../../state/store';
import { ImportanceTable } from './ImportanceTable';
import { ParallelCoordinates } from './ParallelCoordinates';
import { SweepRunsTable } from './SweepRunsTable';
import { assignmentText, metricText, sweepStatusText } from './sweep-text';

function statusText(t: Translator, record: SweepRecord): string {
  const next = sweepProgress(record).ended + 1;
  switch (record.status) {
    case 'running': {
      const run = currentRun(record);
      return t('sweeps.statusText.running', { description: run ? assignmentText(t, run.assignment) : '…' });
    }
    case 'paused':
      return t(record.pausedBy === 'reload' ? 'sweeps.statusText.pausedReload' : 'sweeps.statusText.pausedUser', { run: next });
    case 'completed':
      return t('sweeps.statusText.completed');
    case 'stopped':
      return t('sweeps.statusText.stopped');
  }
}

function SweepPicker({ shown }: { shown: SweepRecord }) {
  const t = useT();
  const list = useAppStore((state) => state.sweeps.list);
  if (list.length < 2) return null;
  return (
    <label className="field">
      <span>{t('sweeps.shown')}</span>
      <select value={shown.id} onChange={(event) => showSweep(event.target.value)}>
        {list.map((record) => (
          <option key={record.id} value={record.id}>
            {t('sweeps.shownOption', { name: record.name, date: new Date(record.createdAt).toLocaleString(t.locale), status: sweepStatusText(t, record.status) })}
          </option>
        ))}
      </select>
    </label>
  );
}

function Controls({ record }: { record: SweepRecord }) {
  const t = useT();
  const busy = useSweepBusy();
  const { status } = record;
  return (
    <div className="buttons">
      {status === 'running' && <button type="button" onClick={() => pauseSweep(record.id)}>{t('sweeps.pause')}</button>}
      {status === 'paused' && <button type="button" className="primary" disabled={busy} onClick={() => resumeSweep(record.id)}>{t('sweeps.resume')}</button>}
      {(status === 'running' || status === 'paused') && <button type="button" onClick={() => stopSweep(record.id)}>{t('sweeps.stop')}</button>}
      <button type="button" onClick={() => exportWandbYaml(record.config)}>{t('sweeps.export.sweep')}</button>
    </div>
  );
}

function BestRun({ record }: { record: SweepRecord }) {
  const t = useT();
  const [used, setUsed] = useState<number | undefined>(undefined);
  const best = bestRun(record);
  const metric = record.config.metric.name;
  if (!best) return <p className="muted">{t('sweeps.noBest', { metric })}</p>;
  const use = (): void => {
    loadRunIntoForm(record.config, best);
    setUsed(best.index + 1);
  };
  return (
    <div className="sweep-best">
      <p><strong>{t('sweeps.best', { run: best.index + 1, metric, value: metricText(t, best.value), assignment: assignmentText(t, best.assignment) })}</strong></p>
      <button type="button" onClick={use}>{t('sweeps.useBest')}</button>
      {used !== undefined && <p role="status">{t('sweeps.used', { run: used })}</p>}
    </div>
  );
}

/** One sweep: status, overall progress, controls, runs table, best run, importance and the chart. */
export function SweepView({ record }: { record: SweepRecord }) {
  const t = useT();
  const progress = sweepProgress(record);
  return (
    <div className="sweep-view">
      <div className="controls"><SweepPicker shown={record} /></div>
      <h3>{record.name}</h3>
      <p role="status" aria-label={t('sweeps.status')}>{statusText(t, record)}</p>
      <div className="field sweep-progress">
        <span>{t('sweeps.progress', { run: progress.run, planned: progress.planned })}</span>
        <progress aria-label={t('sweeps.progressBar')} max={progress.planned} value={progress.ended} />
      </div>
      <Controls record={record} />
      <SweepRunsTable record={record} />
      <BestRun record={record} />
      <ImportanceTable record={record} />
      <ParallelCoordinates record={record} />
    </div>
  );
}
