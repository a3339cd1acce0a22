import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileBytes, ModelEvent } from '../core/model-protocol';
import type { WorkerEvent } from '../core/protocol';
import { createRandom } from '../core/util/random';
import { readFixture } from '../../scripts/fixtures/fixture-files';
import { loadModelFiles } from '../engine/model/load-files';
import type { LoadedDataset } from './load-dataset';
import { ModelCommands } from './model-commands';
import { ModelSlots } from './models';
import { RunManager } from './run-manager';

/** 50 seeded MNIST-shaped test images, enough to evaluate on. */
function tinyMnist(): LoadedDataset {
  const random = createRandom(9);
  const split = { pixels: Uint8Array.from({ length: 50 * 784 }, () => random.nextInt(256)), labels: Uint8Array.from({ length: 50 }, (_, i) => i % 10), count: 50, imageShape: [28, 28, 1] as const };
  return { dataset: 'mnist', manifest: {} as LoadedDataset['manifest'], train: split, test: split, source: 'cache' };
}

/** The worker's model commands with a recorder for what they post. */
function harness(data?: LoadedDataset): { commands: ModelCommands; events: { event: WorkerEvent; transfer: Transferable[] }[]; last: () => ModelEvent } {
  const events: { event: WorkerEvent; transfer: Transferable[] }[] = [];
  const post = (event: WorkerEvent, transfer: Transferable[] = []): void => {
    events.push({ event, transfer });
  };
  const runs = new RunManager(post);
  const commands = new ModelCommands({ post, slots: new ModelSlots(runs), dataset: (id) => (data?.dataset === id ? data : undefined), ready: () => Promise.resolve() });
  return { commands, events, last: () => events.at(-1)?.event as ModelEvent };
}

let lenetFile: FileBytes;
const digit = Uint8Array.from({ length: 784 }, (_, i) => (i * 7) % 256);

beforeAll(async () => {
  await tf.setBackend('wasm');
  lenetFile = { name: 'lenet5.h5', bytes: await readFixture('lenet5.h5') };
});

