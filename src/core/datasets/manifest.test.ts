import { describe, expect, it } from 'vitest';
import { DATASETS, type DatasetId } from './catalog';
import { MANIFEST_FORMAT, manifestProblem, sheetSize, tileOrigin, TILES_PER_ROW, TILES_PER_SHEET } from './manifest';

describe('sheet geometry', () => {
  const mnist = DATASETS.mnist.imageShape;
  const cifar = DATASETS.cifar10.imageShape;

  it('places tiles row by row, TILES_PER_ROW to a row', () => {
    expect(tileOrigin(0, mnist)).toEqual({ x: 0, y: 0 });
    expect(tileOrigin(99, mnist)).toEqual({ x: 99 * 28, y: 0 });
    expect(tileOrigin(100, mnist)).toEqual({ x: 0, y: 28 });
    expect(tileOrigin(TILES_PER_SHEET - 1, cifar)).toEqual({ x: 99 * 32, y: 99 * 32 });
  });

  it('sizes full, partial and tiny sheets', () => {
    expect(sheetSize(TILES_PER_SHEET, mnist)).toEqual({ width: 2800, height: 2800 });
    expect(sheetSize(TILES_PER_SHEET, cifar)).toEqual({ width: 3200, height: 3200 });
    expect(sheetSize(250, mnist)).toEqual({ width: TILES_PER_ROW * 28, height: 3 * 28 });
    expect(sheetSize(7, cifar)).toEqual({ width: 7 * 32, height: 32 });
  });
});

describe('manifestProblem', () => {
  const split = (count: number) => ({ count, sheets: [{ count }] });
  const valid = { format: MANIFEST_FORMAT, dataset: 'mnist', imageShape: [28, 28, 1], splits: { train: split(60_000), test: split(10_000) } };

  it('accepts a complete manifest', () => {
    expect(manifestProblem(valid, 'mnist')).toBeUndefined();
  });

  const cases: [string, unknown, string, DatasetId?][] = [
    ['not an object', null, 'manifest.json is not a JSON object'],
    ['another format', { ...valid, format: 2 }, 'manifest.json has format 2, this version of the app reads format 1'],
    ['another dataset', valid, 'manifest.json describes mnist, expected cifar10', 'cifar10'],
    ['another shape', { ...valid, imageShape: [32, 32, 3] }, 'manifest.json gives image shape [32,32,3], expected [28,28,1]'],
    ['a short split', { ...valid, splits: { ...valid.splits, test: split(9_999) } }, 'manifest.json lacks a complete test split (expected 10000 images)'],
    ['sheets not adding up', { ...valid, splits: { ...valid.splits, train: { count: 60_000, sheets: [{ count: 10 }] } } }, "manifest.json's train sheets hold 10 images, expected 60000"],
    ['a null sheet', { ...valid, splits: { ...valid.splits, test: { count: 10_000, sheets: [null] } } }, "manifest.json's test sheets hold NaN images, expected 10000"],
  ];

  it.each(cases)('reports %s', (_name, value, problem, dataset = 'mnist') => {
    expect(manifestProblem(value, dataset)).toBe(problem);
  });
});
