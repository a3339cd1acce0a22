import { useEffect, useMemo, useState } from 'react';
import { allTags, filterRuns, sortRuns, type RunFilter } from '../../../core/runs/table';
import { useT } from '../../i18n/use-t';
import { loadRunHistory } from '../../state/run-history';
import { useAppStore } from '../../state/store';
import { Comparison } from './Comparison';
import { ExperimentMapForm } from './ExperimentMapForm';
import { RunsNotices } from './RunsNotices';
import { RunsTable, type RunSort } from './RunsTable';
import { RunsToolbar } from './RunsToolbar';
import './runs.css';

/** "Run history": every run recorded in this browser, to filter, sort, edit, compare, export; the experiment map; the comparison. */
export function RunsPanel() {
  const t = useT();
  const { loaded, records, selected } = useAppStore((state) => state.runs);
  const [filter, setFilter] = useState<RunFilter>({});
  const [sort, setSort] = useState<RunSort>({ column: 'createdAt', direction: 'desc' });
  const [editing, setEditing] = useState<string | undefined>();
  const shown = useMemo(() => sortRuns(filterRuns(records, filter), sort.column, sort.direction), [records, filter, sort]);
  const tags = useMemo(() => allTags(records), [records]);
  useEffect(() => {
    void loadRunHistory();
  }, []);
  return (
    <section aria-labelledby="runs-heading" className="panel runs">
      <h2 id="runs-heading">{t('runs.title')}</h2>
      <RunsNotices />
      <RunsToolbar filter={filter} onFilter={setFilter} tags={tags} selected={selected} />
      {!loaded && <p className="muted small">{t('runs.loading')}</p>}
      {loaded && records.length === 0 && <p className="muted small">{t('runs.empty')}</p>}
      {records.length > 0 && shown.length === 0 && <p className="muted small">{t('runs.noMatch')}</p>}
      {records.length > 0 && <p className="small muted">{t('runs.shown', { shown: shown.length, total: records.length, selected: selected.length })}</p>}
      <RunsTable runs={shown} selected={selected} sort={sort} onSort={setSort} editing={editing} onEdit={setEditing} />
      <ExperimentMapForm />
      <Comparison />
    </section>
  );
}
