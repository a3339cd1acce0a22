/**
 * The worker's two models: the training run's (reached through the RunManager, live
 * while it trains) and the one "loaded" model, from a save or from files, which a
 * new load replaces only when it succeeds.
 */
import type * as tf from '@tensorflow/tfjs';
import { DATASETS, DATASET_IDS, type DatasetId } from '../core/datasets/catalog';
import { fileSlug } from '../core/util/file-name';
import type { ModelInfo, ModelOrigin, ModelRef, ModelSourceRef } from '../core/model-protocol';
import { modelArtifacts } from '../engine/model/artifacts';
import { describeModel } from '../engine/model/describe';
import { exportArtifacts } from '../engine/model/export';
import { loadModelFiles } from '../engine/model/load-files';
import { loadLayersFromArtifacts } from '../engine/model/load';
import { readStoredModel } from './model-store';
import type { RunManager, RunModel } from './run-manager';

/** A model the commands can use, with what they say about it. */
export interface ModelSlot {
  readonly model: tf.LayersModel;
  readonly name: string;
  /** Where it came from, as ModelInfo says. */
  readonly origin: ModelOrigin;
  /** The origin a save records: a model loaded from a save keeps the save's. */
  readonly savedOrigin: ModelOrigin;
  /** Time to read and build it, ms (0 for the run's model). */
  readonly loadMs: number;
  /** For the run's model: its spec and settings, and whether it is training. */
  readonly run?: RunModel;
}

/** Why a command that needs a model has none. */
const NO_MODEL: Readonly<Record<ModelRef, string>> = {
  run: 'No run has built a model yet: train one first, or load a model.',
  loaded: 'No model is loaded: load a saved model or model files first.',
};

/** A name safe for file names: its extension dropped, odd characters as "-". */
export function fileBaseName(name: string): string {
  return fileSlug(name.replace(/\.(h5|hdf5|keras|json)$/i, ''), 'model');
}

/** The run's model and the loaded one. */
export class ModelSlots {
  private loaded: ModelSlot | undefined;

  constructor(private readonly runs: RunManager) {}

  /** The model `ref` names, or undefined when there is none yet. */
  find(ref: ModelRef): ModelSlot | undefined {
    if (ref === 'loaded') return this.loaded;
    const run = this.runs.runModel();
    return run && { model: run.model, name: run.spec.name, origin: 'trained', savedOrigin: 'trained', loadMs: 0, run };
  }

  /** The model `ref` names; throws a message saying what to do when there is none. */
  get(ref: ModelRef): ModelSlot {
    const slot = this.find(ref);
    if (!slot) throw new Error(NO_MODEL[ref]);
    return slot;
  }

  /** What the page shows of a model, judged against `dataset`. */
  describe(slot: ModelSlot, dataset: DatasetId): ModelInfo {
    const { imageShape, classNames } = DATASETS[dataset];
    return describeModel(slot.model, slot.name, slot.origin, imageShape, classNames.length, slot.loadMs);
  }

  /**
   * Loads a model into the "loaded" slot; the previous one is freed only once the new
   * one is built. A model that fits none of the datasets is refused (and freed), with
   * why it does not fit `dataset`, so the model loaded before stays in use.
   */
  async load(source: ModelSourceRef, dataset: DatasetId): Promise<ModelSlot> {
    const started = performance.now();
    const built = source.kind === 'saved' ? await this.fromSave(source.id) : await this.fromFiles(source.files);
    const slot: ModelSlot = { ...built, loadMs: performance.now() - started };
    const misfit = this.misfit(slot, dataset);
    if (misfit) {
      slot.model.dispose();
      throw new Error(misfit);
    }
    const previous = this.loaded;
    this.loaded = slot;
    if (previous && previous.model !== slot.model) previous.model.dispose();
    return slot;
  }

  /** The model as TF.js Layers artifacts: the run's through exportArtifacts (standard layers, spec, settings), a loaded one as it is. */
  artifacts(slot: ModelSlot): Promise<tf.io.ModelArtifacts> {
    return slot.run ? exportArtifacts(slot.model, slot.run.spec, slot.run.settings) : modelArtifacts(slot.model);
  }

  /** Why the model fits no dataset (its problems with `dataset` first), or undefined when one fits. */
  private misfit(slot: ModelSlot, dataset: DatasetId): string | undefined {
    if (DATASET_IDS.some((id) => this.describe(slot, id).problems.length === 0)) return undefined;
    const shapes = DATASET_IDS.map((id) => `${DATASETS[id].label} (${DATASETS[id].imageShape.join('×')} images, ${DATASETS[id].classNames.length} classes)`);
    return `${this.describe(slot, dataset).problems.join(' ')} It fits none of the playground's datasets: ${shapes.join(', ')}.`;
  }

  private async fromSave(id: string): Promise<Omit<ModelSlot, 'loadMs'>> {
    const { summary, artifacts } = await readStoredModel(id);
    return { model: await loadLayersFromArtifacts(artifacts), name: summary.name, origin: 'saved', savedOrigin: summary.origin };
  }

  private async fromFiles(files: Parameters<typeof loadModelFiles>[0]): Promise<Omit<ModelSlot, 'loadMs'>> {
    const { model, fileName, origin } = await loadModelFiles(files);
    return { model, name: fileName, origin, savedOrigin: origin };
  }
}
