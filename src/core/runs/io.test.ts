import { describe, expect, it } from 'vitest';
import { COURSEWORK_AUGMENTATION } from '../augment/settings';
import { cifarG3 } from '../model/presets';
import type { LayerSpec } from '../model/spec';
import { defaultOptimizer } from '../training/settings';
import { csvField, parseRunsCsv, parseRunsJson, runsToCsv, runsToJson } from './io';
import type { RunRecord } from './record';
import { SAMPLE_SETTINGS, sampleRecord } from './test-fixtures';

const RUNS: RunRecord[] = [0, 1, 2, 3].map((i) => sampleRecord({ id: `run-${i}`, name: `Run ${i}` }));

/** The exported file as plain JSON, edited by `edit`, then parsed back. */
function parseEdited(edit: (file: { runs: Record<string, unknown>[] } & Record<string, unknown>) => void): ReturnType<typeof parseRunsJson> {
  const file = JSON.parse(runsToJson(RUNS)) as { runs: Record<string, unknown>[] } & Record<string, unknown>;
  edit(file);
  return parseRunsJson(JSON.stringify(file));
}

const run = (file: { runs: Record<string, unknown>[] }, index: number): Record<string, unknown> => file.runs[index] ?? {};

describe('JSON export and import', () => {
  it('reads back exactly what it wrote, in a versioned envelope', () => {
    const text = runsToJson(RUNS);
    expect(JSON.parse(text)).toMatchObject({ format: 'convnet-playground-runs', version: 1 });
    expect(parseRunsJson(text)).toEqual({ runs: RUNS });
  });

  it('keeps the non-finite loss of a diverged run, optional fields and augmentation', () => {
    const first = sampleRecord();
    const diverged = sampleRecord({
      id: 'd', status: 'diverged', reason: 'The loss became NaN', sweepId: 's', sweepIndex: 2, savedModelId: 'm', group: 'map',
      settings: { ...first.settings, augmentation: COURSEWORK_AUGMENTATION, trainLimit: 1000 },
      epochs: [{ epoch: 0, loss: NaN, accuracy: 0.1, valLoss: Infinity, examplesPerSecond: 10 }],
    });
    expect(parseRunsJson(runsToJson([diverged]))).toEqual({ runs: [diverged] });
  });

  it('reads back every optimizer and optional layer setting', () => {
    const cifar = sampleRecord({ id: 'c', settings: { ...SAMPLE_SETTINGS, dataset: 'cifar10', network: cifarG3(), protocolId: 'holdout', optimizer: defaultOptimizer('rmsprop'), learningRate: 1e-4 } });
    const layers: LayerSpec[] = [
      { kind: 'conv2d', filters: 4, kernelSize: 3, strides: 2, padding: 'valid', activation: 'relu' }, { kind: 'batchNorm', momentum: 0.9, epsilon: 0.01 },
      { kind: 'maxPool2d', poolSize: 2, strides: 1 }, { kind: 'activation', activation: 'linear' }, { kind: 'flatten' }, { kind: 'dropout', rate: 0.1 },
      { kind: 'dense', units: 10, activation: 'softmax' },
    ];
    const custom = sampleRecord({ id: 'm', settings: { ...SAMPLE_SETTINGS, network: { ...SAMPLE_SETTINGS.network, layers }, optimizer: { kind: 'sgd', momentum: 0.9 } } });
    expect(parseRunsJson(runsToJson([cifar, custom]))).toEqual({ runs: [cifar, custom] });
  });

  it('refuses a file naming the first bad place', () => {
    const epochs = (file: { runs: Record<string, unknown>[] }): Record<string, unknown>[] => run(file, 3).epochs as Record<string, unknown>[];
    expect(parseEdited((file) => { (epochs(file)[2] ?? {}).loss = 'low'; })).toEqual({ error: 'runs[3].epochs[2].loss is not a number' });
    expect(parseEdited((file) => { delete run(file, 1).name; })).toEqual({ error: 'runs[1].name is missing' });
    expect(parseEdited((file) => { run(file, 0).status = 'done'; })).toEqual({
      error: 'runs[0].status must be one of running, completed, stopped, diverged, failed, interrupted (got "done")',
    });
    expect(parseEdited((file) => { run(file, 2).tags = 'a'; })).toEqual({ error: 'runs[2].tags is not a list' });
    expect(parseEdited((file) => { run(file, 2).durationMs = null; })).toEqual({ error: 'runs[2].durationMs is not a number' });
  });

  it('refuses settings that are malformed or cannot train', () => {
    const settings = (file: { runs: Record<string, unknown>[] }): Record<string, unknown> => run(file, 0).settings as Record<string, unknown>;
    expect(parseEdited((file) => { settings(file).learningRate = 0; })).toEqual({
      error: 'runs[0].settings cannot train: Learning rate must be above 0 and at most 10; got 0.',
    });
    expect(parseEdited((file) => { ((settings(file).network as { layers: Record<string, unknown>[] }).layers[1] ?? {}).kind = 'pool'; }))
      .toMatchObject({ error: expect.stringMatching(/^runs\[0\]\.settings\.network\.layers\[1\]\.kind must be one of conv2d/) as unknown });
    expect(parseEdited((file) => { settings(file).protocolId = 'official'; })).toMatchObject({
      error: expect.stringContaining('runs[0].settings.protocolId "official" is not a split protocol of MNIST') as unknown,
    });
  });

  it('refuses wrong metrics, duplicate ids, other formats and versions, and text that is not JSON', () => {
    expect(parseEdited((file) => { ((run(file, 1).test as { confusion: unknown[] }).confusion).pop(); })).toEqual({ error: 'runs[1].test.confusion is not 10×10' });
    expect(parseEdited((file) => { run(file, 2).id = 'run-0'; })).toEqual({ error: 'runs[2].id "run-0" is the same as runs[0].id' });
    expect(parseEdited((file) => { file.version = 2; })).toEqual({ error: expect.stringContaining('version 2 cannot be read here') as unknown });
    expect(parseEdited((file) => { file.format = 'other'; })).toEqual({ error: expect.stringContaining('not a run history') as unknown });
    expect(parseRunsJson('{"runs": [')).toEqual({ error: expect.stringMatching(/^The file is not JSON/) as unknown });
    expect(parseRunsJson('[]')).toEqual({ error: 'file is not an object' });
  });
});

