import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarizeNetwork } from '../../core/model/shapes';
import { ivannet } from '../../core/model/presets';
import { defaultOptimizer, type TrainingSettings } from '../../core/training/settings';
import { buildModel } from './build-model';
import { exportArtifacts, METADATA_KEY } from './export';
import { exportMetadata, loadLayersFromArtifacts } from './load';

const spec = ivannet();
const settings: TrainingSettings = {
  dataset: 'mnist', network: spec, optimizer: defaultOptimizer('adam'), learningRate: 0.01,
  batchSize: 32, epochs: 1, protocolId: 'lenet', seed: 5,
};
let model: tf.Sequential;
let inputs: tf.Tensor4D;

/** Every weight set to distinct positive values, so batch-norm statistics matter too. */
function scrambleWeights(target: tf.LayersModel): void {
  const values = target.getWeights().map((weight, i) => tf.randomUniform(weight.shape, 0.05, 0.5, 'float32', 100 + i));
  target.setWeights(values);
  tf.dispose(values);
}

const predict = (target: tf.LayersModel): Float32Array => tf.tidy(() => (target.predict(inputs) as tf.Tensor).dataSync() as Float32Array);
const classNames = (topology: unknown): string[] => [...JSON.stringify(topology).matchAll(/"class_name":"(\w+)"/g)].map((match) => match[1] ?? '');

beforeAll(async () => {
  await tf.setBackend('wasm');
  model = buildModel(spec, 5);
  scrambleWeights(model);
  inputs = tf.randomUniform([3, 28, 28, 1], 0, 1, 'float32', 7) as tf.Tensor4D;
});

afterAll(() => {
  model.dispose();
  inputs.dispose();
});

describe('exportArtifacts', () => {
  it("writes TF.js's standard Dropout, never our SeededDropout", async () => {
    const artifacts = await exportArtifacts(model, spec, settings);
    const names = classNames(artifacts.modelTopology);
    expect(names.filter((name) => name === 'Dropout')).toHaveLength(4);
    expect(JSON.stringify(artifacts.modelTopology)).not.toContain('SeededDropout');
    expect(names).toContain('BatchNormalization');
    expect(artifacts.format).toBe('layers-model');
  });

  it('holds every weight, as many bytes as the spec counts parameters', async () => {
    const artifacts = await exportArtifacts(model, spec);
    const bytes = tf.io.CompositeArrayBuffer.join(artifacts.weightData!).byteLength;
    expect(bytes).toBe(4 * summarizeNetwork(spec).params);
    expect(artifacts.weightSpecs?.map((weight) => weight.name)).toEqual(model.weights.map((weight) => weight.originalName));
  });

  it('stores the spec and the training settings in userDefinedMetadata', async () => {
    const artifacts = await exportArtifacts(model, spec, settings);
    expect(Object.keys(artifacts.userDefinedMetadata ?? {})).toEqual([METADATA_KEY]);
    expect(exportMetadata(artifacts)).toEqual({ version: 1, spec, settings });
    expect(exportMetadata(await exportArtifacts(model, spec))).toEqual({ version: 1, spec });
  });

  it('loads back into a model that predicts exactly the same', async () => {
    const before = predict(model);
    const loaded = await loadLayersFromArtifacts(await exportArtifacts(model, spec, settings));
    expect(loaded.layers.map((layer) => layer.getClassName())).toContain('Dropout');
    expect(predict(loaded)).toEqual(before);
    expect(predict(model)).toEqual(before);
    loaded.dispose();
  });

  it('leaves the model as it was and no tensor behind', async () => {
    const tensors = tf.memory().numTensors;
    const artifacts = await exportArtifacts(model, spec, settings);
    const loaded = await loadLayersFromArtifacts(artifacts);
    loaded.dispose();
    expect(tf.memory().numTensors).toBe(tensors);
    expect(model.layers.map((layer) => layer.getClassName())).toContain('SeededDropout');
  });

  it('refuses a spec that is not the model', async () => {
    await expect(exportArtifacts(model, { ...spec, layers: spec.layers.slice(1) })).rejects.toThrow(/has 14 layers but the spec "IvanNet" has 13/);
  });
});
