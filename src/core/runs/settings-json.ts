/**
 * Training settings read back from an exported file: the shape of every field
 * (network layers, optimizer, augmentation) first, so that the playground's own
 * checks (trainingSettingsProblems) then see well-formed settings and say whether
 * they can train.
 */
import { FILL_MODES, type AugmentationSettings } from '../augment/settings';
import { DATASET_IDS, DATASETS } from '../datasets/catalog';
import { SPLIT_PROTOCOLS } from '../datasets/splits';
import { ACTIVATIONS, LAYER_KINDS, type Activation, type LayerSpec, type NetworkSpec } from '../model/spec';
import { OPTIMIZER_KINDS, trainingSettingsProblems, type OptimizerSettings, type TrainingSettings } from '../training/settings';
import {
  fail, optionalField, readArray, readBoolean, readChoice, readCount, readNumber, readObject, readString, type Reader,
} from './json-read';

const readLayer: Reader<LayerSpec> = (value, path) => {
  const layer = readObject(value, path);
  const kind = readChoice(layer.kind, `${path}.kind`, LAYER_KINDS);
  const num = (key: string): number => readNumber(layer[key], `${path}.${key}`);
  const activation = (): Activation => readChoice(layer.activation, `${path}.activation`, ACTIVATIONS);
  switch (kind) {
    case 'conv2d':
      return {
        kind, filters: num('filters'), kernelSize: num('kernelSize'), ...optionalField(layer, 'strides', path, readNumber),
        padding: readChoice(layer.padding, `${path}.padding`, ['same', 'valid'] as const), activation: activation(),
      };
    case 'maxPool2d':
    case 'avgPool2d':
      return { kind, poolSize: num('poolSize'), ...optionalField(layer, 'strides', path, readNumber) };
    case 'dense':
      return { kind, units: num('units'), activation: activation() };
    case 'dropout':
      return { kind, rate: num('rate') };
    case 'batchNorm':
      return { kind, ...optionalField(layer, 'momentum', path, readNumber), ...optionalField(layer, 'epsilon', path, readNumber) };
    case 'flatten':
      return { kind };
    case 'activation':
      return { kind, activation: activation() };
  }
};

const readNetwork: Reader<NetworkSpec> = (value, path) => {
  const network = readObject(value, path);
  const shape = readArray(network.inputShape, `${path}.inputShape`, readCount);
  const [height, width, channels] = shape;
  if (shape.length !== 3 || height === undefined || width === undefined || channels === undefined) fail(`${path}.inputShape`, 'is not [height, width, channels]');
  return { name: readString(network.name, `${path}.name`), inputShape: [height, width, channels], layers: readArray(network.layers, `${path}.layers`, readLayer) };
};

const readOptimizer: Reader<OptimizerSettings> = (value, path) => {
  const optimizer = readObject(value, path);
  const kind = readChoice(optimizer.kind, `${path}.kind`, OPTIMIZER_KINDS);
  const num = (key: string): number => readNumber(optimizer[key], `${path}.${key}`);
  switch (kind) {
    case 'adam':
      return { kind };
    case 'sgd':
      return { kind, momentum: num('momentum') };
    case 'rmsprop':
      return { kind, rho: num('rho'), epsilon: num('epsilon'), decay: num('decay') };
  }
};

const readAugmentation: Reader<AugmentationSettings> = (value, path) => {
  const augmentation = readObject(value, path);
  const num = (key: string): number => readNumber(augmentation[key], `${path}.${key}`);
  return {
    rotationDegrees: num('rotationDegrees'), widthShift: num('widthShift'), heightShift: num('heightShift'), zoom: num('zoom'),
    shearDegrees: num('shearDegrees'), horizontalFlip: readBoolean(augmentation.horizontalFlip, `${path}.horizontalFlip`),
    ...optionalField(augmentation, 'fillMode', path, (fill, at) => readChoice(fill, at, FILL_MODES)),
  };
};

function readFields(value: unknown, path: string): TrainingSettings {
  const settings = readObject(value, path);
  const num = (key: string): number => readNumber(settings[key], `${path}.${key}`);
  return {
    dataset: readChoice(settings.dataset, `${path}.dataset`, DATASET_IDS),
    network: readNetwork(settings.network, `${path}.network`),
    optimizer: readOptimizer(settings.optimizer, `${path}.optimizer`),
    learningRate: num('learningRate'), batchSize: num('batchSize'), epochs: num('epochs'),
    protocolId: readString(settings.protocolId, `${path}.protocolId`),
    ...optionalField(settings, 'trainLimit', path, readNumber),
    seed: num('seed'),
    ...optionalField(settings, 'augmentation', path, readAugmentation),
  };
}

/** Settings that are well-formed, use one of the dataset's split protocols and can train; else FormatError. */
export const readTrainingSettings: Reader<TrainingSettings> = (value, path) => {
  const settings = readFields(value, path);
  const protocols = SPLIT_PROTOCOLS[settings.dataset].map((protocol) => protocol.id);
  if (!protocols.includes(settings.protocolId)) {
    fail(`${path}.protocolId`, `"${settings.protocolId}" is not a split protocol of ${DATASETS[settings.dataset].label} (${protocols.join(', ')})`);
  }
  const [problem] = trainingSettingsProblems(settings);
  if (problem !== undefined) fail(path, `cannot train: ${problem}`);
  return settings;
};
