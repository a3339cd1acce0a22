/**
 * The MNIST coursework's experiment map as a queue of five runs: LeNet, LeNet_D_A,
 * IvanNet, GMNet, GMNet_D_A. Settings come from the playground's experiment presets
 * (the coursework's optimizers, learning rates, batch sizes and split protocols, and
 * its augmentation), with fewer epochs than the coursework's 20 so the map fits in a
 * lesson; names and labels say how many.
 */
import { EXPERIMENT_PRESETS } from '../training/experiments';
import type { TrainingSettings } from '../training/settings';
import { experimentToSettings } from '../url/experiment';
import type { RunStart } from './record';

/** Epochs each MNIST run trained in the coursework. */
export const COURSEWORK_MNIST_EPOCHS = 20;

/** Epochs per run the map queues unless told otherwise. */
export const DEFAULT_MAP_EPOCHS = 3;

/** Tag every run of the map carries. */
export const EXPERIMENT_MAP_TAG = 'experiment map';

/** One experiment of the map. */
export interface MapExperiment {
  /** The experiment preset it comes from (EXPERIMENT_PRESETS). */
  readonly presetId: string;
  /** The coursework's name for it: LeNet, LeNet_D_A, IvanNet, GMNet, GMNet_D_A. */
  readonly name: string;
  /** The name and the epochs, e.g. "LeNet_D_A (3 of the coursework's 20 epochs)". */
  readonly label: string;
  readonly settings: TrainingSettings;
}

/** The map's experiments in the coursework's order: preset id and coursework name. */
const MAP: ReadonlyArray<readonly [string, string]> = [
  ['lenet', 'LeNet'], ['lenet-da', 'LeNet_D_A'], ['ivannet', 'IvanNet'], ['gmnet', 'GMNet'], ['gmnet-da', 'GMNet_D_A'],
];

/** How the epochs compare with the coursework's, in words. */
export function epochsNote(epochs: number): string {
  if (epochs === COURSEWORK_MNIST_EPOCHS) return `the coursework's ${COURSEWORK_MNIST_EPOCHS} epochs`;
  if (epochs < COURSEWORK_MNIST_EPOCHS) return `${epochs} of the coursework's ${COURSEWORK_MNIST_EPOCHS} epochs`;
  return `${epochs} epochs; the coursework trained ${COURSEWORK_MNIST_EPOCHS}`;
}

/** The group label of the map's runs, e.g. "Coursework experiment map (3 of the coursework's 20 epochs)". */
export function experimentMapGroup(epochs: number): string {
  return `Coursework experiment map (${epochsNote(epochs)})`;
}

/** Options of the map: epochs per run (whole number ≥ 1) and the seed of every run. */
export interface MapOptions {
  readonly epochs?: number;
  readonly seed?: number;
}

/** The five experiments, in the coursework's order; throws RangeError for epochs that are not a whole number ≥ 1. */
export function experimentMap(options: MapOptions = {}): MapExperiment[] {
  const epochs = options.epochs ?? DEFAULT_MAP_EPOCHS;
  if (!Number.isInteger(epochs) || epochs < 1) throw new RangeError(`Epochs per run must be a whole number ≥ 1; got ${epochs}.`);
  return MAP.map(([presetId, name]) => {
    const preset = EXPERIMENT_PRESETS.find((entry) => entry.id === presetId);
    if (!preset) throw new Error(`The experiment preset ${presetId} is missing.`);
    const settings = { ...experimentToSettings(preset.experiment), epochs, ...(options.seed === undefined ? {} : { seed: options.seed }) };
    return { presetId, name, label: `${name} (${epochsNote(epochs)})`, settings };
  });
}

/** The map as start data for the run queue: named runs in one group, tagged EXPERIMENT_MAP_TAG. */
export function experimentMapQueue(options: MapOptions = {}): RunStart[] {
  const experiments = experimentMap(options);
  const group = experimentMapGroup(experiments[0]?.settings.epochs ?? DEFAULT_MAP_EPOCHS);
  return experiments.map((experiment) => ({ name: experiment.label, settings: experiment.settings, tags: [EXPERIMENT_MAP_TAG], group }));
}
