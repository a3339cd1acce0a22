import type { RunColumnId } from '../../../core/runs/columns';
import { DATASETS } from '../../../core/datasets/catalog';
import { finalEpoch } from '../../../core/runs/describe';
import type { RunRecord } from '../../../core/runs/record';
import type { SortDirection } from '../../../core/runs/table';
import { networkName } from '../../i18n/core-text';
import type { Translator } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { downloadModelCard } from '../../state/model-card-download';
import { deleteRecords, downloadKerasScript, setSelected, toggleSelected } from '../../state/run-history-actions';
import { RunEditor } from './RunEditor';

/** The sortable columns the table shows, in order. */
const COLUMNS = ['name', 'status', 'network', 'dataset', 'epochs', 'valAccuracy', 'testAccuracy', 'durationSeconds', 'createdAt', 'tags'] as const satisfies readonly RunColumnId[];

/** The table's sort: a column and a direction. */
export interface RunSort {
  readonly column: RunColumnId;
  readonly direction: SortDirection;
}

function SortHeader({ column, sort, onSort }: { column: (typeof COLUMNS)[number]; sort: RunSort; onSort: (sort: RunSort) => void }) {
  const t = useT();
  const active = sort.column === column;
  const next: SortDirection = active && sort.direction === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort" onClick={() => onSort({ column, direction: next })}>
        {t(`runs.col.${column}`)}{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
}

function cells(run: RunRecord, t: Translator): string[] {
  const score = (value: number | undefined): string => (value === undefined ? '–' : t.fixed(value, 4));
  return [
    networkName(t.language, run.settings.network.name), DATASETS[run.settings.dataset].label,
    t('runs.epochsOf', { done: run.epochs.length, planned: run.settings.epochs }), score(finalEpoch(run)?.valAccuracy), score(run.test?.accuracy),
    t.fixed(run.durationMs / 1000, 1), new Date(run.createdAt).toLocaleString(t.locale, { dateStyle: 'short', timeStyle: 'short' }), run.tags.join(', '),
  ];
}

function RunRow({ run, selected, editing, onEdit }: { run: RunRecord; selected: boolean; editing: boolean; onEdit: (id: string | undefined) => void }) {
  const t = useT();
  return (
    <tr className={`status-${run.status}`}>
      <td><input type="checkbox" checked={selected} aria-label={t('runs.select', { name: run.name })} onChange={(event) => toggleSelected(run.id, event.target.checked)} /></td>
      <th scope="row">{run.name}</th>
      <td className="actions">
        <button type="button" aria-expanded={editing} onClick={() => onEdit(editing ? undefined : run.id)}>{t('runs.edit')}</button>
        <button type="button" onClick={() => void downloadModelCard(run)}>{t('runs.modelCard')}</button>
        <button type="button" onClick={() => downloadKerasScript(run)}>{t('runs.keras')}</button>
        <button type="button" onClick={() => deleteRecords([run.id])}>{t('runs.delete')}</button>
      </td>
      <td title={run.reason === undefined ? undefined : t('runs.reason', { reason: run.reason })}>{t(`runs.status.${run.status}`)}</td>
      {cells(run, t).map((text, index) => <td key={index}>{text}</td>)}
    </tr>
  );
}

/** The table "Runs": one row per run, sortable headers, a tick box and actions (beside the name) per row, the edited run's form below its row. */
export function RunsTable(props: {
  runs: readonly RunRecord[];
  selected: readonly string[];
  sort: RunSort;
  onSort: (sort: RunSort) => void;
  editing: string | undefined;
  onEdit: (id: string | undefined) => void;
}) {
  const t = useT();
  const { runs, selected, editing } = props;
  const allSelected = runs.length > 0 && runs.every((run) => selected.includes(run.id));
  return (
    <div className="runs-scroll">
      <table aria-label={t('runs.table')} className="counts runs-table">
        <thead>
          <tr>
            <th scope="col"><input type="checkbox" checked={allSelected} aria-label={t('runs.selectAll')} onChange={(event) => setSelected(event.target.checked ? runs.map((run) => run.id) : [])} /></th>
            <SortHeader column="name" sort={props.sort} onSort={props.onSort} />
            <th scope="col">{t('runs.col.actions')}</th>
            {COLUMNS.slice(1).map((column) => <SortHeader key={column} column={column} sort={props.sort} onSort={props.onSort} />)}
          </tr>
        </thead>
        <tbody>
          {runs.flatMap((run) => {
            const row = <RunRow key={run.id} run={run} selected={selected.includes(run.id)} editing={editing === run.id} onEdit={props.onEdit} />;
            if (editing !== run.id) return [row];
            return [row, <tr key={`${run.id}-edit`}><td colSpan={COLUMNS.length + 2}><RunEditor run={run} onClose={() => props.onEdit(undefined)} /></td></tr>];
          })}
        </tbody>
      </table>
    </div>
  );
}