describe('CSV export', () => {
  it('quotes fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes a header and one row per run', () => {
    const csv = runsToCsv([sampleRecord({ name: 'LeNet, "short"', tags: ['a', 'b'] })]);
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe('name,status,dataset,network,params,epochs trained,epochs planned,batch,optimizer,learning rate,seed,augmentation,'
      + 'train accuracy,train loss,val accuracy,val loss,val measured on,test accuracy,test precision (weighted),test recall (weighted),'
      + 'test F1 (weighted),duration s,tags,created,record (JSON)');
    expect(row).toMatch(/^"LeNet, ""short""",completed,MNIST,LeNet-5,61706,3,3,32,Adam,0.01,7,off,0.92,/);
    expect(row).toMatch(/,0\.95,0\.95\d*,0\.95,0\.95\d*,90\.5,a; b,2023-11-14T22:13:20\.000Z,"\{""id"":/);
    expect(end).toBe('');
  });

  it('reads its own CSV back through the record column, all or nothing', () => {
    const runs = [sampleRecord({ name: 'LeNet, "short"', tags: ['a', 'b'] }), sampleRecord({ id: 'second', name: 'two\nlines' })];
    expect(parseRunsCsv(runsToCsv(runs))).toEqual({ runs });
    const broken = runsToCsv(runs).replace('""loss"":', '""loss"":""x"",""was"":');
    expect(parseRunsCsv(broken)).toEqual({ error: expect.stringMatching(/^runs\[0\]\..*loss is not a number/) as unknown });
    expect(parseRunsCsv('name,status\r\nx,completed\r\n')).toEqual({ error: expect.stringContaining('no "record (JSON)" column') as unknown });
  });
});
