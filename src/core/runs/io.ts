/**
 * Exporting and importing the run history, as JSON or CSV; both read back, checked
 * field by field, all or nothing. JSON is the envelope with the records. CSV has one
 * row per run with readable columns for a spreadsheet, and a last column holding the
 * whole record as JSON, which is what an import reads.
 */
import { cellText, RUN_COLUMNS } from './columns';
import { parseCsv } from './csv';
import { FormatError, readArray, readObject } from './json-read';
import { readRunRecord } from './record-json';
import type { RunRecord } from './record';

/** The `format` field of an exported history. */
export const RUNS_FORMAT = 'convnet-playground-runs';

/** The envelope version this code writes and reads. */
export const RUNS_VERSION = 1;

/** An exported history: a versioned envelope around the records. */
export interface RunsFile {
  readonly format: typeof RUNS_FORMAT;
  readonly version: typeof RUNS_VERSION;
  readonly runs: readonly RunRecord[];
}

/** The records read from a file, or why the whole file was refused. */
export type RunsParseResult = { readonly runs: RunRecord[] } | { readonly error: string };

/**
 * The runs as an indented JSON file. JSON has no NaN or Infinity, so non-finite
 * numbers (the loss of a diverged run) are written as the strings "NaN", "Infinity"
 * and "-Infinity", which parseRunsJson reads back in loss fields.
 */
export function runsToJson(runs: readonly RunRecord[]): string {
  const file: RunsFile = { format: RUNS_FORMAT, version: RUNS_VERSION, runs };
  return JSON.stringify(file, nonFiniteAsText, 2);
}

/** JSON.stringify's replacer for non-finite numbers: "NaN", "Infinity", "-Infinity". */
function nonFiniteAsText(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}

function readEnvelope(value: unknown): RunRecord[] {
  const file = readObject(value, 'file');
  if (file.format !== RUNS_FORMAT) throw new FormatError(`This is not a run history exported by the playground (its format is not "${RUNS_FORMAT}").`);
  if (file.version !== RUNS_VERSION) throw new FormatError(`The file's version ${JSON.stringify(file.version)} cannot be read here; this playground reads version ${RUNS_VERSION}.`);
  const runs = readArray(file.runs, 'runs', readRunRecord);
  const firstIndex = new Map<string, number>();
  runs.forEach((run, index) => {
    const earlier = firstIndex.get(run.id);
    if (earlier !== undefined) throw new FormatError(`runs[${index}].id "${run.id}" is the same as runs[${earlier}].id`);
    firstIndex.set(run.id, index);
  });
  return runs;
}

/**
 * Reads an exported history. Every field is checked (types, statuses, finite numbers,
 * settings that can train); the first problem refuses the whole file with a message
 * naming its place, e.g. "runs[3].epochs[2].loss is not a number". Nothing partial.
 */
export function parseRunsJson(text: string): RunsParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `The file is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    return { runs: readEnvelope(value) };
  } catch (error) {
    if (error instanceof FormatError) return { error: error.message };
    throw error;
  }
}

/** One CSV field, quoted per RFC 4180 when it holds a comma, a quote or a line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV column holding each run's whole record as JSON (what a CSV import reads). */
export const CSV_RECORD_COLUMN = 'record (JSON)';

/**
 * The runs as CSV (RFC 4180: CRLF line ends, a header row): one row per run with
 * the RUN_COLUMNS (settings, final train and held-out numbers, weighted test scores,
 * duration in seconds, tags joined by "; "), then the record as JSON for the import.
 */
export function runsToCsv(runs: readonly RunRecord[]): string {
  const header = [...RUN_COLUMNS.map((column) => column.label), CSV_RECORD_COLUMN].map(csvField).join(',');
  const rows = runs.map((run) => [...RUN_COLUMNS.map((column) => cellText(column, run)), JSON.stringify(run, nonFiniteAsText)].map(csvField).join(','));
  return [header, ...rows].map((line) => `${line}\r\n`).join('');
}

/** The records of an exported CSV's record column, as JSON values; throws FormatError. */
function csvRecords(text: string): unknown[] {
  const [header, ...rows] = parseCsv(text);
  const column = header?.indexOf(CSV_RECORD_COLUMN) ?? -1;
  if (column < 0) throw new FormatError(`This CSV has no "${CSV_RECORD_COLUMN}" column: only a run history exported by the playground can be imported.`);
  return rows.map((row, index) => {
    try {
      return JSON.parse(row[column] ?? '') as unknown;
    } catch {
      throw new FormatError(`Data row ${index + 1}'s "${CSV_RECORD_COLUMN}" is not JSON (runs[${index}]).`);
    }
  });
}

/**
 * Reads an exported CSV through its record column, with the same checks as
 * parseRunsJson (runs[i] is data row i + 1); the first problem refuses the whole file.
 */
export function parseRunsCsv(text: string): RunsParseResult {
  try {
    return { runs: readEnvelope({ format: RUNS_FORMAT, version: RUNS_VERSION, runs: csvRecords(text) }) };
  } catch (error) {
    if (error instanceof FormatError) return { error: error.message };
    throw error;
  }
}