describe('model commands in the worker', () => {
  it('say what is missing before any model exists', async () => {
    const { commands, last } = harness();
    await commands.predict({ type: 'predict', requestId: 1, model: 'run', dataset: 'mnist', input: { kind: 'pixels', pixels: digit }, withInternals: false });
    expect(last()).toEqual({ type: 'predictFailed', requestId: 1, message: 'No run has built a model yet: train one first, or load a model.' });
    await commands.evaluate({ type: 'evaluateModel', requestId: 2, model: 'loaded', dataset: 'mnist' });
    expect(last()).toEqual({ type: 'modelFailed', requestId: 2, operation: 'evaluate', message: 'No model is loaded: load a saved model or model files first.' });
    await commands.describeRun({ type: 'describeRunModel', requestId: 3, dataset: 'mnist' });
    expect(last()).toEqual({ type: 'runModelDescribed', requestId: 3 });
  });

  it('load a Keras file, predict with its insides, and keep it when a later load fails', async () => {
    const { commands, events, last } = harness();
    await commands.load({ type: 'loadModel', requestId: 1, source: { kind: 'files', files: [lenetFile] }, dataset: 'mnist' });
    expect(last()).toMatchObject({ type: 'modelLoaded', info: { name: 'lenet5.h5', origin: 'keras-h5', params: 61_706, problems: [] } });
    await commands.load({ type: 'loadModel', requestId: 2, source: { kind: 'files', files: [{ name: 'lstm.h5', bytes: await readFixture('lstm.h5') }] }, dataset: 'mnist' });
    expect(last()).toMatchObject({ type: 'modelFailed', operation: 'load', message: expect.stringMatching(/^lstm\.h5: Layer "lstm_1" \(LSTM\) is not supported/) as unknown });
    const before = tf.memory().numTensors;
    await commands.predict({ type: 'predict', requestId: 3, model: 'loaded', dataset: 'mnist', input: { kind: 'pixels', pixels: digit }, withInternals: true });
    expect(tf.memory().numTensors).toBe(before);
    const { event, transfer } = events.at(-1) ?? {};
    if (event?.type !== 'predicted') throw new Error(`got ${JSON.stringify(event)}`);
    expect(event.probabilities).toHaveLength(10);
    expect(event.internals?.featureMaps.map((maps) => maps.shape)).toEqual([[28, 28, 6], [10, 10, 16]]);
    expect(transfer).toHaveLength(4);
  });

  it('refuse a model that fits no dataset, keeping the model loaded before and freeing the refused one', async () => {
    const { commands, last } = harness();
    await commands.load({ type: 'loadModel', requestId: 1, source: { kind: 'files', files: [lenetFile] }, dataset: 'mnist' });
    const before = tf.memory().numTensors;
    await commands.load({ type: 'loadModel', requestId: 2, source: { kind: 'files', files: [{ name: 'tiny.h5', bytes: await readFixture('tiny-functional.h5') }] }, dataset: 'mnist' });
    expect(last()).toMatchObject({ type: 'modelFailed', operation: 'load', message: expect.stringContaining("takes 8×8×1 inputs but the dataset's images are 28×28×1") as unknown });
    expect(last()).toMatchObject({ message: expect.stringContaining('It fits none of the playground') as unknown });
    expect(tf.memory().numTensors).toBe(before);
    await commands.describeRun({ type: 'describeRunModel', requestId: 3, dataset: 'mnist' });
    await commands.predict({ type: 'predict', requestId: 4, model: 'loaded', dataset: 'mnist', input: { kind: 'pixels', pixels: digit.slice() }, withInternals: false });
    expect(last()).toMatchObject({ type: 'predicted', requestId: 4 });
  });

  it('refuse to predict or evaluate on a dataset the model does not fit', async () => {
    const { commands, last } = harness(tinyMnist());
    await commands.load({ type: 'loadModel', requestId: 1, source: { kind: 'files', files: [lenetFile] }, dataset: 'cifar10' });
    expect(last()).toMatchObject({ type: 'modelLoaded', info: { problems: ["The model takes 28×28×1 inputs but the dataset's images are 32×32×3."] } });
    await commands.predict({ type: 'predict', requestId: 2, model: 'loaded', dataset: 'cifar10', input: { kind: 'pixels', pixels: new Uint8Array(3072) }, withInternals: false });
    expect(last()).toEqual({ type: 'predictFailed', requestId: 2, message: "The model takes 28×28×1 inputs but the dataset's images are 32×32×3." });
    await commands.evaluate({ type: 'evaluateModel', requestId: 3, model: 'loaded', dataset: 'cifar10' });
    expect(last()).toMatchObject({ type: 'modelFailed', message: 'CIFAR-10 is not loaded yet; load it, then evaluate the model.' });
  });

  it('evaluate on the loaded test split', async () => {
    const { commands, last } = harness(tinyMnist());
    await commands.load({ type: 'loadModel', requestId: 1, source: { kind: 'files', files: [lenetFile] }, dataset: 'mnist' });
    await commands.evaluate({ type: 'evaluateModel', requestId: 2, model: 'loaded', dataset: 'mnist' });
    expect(last()).toMatchObject({ type: 'modelEvaluated', requestId: 2, model: 'loaded', dataset: 'mnist', count: 50 });
  });

  it('export TF.js Layers files that load back into the same model', async () => {
    const { commands, events, last } = harness();
    await commands.load({ type: 'loadModel', requestId: 1, source: { kind: 'files', files: [lenetFile] }, dataset: 'mnist' });
    await commands.predict({ type: 'predict', requestId: 2, model: 'loaded', dataset: 'mnist', input: { kind: 'pixels', pixels: digit.slice() }, withInternals: false });
    const expected = (last() as Extract<ModelEvent, { type: 'predicted' }>).probabilities;
    await commands.exportModel({ type: 'exportModel', requestId: 3, source: 'loaded' });
    const exported = last();
    if (exported.type !== 'modelExported') throw new Error(`got ${exported.type}`);
    expect(exported.name).toBe('lenet5');
    expect((JSON.parse(exported.modelJson) as tf.io.ModelJSON).weightsManifest[0]?.paths).toEqual(['weights.bin']);
    expect(events.at(-1)?.transfer).toEqual([exported.weights.buffer]);
    const reloaded = await loadModelFiles([{ name: 'model.json', bytes: new TextEncoder().encode(exported.modelJson) }, { name: 'weights.bin', bytes: exported.weights }]);
    const again = tf.tidy(() => Array.from((reloaded.model.predict(tf.tensor4d(Float32Array.from(digit, (v) => v / 255), [1, 28, 28, 1])) as tf.Tensor).dataSync()));
    again.forEach((p, i) => expect(p).toBeCloseTo(expected[i] ?? NaN, 6));
    reloaded.model.dispose();
  });

  it('refuse uploads that are empty, not images or too large, before decoding them', async () => {
    const { commands, last } = harness();
    await commands.load({ type: 'loadModel', requestId: 1, source: { kind: 'files', files: [lenetFile] }, dataset: 'mnist' });
    const webpHeader = Uint8Array.from([...'RIFF\0\0\0\0WEBPVP8X'].map((c) => c.charCodeAt(0)).concat([10, 0, 0, 0, 0x10, 0, 0, 0, 0x23, 0x21, 0, 0x8d, 0x16, 0, 0, 0]));
    const cases: [FileBytes, string][] = [
      [{ name: 'empty.png', bytes: new Uint8Array(0) }, 'empty.png is empty (0 bytes); upload a PNG, JPEG or WebP image.'],
      [{ name: 'notes.txt', bytes: new TextEncoder().encode('Hello, world') }, 'notes.txt is not a PNG, JPEG or WebP image (its first bytes are 48 65 6c 6c 6f 2c 20 77 ("Hello, w")); upload an image file.'],
      [{ name: 'photo.webp', bytes: webpHeader }, 'photo.webp is 8,484 × 5,774 pixels (49.0 megapixels); images up to 40 megapixels can be read in the browser tab. Scale it down (anything from 32 × 32 up works) and upload it again.'],
    ];
    for (const [file, message] of cases) {
      await commands.predict({ type: 'predict', requestId: 2, model: 'loaded', dataset: 'mnist', input: { kind: 'file', file }, withInternals: false });
      expect(last()).toEqual({ type: 'predictFailed', requestId: 2, fileName: file.name, message });
    }
  });
});
