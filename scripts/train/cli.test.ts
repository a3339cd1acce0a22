import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetId } from '../../src/core/datasets/catalog';
import { lenet5 } from '../../src/core/model/presets';
import { RunControl } from '../../src/engine/training/run-control';
import { startNodeBackend } from '../cli/backend';
import type { CliContext } from '../cli/context';
import { chooseInputFolder } from '../data/input-folder';
import { loadDataset, type LoadedDataset } from '../data/load-dataset';
import { makeTempDir, memoryLog, REPO_ROOT } from '../data/test-support';
import { runEvalCommand, type EvalRecord } from '../eval/command';
import { runTrainCommand } from './command';
import type { TrainRecord } from './record';

const MAIN = join(REPO_ROOT, 'scripts', 'train', 'main.ts');
const TSX_LOADER = pathToFileURL(createRequire(join(REPO_ROOT, 'package.json')).resolve('tsx')).href;

/**
 * Starts `npm run train`'s process (node with the tsx loader, as package.json
 * runs it); `onStdout` sees the output as it comes.
 */
function startTrain(argv: readonly string[], onStdout: (text: string, child: ReturnType<typeof spawn>) => void = () => undefined) {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, MAIN, ...argv], { cwd: dir, env: process.env });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    onStdout(stdout, child);
  });
  return new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

let dir: string;
const loaded = new Map<DatasetId, Promise<LoadedDataset>>();

/** An in-process context sharing one dataset load between commands. */
function context(control?: RunControl): CliContext & { control?: RunControl; log: ReturnType<typeof memoryLog> } {
  const load = (dataset: DatasetId): Promise<LoadedDataset> => {
    if (!loaded.has(dataset)) loaded.set(dataset, loadDataset(chooseInputFolder(REPO_ROOT, process.env), dataset));
    return loaded.get(dataset)!;
  };
  return { repoRoot: REPO_ROOT, cwd: dir, env: process.env, log: memoryLog(), loadDataset: load, ...(control ? { control } : {}) };
}

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;
const sum = (rows: readonly (readonly number[])[]): number => rows.flat().reduce((a, b) => a + b, 0);

beforeAll(async () => {
  dir = await makeTempDir('train-cli');
  await startNodeBackend('wasm');
});

describe('npm run train, as a real process', () => {
  it('trains LeNet-5 on 512 real MNIST images and writes the JSON record and the model', async () => {
    const argv = ['--dataset', 'mnist', '--train-size', '512', '--epochs', '1', '--model', 'lenet5', '--batch', '64', '--json', 'run.json', '--save', 'saved'];
    const { code, stdout } = await startTrain(argv);
    expect(code).toBe(0);
    expect(stdout).toContain('network    LeNet-5: 61,706 parameters (61,706 trainable)');
    expect(stdout).toMatch(/^epoch 1\/1 {2}loss \d\.\d{4} {2}acc \d\.\d{4} {2}[\d,]+ ex\/s {2}\d+\.\d s$/m);
    expect(stdout).toMatch(/^ +accuracy +\d\.\d\d +10000$/m);
    const record = await readJson<TrainRecord>(join(dir, 'run.json'));
    expect(record).toMatchObject({
      params: { total: 61_706, trainable: 61_706 }, split: { train: 512, validation: 0, test: 10_000 }, backend: 'wasm', status: 'completed',
      settings: { network: lenet5(), trainLimit: 512, batchSize: 64, epochs: 1, protocolId: 'lenet', learningRate: 0.01 },
      savedModel: join(dir, 'saved', 'model.json'),
    });
    expect(record.history).toHaveLength(1);
    expect(Date.parse(record.startedAt)).toBeGreaterThan(0);
    expect(record.elapsedMs).toBeGreaterThan(0);
    expect(record.examplesPerSecond).toBeGreaterThan(0);
    const test = record.test!;
    expect(sum(test.confusion)).toBe(10_000);
    expect(test.confusion.map((row) => row.length)).toEqual(new Array(10).fill(10));
    expect(test.accuracy).toBe(test.confusion.reduce((correct, row, label) => correct + (row[label] ?? 0), 0) / 10_000);
    expect(test.accuracy).toBeGreaterThan(0.2);
    expect(test.recallWeighted).toBeCloseTo(test.accuracy, 12);
    expect(test.perClass.map((scores) => scores.name)).toEqual(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
    expect(test.report).toContain('weighted avg');
    expect(existsSync(join(dir, 'saved', 'weights.bin'))).toBe(true);
  });

  it('evaluates the saved model to the identical test results with npm run eval', async () => {
    const ctx = context();
    expect(await runEvalCommand(['--model', 'saved/model.json', '--dataset', 'mnist', '--json', 'eval.json'], ctx)).toBe(0);
    const trained = await readJson<TrainRecord>(join(dir, 'run.json'));
    const evaluated = await readJson<EvalRecord>(join(dir, 'eval.json'));
    expect(evaluated.test).toEqual(trained.test);
    expect(evaluated).toMatchObject({ model: join(dir, 'saved', 'model.json'), dataset: 'mnist', backend: 'wasm', params: 61_706 });
    const modelLine = ctx.log.lines.find((line) => line.startsWith(`model      ${join(dir, 'saved', 'model.json')}: `));
    expect(modelLine).toMatch(/: LeNet-5 \(TF\.js Layers[^)]*\), 61,706 parameters, loaded in /);
  });
  it('stops cleanly on Ctrl+C, counting copies of one Ctrl+C as one, and still writes the JSON', async () => {
    let signalled = false;
    const { code, stdout } = await startTrain(['--json', 'interrupted.json'], (text, child) => {
      if (signalled || !text.includes('backend    wasm')) return;
      signalled = true;
      setTimeout(() => [1, 2].forEach(() => child.kill('SIGINT')), 300);
    });
    expect(code).toBe(130);
    expect(stdout).toContain('Stopping after this batch');
    expect(await readJson<TrainRecord>(join(dir, 'interrupted.json'))).toMatchObject({ status: 'stopped', history: [] });
  });
});

