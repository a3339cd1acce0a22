import { RUN_RECORD_STATUSES, type RunRecordStatus } from '../../../core/runs/record';
import type { RunFilter } from '../../../core/runs/table';
import { useT } from '../../i18n/use-t';
import { compareSelected, deleteRecords, exportRuns, importRuns } from '../../state/run-history-actions';
import { FilePicker } from '../FilePicker';

/** Filter fields, then the actions on the selection and on the whole history. */
export function RunsToolbar(props: { filter: RunFilter; onFilter: (filter: RunFilter) => void; tags: readonly string[]; selected: readonly string[] }) {
  const t = useT();
  const { filter, onFilter, selected } = props;
  const status = filter.statuses?.[0] ?? '';
  const tag = filter.tags?.[0] ?? '';
  return (
    <div className="runs-toolbar">
      <label className="field">
        <span>{t('runs.filter')}</span>
        <input type="search" value={filter.text ?? ''} placeholder={t('runs.filterHint')} onChange={(event) => onFilter({ ...filter, text: event.target.value })} />
      </label>
      <label className="field">
        <span>{t('runs.statusFilter')}</span>
        <select value={status} onChange={(event) => onFilter({ ...filter, statuses: event.target.value ? [event.target.value as RunRecordStatus] : [] })}>
          <option value="">{t('runs.any')}</option>
          {RUN_RECORD_STATUSES.map((entry) => <option key={entry} value={entry}>{t(`runs.status.${entry}`)}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('runs.tagFilter')}</span>
        <select value={tag} onChange={(event) => onFilter({ ...filter, tags: event.target.value ? [event.target.value] : [] })}>
          <option value="">{t('runs.any')}</option>
          {props.tags.map((entry) => <option key={entry} value={entry}>{entry}</option>)}
        </select>
      </label>
      <div className="buttons">
        <button type="button" className="primary" disabled={selected.length < 2} onClick={compareSelected} title={t('runs.compareHint')}>{t('runs.compare')}</button>
        <button type="button" disabled={selected.length === 0} onClick={() => deleteRecords(selected)}>{t('runs.deleteSelected')}</button>
        <button type="button" onClick={() => exportRuns('json')} title={t('runs.exportHint')}>{t('runs.exportJson')}</button>
        <button type="button" onClick={() => exportRuns('csv')} title={t('runs.exportHint')}>{t('runs.exportCsv')}</button>
      </div>
      <FilePicker
        label={t('runs.import')} accept=".json,.csv,application/json,text/csv" single
        onFiles={([file]) => {
          if (file) void importRuns(file);
        }}
      />
    </div>
  );
}
