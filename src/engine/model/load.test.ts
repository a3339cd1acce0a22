import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '../../core/datasets/catalog';
import { cifarG3, lenet5 } from '../../core/model/presets';
import type { NetworkSpec } from '../../core/model/spec';
import { buildModel } from './build-model';
import { exportArtifacts } from './export';
import { exportMetadata, loadLayersFromArtifacts, loadModel, ModelLoadError, modelFitProblems } from './load';

const { mnist, cifar10 } = DATASETS;

beforeAll(async () => {
  await tf.setBackend('wasm');
});

function withModel(spec: NetworkSpec, check: (model: tf.LayersModel) => void): void {
  const model = buildModel(spec, 1);
  try {
    check(model);
  } finally {
    model.dispose();
  }
}

describe('modelFitProblems', () => {
  it('accepts a model that fits the dataset', () => {
    withModel(lenet5(), (model) => expect(modelFitProblems(model, mnist.imageShape, 10)).toEqual([]));
    withModel(cifarG3(), (model) => expect(modelFitProblems(model, cifar10.imageShape, 10)).toEqual([]));
  });

  it('names both shapes when the input does not fit', () => {
    withModel(lenet5(), (model) => expect(modelFitProblems(model, cifar10.imageShape, 10)).toEqual([
      "The model takes 28×28×1 inputs but the dataset's images are 32×32×3.",
    ]));
  });

  it('wants one output unit per class', () => {
    const fiveClasses: NetworkSpec = { ...lenet5(), layers: [...lenet5().layers.slice(0, -1), { kind: 'dense', units: 5, activation: 'softmax' }] };
    withModel(fiveClasses, (model) => expect(modelFitProblems(model, mnist.imageShape, 10)).toEqual([
      'The model outputs 5 values but the dataset has 10 classes (one output unit per class needed).',
    ]));
  });
});

describe('loading', () => {
  it('loads through the format switch', async () => {
    const spec = lenet5();
    const model = buildModel(spec, 1);
    const artifacts = await exportArtifacts(model, spec);
    const loaded = await loadModel({ format: 'tfjs-layers', artifacts });
    expect(loaded.countParams()).toBe(model.countParams());
    expect(exportMetadata(artifacts)?.spec).toEqual(spec);
    model.dispose();
    loaded.dispose();
  });

  it('turns a broken topology into a one-line ModelLoadError', async () => {
    const broken = { modelTopology: { class_name: 'Sequential', config: { layers: [{ class_name: 'Warp', config: {} }] } }, weightSpecs: [], weightData: new ArrayBuffer(0) };
    await expect(loadLayersFromArtifacts(broken)).rejects.toThrow(ModelLoadError);
    await expect(loadLayersFromArtifacts(broken)).rejects.toThrow(/^cannot build the model: .*Warp[^\n]*$/);
  });

  it('refuses artifacts that lack weights', async () => {
    const spec = lenet5();
    const model = buildModel(spec, 1);
    const artifacts = await exportArtifacts(model, spec);
    model.dispose();
    await expect(loadLayersFromArtifacts({ ...artifacts, weightSpecs: artifacts.weightSpecs?.slice(1) ?? [] })).rejects.toThrow(ModelLoadError);
  });

  it('finds no playground metadata in foreign artifacts', () => {
    expect(exportMetadata({ modelTopology: {} })).toBeUndefined();
    expect(exportMetadata({ modelTopology: {}, userDefinedMetadata: { convnetPlayground: { version: 2 } } })).toBeUndefined();
  });
});