describe('npm run train, in process', () => {
  it('exits 2 on a diverged run, says why and still writes the JSON', async () => {
    const ctx = context();
    const argv = ['--train-size', '256', '--epochs', '2', '--optimizer', 'sgd', '--momentum', '0.9', '--lr', '10', '--batch', '1', '--json', 'diverged.json'];
    expect(await runTrainCommand(argv, ctx)).toBe(2);
    expect(ctx.log.errors.join('\n')).toMatch(/^Diverged: .*the run diverged\. Lower the learning rate/);
    const record = await readJson<TrainRecord>(join(dir, 'diverged.json'));
    expect(record).toMatchObject({ status: 'diverged', reason: expect.stringMatching(/diverged/) as unknown });
    expect(record.test).toBeUndefined();
  });

  it('stops cleanly when asked (Ctrl+C) and still writes the JSON with status stopped', async () => {
    const control = new RunControl();
    control.stop();
    const ctx = context(control);
    expect(await runTrainCommand(['--train-size', '256', '--json', 'stopped.json', '--save', 'not-saved'], ctx)).toBe(130);
    expect(await readJson<TrainRecord>(join(dir, 'stopped.json'))).toMatchObject({ status: 'stopped', reason: expect.stringMatching(/^Stopped by the user after 0 of 20 epochs/) as unknown, history: [] });
    expect(existsSync(join(dir, 'not-saved'))).toBe(false);
  });

  it('exits 1 on bad options with the message and the usage', async () => {
    const ctx = context();
    expect(await runTrainCommand(['--epochs', 'ten', '--json', 'bad.json'], ctx)).toBe(1);
    expect(ctx.log.errors[0]).toBe('--epochs "ten" is not allowed; use a whole number.');
    expect(ctx.log.errors[1]).toMatch(/^Usage: npm run train/);
    expect(existsSync(join(dir, 'bad.json'))).toBe(false);
  });

  it('leaves the tensor count where it was after training, saving and evaluating', async () => {
    const before = tf.memory().numTensors;
    const argv = ['--model', 'ivannet', '--train-size', '256', '--epochs', '1', '--batch', '64', '--save', 'ivannet'];
    expect(await runTrainCommand(argv, context())).toBe(0);
    expect(await runEvalCommand(['--model', 'ivannet/model.json'], context())).toBe(0);
    expect(tf.memory().numTensors).toBe(before);
  });
});
