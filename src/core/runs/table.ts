/** The history table's logic: sorting by any column, filtering, and checked renames and tags. */
import { DATASETS } from '../datasets/catalog';
import { runColumn, type RunCell, type RunColumnId } from './columns';
import type { RunRecord, RunRecordStatus } from './record';

/** Sort order. */
export type SortDirection = 'asc' | 'desc';

/** Longest run name, in characters. */
export const MAX_RUN_NAME_LENGTH = 80;

/** Longest tag, in characters. */
export const MAX_TAG_LENGTH = 40;

/** A change that was refused, or the changed record. */
export type EditResult = { readonly record: RunRecord } | { readonly error: string };

function compareCells(a: RunCell, b: RunCell): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
}

/**
 * The runs sorted by a column (a new array). Stable: equal values keep their order.
 * Runs without a value (no test results yet, say) go last in both directions.
 */
export function sortRuns(runs: readonly RunRecord[], columnId: RunColumnId, direction: SortDirection): RunRecord[] {
  const column = runColumn(columnId);
  const sign = direction === 'asc' ? 1 : -1;
  return runs
    .map((run) => ({ run, value: column.value(run) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) return Number(a.value === undefined) - Number(b.value === undefined);
      return sign * compareCells(a.value, b.value);
    })
    .map((entry) => entry.run);
}

/** What the table shows; every part left out lets all runs through. */
export interface RunFilter {
  /** Words that must all occur (case-insensitive) in the name, a tag, the network or the dataset. */
  readonly text?: string;
  /** Only runs with one of these statuses (empty = all). */
  readonly statuses?: readonly RunRecordStatus[];
  /** Only runs carrying every one of these tags (case-insensitive). */
  readonly tags?: readonly string[];
}

function searchableText(run: RunRecord): string {
  const { dataset, network } = run.settings;
  return [run.name, ...run.tags, network.name, dataset, DATASETS[dataset].label, run.group ?? ''].join('\n').toLowerCase();
}

/** The runs that pass the filter, in their order. */
export function filterRuns(runs: readonly RunRecord[], filter: RunFilter): RunRecord[] {
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter((word) => word.length > 0);
  const statuses = filter.statuses ?? [];
  const tags = (filter.tags ?? []).map((tag) => tag.toLowerCase());
  return runs.filter((run) => {
    const text = searchableText(run);
    const runTags = run.tags.map((tag) => tag.toLowerCase());
    return words.every((word) => text.includes(word))
      && (statuses.length === 0 || statuses.includes(run.status))
      && tags.every((tag) => runTags.includes(tag));
  });
}

/** Why a name cannot be used (it is trimmed first), or undefined when it can. */
export function runNameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed.length === 0) return 'A run needs a name.';
  if (trimmed.length > MAX_RUN_NAME_LENGTH) return `A run name can have at most ${MAX_RUN_NAME_LENGTH} characters; this one has ${trimmed.length}.`;
  return undefined;
}

/** The run renamed (trimmed), or why not. */
export function renameRun(run: RunRecord, name: string, now: number): EditResult {
  const error = runNameProblem(name);
  return error ? { error } : { record: { ...run, name: name.trim(), updatedAt: now } };
}

/** Why a tag cannot be used (it is trimmed first), or undefined when it can. */
export function tagProblem(tag: string): string | undefined {
  const trimmed = tag.trim();
  if (trimmed.length === 0) return 'A tag cannot be empty.';
  if (trimmed.length > MAX_TAG_LENGTH) return `A tag can have at most ${MAX_TAG_LENGTH} characters; this one has ${trimmed.length}.`;
  return undefined;
}

/** The run with the tag added (trimmed); a tag it already has, in any case, changes nothing. */
export function addTag(run: RunRecord, tag: string, now: number): EditResult {
  const error = tagProblem(tag);
  if (error) return { error };
  const trimmed = tag.trim();
  if (run.tags.some((existing) => existing.toLowerCase() === trimmed.toLowerCase())) return { record: run };
  return { record: { ...run, tags: [...run.tags, trimmed], updatedAt: now } };
}

/** The run without the tag (case-insensitive); unchanged when it did not have it. */
export function removeTag(run: RunRecord, tag: string, now: number): RunRecord {
  const wanted = tag.trim().toLowerCase();
  const tags = run.tags.filter((existing) => existing.toLowerCase() !== wanted);
  return tags.length === run.tags.length ? run : { ...run, tags, updatedAt: now };
}

/** Every tag in use, once each (first spelling wins), sorted for a filter menu. */
export function allTags(runs: readonly RunRecord[]): string[] {
  const byKey = new Map<string, string>();
  for (const tag of runs.flatMap((run) => run.tags)) if (!byKey.has(tag.toLowerCase())) byKey.set(tag.toLowerCase(), tag);
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}
