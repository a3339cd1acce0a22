import { describe, expect, it } from 'vitest';
import { addTag, allTags, filterRuns, MAX_RUN_NAME_LENGTH, removeTag, renameRun, runNameProblem, sortRuns } from './table';
import { confusion, sampleRecord, testResult, withoutTest } from './test-fixtures';
import { gmnet } from '../model/presets';

const RUNS = [
  sampleRecord({ id: 'a', name: 'LeNet run 10', tags: ['coursework'], test: testResult(confusion(90, 10)) }),
  sampleRecord({ id: 'b', name: 'LeNet run 9', tags: ['Demo'], status: 'diverged' }),
  sampleRecord({ id: 'c', name: 'GMNet', tags: ['coursework', 'best'], settings: { ...sampleRecord().settings, network: gmnet() }, test: testResult(confusion(99, 1)) }),
  sampleRecord({ id: 'd', name: 'No test yet', status: 'running', tags: [] }),
].map((run) => (run.id === 'd' ? withoutTest(run) : run));

const ids = (runs: readonly { id: string }[]): string[] => runs.map((run) => run.id);

describe('sortRuns', () => {
  it('sorts numbers both ways with missing values last', () => {
    expect(ids(sortRuns(RUNS, 'testAccuracy', 'asc'))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(sortRuns(RUNS, 'testAccuracy', 'desc'))).toEqual(['c', 'b', 'a', 'd']);
  });

  it('sorts text naturally and is stable for equal values', () => {
    expect(ids(sortRuns(RUNS, 'name', 'asc'))).toEqual(['c', 'b', 'a', 'd']);
    expect(ids(sortRuns(RUNS, 'dataset', 'desc'))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('filterRuns', () => {
  it('matches every word over name, tags, network and dataset', () => {
    expect(ids(filterRuns(RUNS, { text: 'lenet' }))).toEqual(['a', 'b', 'd']);
    expect(ids(filterRuns(RUNS, { text: 'MNIST best' }))).toEqual(['c']);
    expect(ids(filterRuns(RUNS, { text: '  ' }))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by status and by tags', () => {
    expect(ids(filterRuns(RUNS, { statuses: ['diverged', 'running'] }))).toEqual(['b', 'd']);
    expect(ids(filterRuns(RUNS, { tags: ['Coursework'] }))).toEqual(['a', 'c']);
    expect(ids(filterRuns(RUNS, { tags: ['coursework', 'best'], statuses: [] }))).toEqual(['c']);
  });
});

describe('names and tags', () => {
  const run = sampleRecord();

  it('renames with a trimmed, non-empty name of at most 80 characters', () => {
    expect(renameRun(run, '  GMNet_D_A ', 5)).toEqual({ record: { ...run, name: 'GMNet_D_A', updatedAt: 5 } });
    expect(renameRun(run, '   ', 5)).toEqual({ error: 'A run needs a name.' });
    expect(runNameProblem('x'.repeat(MAX_RUN_NAME_LENGTH))).toBeUndefined();
    expect(runNameProblem('x'.repeat(MAX_RUN_NAME_LENGTH + 1))).toMatch(/at most 80 characters; this one has 81/);
  });

  it('adds and removes tags case-insensitively', () => {
    expect(addTag(run, ' fast ', 5)).toEqual({ record: { ...run, tags: ['coursework', 'fast'], updatedAt: 5 } });
    expect(addTag(run, 'COURSEWORK', 5)).toEqual({ record: run });
    expect(addTag(run, '', 5)).toEqual({ error: 'A tag cannot be empty.' });
    expect(removeTag(run, 'Coursework', 6).tags).toEqual([]);
    expect(removeTag(run, 'other', 6)).toBe(run);
  });

  it('lists every tag once', () => {
    expect(allTags(RUNS)).toEqual(['best', 'coursework', 'Demo']);
  });
});
