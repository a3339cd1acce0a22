/** A run record read back from an exported file, every field checked (see json-read for the messages). */
import { BACKEND_NAMES } from '../backends';
import { DATASETS } from '../datasets/catalog';
import type { AveragedScores, ClassScores, ConfusionMatrix } from '../metrics/classification';
import type { HeldOutSource } from '../protocol';
import {
  fail, optionalField, readArray, readChoice, readCount, readFraction, readLoss, readNumber, readObject, readString, type Reader,
} from './json-read';
import { RUN_RECORD_STATUSES, type EpochRow, type HeldOutSnapshot, type RunRecord, type TestResult } from './record';
import { readTrainingSettings } from './settings-json';
import { runNameProblem } from './table';

const HELD_OUT_SOURCES: readonly HeldOutSource[] = ['validation', 'test', 'train-probe'];

const readEpochRow: Reader<EpochRow> = (value, path) => {
  const row = readObject(value, path);
  return {
    epoch: readCount(row.epoch, `${path}.epoch`),
    loss: readLoss(row.loss, `${path}.loss`),
    accuracy: readFraction(row.accuracy, `${path}.accuracy`),
    ...optionalField(row, 'valLoss', path, readLoss),
    ...optionalField(row, 'valAccuracy', path, readFraction),
    ...optionalField(row, 'heldOutSource', path, (source, at) => readChoice(source, at, HELD_OUT_SOURCES)),
    examplesPerSecond: readNumber(row.examplesPerSecond, `${path}.examplesPerSecond`),
  };
};

/** A classTotal × classTotal matrix of counts. */
function readConfusion(value: unknown, path: string, classTotal: number): ConfusionMatrix {
  const matrix = readArray(value, path, (row, at) => readArray(row, at, readCount));
  if (matrix.length !== classTotal || matrix.some((row) => row.length !== classTotal)) fail(path, `is not ${classTotal}×${classTotal}`);
  return matrix;
}

const readAveraged: Reader<AveragedScores> = (value, path) => {
  const scores = readObject(value, path);
  const fraction = (key: string): number => readFraction(scores[key], `${path}.${key}`);
  return { precision: fraction('precision'), recall: fraction('recall'), f1: fraction('f1'), support: readCount(scores.support, `${path}.support`) };
};

function readClassScores(value: unknown, path: string, classTotal: number): ClassScores {
  const label = readCount(readObject(value, path).label, `${path}.label`);
  if (label >= classTotal) fail(`${path}.label`, `is not a class (0–${classTotal - 1})`);
  return { label, ...readAveraged(value, path) };
}

function readTest(value: unknown, path: string, classTotal: number): TestResult {
  const test = readObject(value, path);
  return {
    accuracy: readFraction(test.accuracy, `${path}.accuracy`),
    perClass: readArray(test.perClass, `${path}.perClass`, (scores, at) => readClassScores(scores, at, classTotal)),
    macro: readAveraged(test.macro, `${path}.macro`),
    weighted: readAveraged(test.weighted, `${path}.weighted`),
    confusion: readConfusion(test.confusion, `${path}.confusion`, classTotal),
    loss: readLoss(test.loss, `${path}.loss`),
  };
}

function readHeldOut(value: unknown, path: string, classTotal: number): HeldOutSnapshot {
  const heldOut = readObject(value, path);
  return {
    epoch: readCount(heldOut.epoch, `${path}.epoch`),
    source: readChoice(heldOut.source, `${path}.source`, HELD_OUT_SOURCES),
    count: readCount(heldOut.count, `${path}.count`),
    loss: readLoss(heldOut.loss, `${path}.loss`),
    accuracy: readFraction(heldOut.accuracy, `${path}.accuracy`),
    confusion: readConfusion(heldOut.confusion, `${path}.confusion`, classTotal),
  };
}

const readName: Reader<string> = (value, path) => {
  const name = readString(value, path);
  const problem = runNameProblem(name);
  if (problem) fail(path, `is not a usable name: ${problem}`);
  return name.trim();
};

const readId: Reader<string> = (value, path) => {
  const id = readString(value, path);
  if (id.length === 0) fail(path, 'is empty');
  return id;
};

const readDuration: Reader<number> = (value, path) => {
  const ms = readNumber(value, path);
  if (ms < 0) fail(path, `is negative (${ms})`);
  return ms;
};

/** One run record; FormatError names the first bad field. */
export const readRunRecord: Reader<RunRecord> = (value, path) => {
  const run = readObject(value, path);
  const at = (key: string): string => `${path}.${key}`;
  const settings = readTrainingSettings(run.settings, at('settings'));
  const classTotal = DATASETS[settings.dataset].classNames.length;
  const params = readObject(run.params, at('params'));
  return {
    id: readId(run.id, at('id')), name: readName(run.name, at('name')), tags: readArray(run.tags, at('tags'), readString),
    createdAt: readCount(run.createdAt, at('createdAt')), updatedAt: readCount(run.updatedAt, at('updatedAt')),
    status: readChoice(run.status, at('status'), RUN_RECORD_STATUSES), ...optionalField(run, 'reason', path, readString),
    settings, backend: readChoice(run.backend, at('backend'), BACKEND_NAMES),
    params: { total: readCount(params.total, `${at('params')}.total`), trainable: readCount(params.trainable, `${at('params')}.trainable`) },
    trainCount: readCount(run.trainCount, at('trainCount')), validationCount: readCount(run.validationCount, at('validationCount')),
    epochs: readArray(run.epochs, at('epochs'), readEpochRow),
    ...optionalField(run, 'test', path, (test, where) => readTest(test, where, classTotal)),
    ...optionalField(run, 'heldOut', path, (heldOut, where) => readHeldOut(heldOut, where, classTotal)),
    durationMs: readDuration(run.durationMs, at('durationMs')),
    ...optionalField(run, 'sweepId', path, readId), ...optionalField(run, 'sweepIndex', path, readCount),
    ...optionalField(run, 'savedModelId', path, readId), ...optionalField(run, 'group', path, readString),
  };
};
