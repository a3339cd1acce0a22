/** What the run table does: select, compare, rename, tag, delete with undo, import and export. */
import { kerasTrainingScript } from '../../core/export/keras-script';
import { parseRunsCsv, parseRunsJson, runsToCsv, runsToJson } from '../../core/runs/io';
import { markInterrupted, type RunRecord } from '../../core/runs/record';
import { addTag, removeTag, renameRun } from '../../core/runs/table';
import { downloadBlob } from './download';
import { deleteStoredRecords, mergeRecords, setRuns, storeRecords } from './run-history';
import { fileSlug } from '../../core/util/file-name';
import { useAppStore } from './store';

const records = (): readonly RunRecord[] => useAppStore.getState().runs.records;

/** A run's name as a file-name stem. */
export const runFileName = (name: string): string => fileSlug(name, 'run');

/** Ticks or unticks a run in the table. */
export function toggleSelected(id: string, on: boolean): void {
  setRuns((runs) => ({ selected: on ? [...new Set([...runs.selected, id])] : runs.selected.filter((selected) => selected !== id) }));
}

/** Ticks exactly these runs. */
export function setSelected(ids: readonly string[]): void {
  setRuns(() => ({ selected: [...ids] }));
}

/** Opens the comparison of the ticked runs, oldest first. */
export function compareSelected(): void {
  setRuns((runs) => ({ comparing: runs.records.filter((record) => runs.selected.includes(record.id)).map((record) => record.id) }));
}

/** Opens the comparison of these runs. */
export function compareRuns(ids: readonly string[]): void {
  setRuns(() => ({ comparing: [...ids], selected: [...ids] }));
}

export function closeComparison(): void {
  setRuns(() => ({ comparing: undefined }));
}

function saveEdited(record: RunRecord): void {
  setRuns((runs) => ({ records: mergeRecords(runs.records, [record]) }));
  void storeRecords([record]);
}

function edit(id: string, change: (record: RunRecord) => { record: RunRecord } | { error: string }): string | undefined {
  const record = records().find((candidate) => candidate.id === id);
  if (!record) return undefined;
  const result = change(record);
  if ('error' in result) return result.error;
  if (result.record !== record) saveEdited(result.record);
  return undefined;
}

/** Renames a run; why not, when the name cannot be used. */
export function renameRecord(id: string, name: string): string | undefined {
  return edit(id, (record) => renameRun(record, name, Date.now()));
}

/** Adds a tag to a run; why not, when the tag cannot be used. */
export function addRecordTag(id: string, tag: string): string | undefined {
  return edit(id, (record) => addTag(record, tag, Date.now()));
}

export function removeRecordTag(id: string, tag: string): void {
  edit(id, (record) => ({ record: removeTag(record, tag, Date.now()) }));
}

/** Deletes runs from the table and from this browser at once, keeping them in memory for "Undo". */
export function deleteRecords(ids: readonly string[]): void {
  const gone = records().filter((record) => ids.includes(record.id));
  if (gone.length === 0) return;
  setRuns((runs) => ({
    records: runs.records.filter((record) => !ids.includes(record.id)),
    selected: runs.selected.filter((id) => !ids.includes(id)),
    comparing: runs.comparing?.filter((id) => !ids.includes(id)),
    deleted: gone,
  }));
  void deleteStoredRecords(ids);
}

/** Writes the latest deleted runs back. */
export function undoDelete(): void {
  const { deleted } = useAppStore.getState().runs;
  if (deleted.length === 0) return;
  setRuns((runs) => ({ records: mergeRecords(runs.records, deleted), deleted: [] }));
  void storeRecords(deleted);
}

export function dismissNotice(): void {
  setRuns(() => ({ notice: undefined }));
}

/** The ticked runs, or every run when none is ticked. */
function exported(): readonly RunRecord[] {
  const { records: all, selected } = useAppStore.getState().runs;
  return selected.length > 0 ? all.filter((record) => selected.includes(record.id)) : all;
}

/** Downloads the ticked runs (or all) as JSON, which imports back, or CSV for a spreadsheet. */
export function exportRuns(format: 'json' | 'csv'): void {
  const runs = exported();
  const text = format === 'json' ? runsToJson(runs) : runsToCsv(runs);
  const type = format === 'json' ? 'application/json' : 'text/csv';
  downloadBlob(new Blob([text], { type }), `runs.${format}`);
}

/**
 * Imports an exported history (JSON, or CSV by its .csv name): a file with any problem is refused whole with the
 * reason and nothing is merged; otherwise every run is written in one transaction
 * (replacing runs with the same id). A run exported mid-training comes in as interrupted.
 */
export async function importRuns(file: File): Promise<void> {
  const text = await file.text();
  const parsed = file.name.toLowerCase().endsWith('.csv') ? parseRunsCsv(text) : parseRunsJson(text);
  if ('error' in parsed) {
    setRuns(() => ({ notice: { kind: 'importFailed', reason: parsed.error } }));
    return;
  }
  const now = Date.now();
  const runs = parsed.runs.map((record) => markInterrupted(record, now));
  if (!(await storeRecords(runs))) return;
  setRuns((state) => ({ records: mergeRecords(state.records, runs), notice: { kind: 'imported', count: runs.length } }));
}

/** Downloads a run's settings as a Python Keras training script. */
export function downloadKerasScript(run: RunRecord): void {
  const script = kerasTrainingScript(run.settings, { origin: `Run "${run.name}" of the ConvNet Playground (id ${run.id}).` });
  downloadBlob(new Blob([script], { type: 'text/x-python' }), `${runFileName(run.name)}.py`);
}
