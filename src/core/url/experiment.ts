/**
 * An experiment: everything a shared link must reproduce. It is the training
 * settings in the terms the playground offers (a preset or a custom network, the
 * optimizer, the data, the seed) plus augmentation and the backend to run on.
 */
import { NO_AUGMENTATION, type AugmentationSettings } from '../augment/settings';
import type { BackendName } from '../backends';
import { DATASETS, type DatasetId } from '../datasets/catalog';
import { SPLIT_PROTOCOLS } from '../datasets/splits';
import { GMNET_DEFAULTS, presetNetwork, type GmnetOptions, type PresetId } from '../model/presets';
import type { LayerSpec, NetworkSpec } from '../model/spec';
import { PRESET_LABELS, PRESET_TRAINING } from '../training/defaults';
import { trainingSettingsProblems, type OptimizerSettings, type TrainingSettings } from '../training/settings';

/**
 * A preset network, GMNet with its swept options, or a network of one's own. A link
 * keeps only a custom network's layers: reading it back names the network
 * CUSTOM_NETWORK_NAME and gives it the dataset's input shape (see customNetwork).
 */
export type ArchitectureChoice =
  | { readonly id: Exclude<PresetId, 'gmnet'> }
  | { readonly id: 'gmnet'; readonly gmnet: GmnetOptions }
  | { readonly id: 'custom'; readonly network: NetworkSpec };

/** Where to train: the playground picks the fastest backend that starts, or the one named. */
export type BackendChoice = 'auto' | BackendName;

/** What a shared link reproduces. */
export interface Experiment {
  readonly dataset: DatasetId;
  readonly architecture: ArchitectureChoice;
  readonly optimizer: OptimizerSettings;
  /** Initial learning rate (before any decay). */
  readonly learningRate: number;
  readonly batchSize: number;
  readonly epochs: number;
  /** Use only this many training examples; undefined = all of the split's training examples. */
  readonly trainLimit: number | undefined;
  /** Split protocol id, one of SPLIT_PROTOCOLS[dataset]. */
  readonly protocolId: string;
  /** Seeds the split, the shuffles, the initial weights, dropout and augmentation. */
  readonly seed: number;
  /** NO_AUGMENTATION when off. */
  readonly augmentation: AugmentationSettings;
  readonly backend: BackendChoice;
}

/** The name a custom network gets (links carry only its layers). */
export const CUSTOM_NETWORK_NAME = 'Custom network';

/** Every preset id, in the order PRESET_TRAINING lists them. */
export const PRESET_IDS: readonly PresetId[] = Object.keys(PRESET_TRAINING).filter((key): key is PresetId => key in PRESET_TRAINING);

/** The first preset made for the dataset: LeNet-5 for MNIST, the CIFAR-10 CNN for CIFAR-10. */
export function defaultPreset(dataset: DatasetId): PresetId {
  const found = PRESET_IDS.find((id) => PRESET_TRAINING[id].dataset === dataset);
  if (found === undefined) throw new Error(`No preset network is made for ${dataset}.`);
  return found;
}

/** A preset as an architecture choice (GMNet with its canonical options). */
export function presetChoice(id: PresetId): ArchitectureChoice {
  return id === 'gmnet' ? { id, gmnet: GMNET_DEFAULTS } : { id };
}

/** A custom network over the dataset's images. */
export function customNetwork(dataset: DatasetId, layers: readonly LayerSpec[]): NetworkSpec {
  return { name: CUSTOM_NETWORK_NAME, inputShape: DATASETS[dataset].imageShape, layers };
}

/**
 * The experiment the playground starts with for a dataset and an architecture: the
 * preset's PRESET_TRAINING (a custom network takes the dataset's first preset's),
 * all training examples, seed 1, no augmentation, backend auto. Link parameters
 * that are left out take their values from here.
 */
export function baselineExperiment(dataset: DatasetId, architecture: ArchitectureChoice): Experiment {
  const preset = architecture.id === 'custom' ? defaultPreset(dataset) : architecture.id;
  const { optimizer, learningRate, batchSize, epochs, protocolId } = PRESET_TRAINING[preset];
  return { dataset, architecture, optimizer, learningRate, batchSize, epochs, trainLimit: undefined, protocolId, seed: 1, augmentation: NO_AUGMENTATION, backend: 'auto' };
}

/** LeNet-5 on MNIST with its preset training settings, seed 1, no augmentation, backend auto. */
export const DEFAULT_EXPERIMENT: Experiment = baselineExperiment('mnist', presetChoice('lenet5'));

/** The network an architecture choice stands for. */
export function architectureNetwork(architecture: ArchitectureChoice): NetworkSpec {
  switch (architecture.id) {
    case 'custom':
      return architecture.network;
    case 'gmnet':
      return presetNetwork('gmnet', architecture.gmnet);
    default:
      return presetNetwork(architecture.id);
  }
}

/** The settings a run of the experiment trains with. */
export function experimentToSettings(experiment: Experiment): TrainingSettings {
  const { dataset, optimizer, learningRate, batchSize, epochs, trainLimit, protocolId, seed, augmentation } = experiment;
  return { dataset, network: architectureNetwork(experiment.architecture), optimizer, learningRate, batchSize, epochs, trainLimit, protocolId, seed, augmentation };
}

/** Why a preset cannot train on the dataset, or undefined when it can. */
export function presetFitProblem(id: PresetId, dataset: DatasetId): string | undefined {
  const madeFor = PRESET_TRAINING[id].dataset;
  return madeFor === dataset ? undefined : `${PRESET_LABELS[id]} is made for ${DATASETS[madeFor].label}, not ${DATASETS[dataset].label}`;
}

/**
 * Every reason the experiment cannot run: trainingSettingsProblems (augmentation
 * included), plus a split protocol that is not the dataset's (findProtocol would
 * quietly use the default). Empty when it can run.
 */
export function experimentProblems(experiment: Experiment): string[] {
  const protocols = SPLIT_PROTOCOLS[experiment.dataset];
  const unknownSplit = protocols.some((protocol) => protocol.id === experiment.protocolId)
    ? []
    : [`${experiment.protocolId} is not a split protocol of ${DATASETS[experiment.dataset].label}; choose ${protocols.map((protocol) => protocol.id).join(' or ')}.`];
  return [...unknownSplit, ...trainingSettingsProblems(experimentToSettings(experiment))];
}
