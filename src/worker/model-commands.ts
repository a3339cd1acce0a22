/**
 * The model commands of the protocol, each answered with its event or with
 * modelFailed / predictFailed carrying a message the page shows as it is.
 */
import type * as tf from '@tensorflow/tfjs';
import { DATASETS, type DatasetId } from '../core/datasets/catalog';
import type {
  DeleteModelCommand, DescribeRunModelCommand, EvaluateModelCommand, ExportModelCommand, ListModelsCommand, LoadModelCommand,
  ModelOperation, PredictCommand, RenameModelCommand, SaveModelCommand, SavedModelSummary,
} from '../core/model-protocol';
import type { WorkerEvent } from '../core/protocol';
import { layersModelJson, weightBytes, WEIGHTS_FILE } from '../engine/model/artifacts';
import { testReport } from '../engine/training/evaluate';
import type { LoadedDataset } from './load-dataset';
import { deleteStoredModel, listStoredModels, readStoredModel, renameStoredModel, storeModel } from './model-store';
import { fileBaseName, type ModelSlots } from './models';
import { predict } from './predict-command';

type Post = (event: WorkerEvent, transfer?: Transferable[]) => void;

/** What the model commands need from the worker. */
export interface ModelContext {
  readonly post: Post;
  readonly slots: ModelSlots;
  /** The dataset as loaded in the worker, if it is. */
  readonly dataset: (id: DatasetId) => LoadedDataset | undefined;
  /** Resolves once a backend runs (model work waits for it). */
  readonly ready: () => Promise<void>;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A name for a saved model: trimmed, not empty. */
function checkedName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('Give the model a name.');
  return trimmed;
}

/** A new saved model's id: 128 random bits as hex (getRandomValues works outside secure contexts too, unlike randomUUID). */
function newModelId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Answers the model commands; one method per command. */
export class ModelCommands {
  constructor(private readonly context: ModelContext) {}

  /** predicted, or predictFailed (with the file's name for an upload). */
  async predict(command: PredictCommand): Promise<void> {
    try {
      await this.context.ready();
      const { event, transfer } = await predict(command, this.context.slots);
      this.context.post(event, transfer);
    } catch (error) {
      const fileName = command.input.kind === 'file' ? { fileName: command.input.file.name } : {};
      this.context.post({ type: 'predictFailed', requestId: command.requestId, ...fileName, message: messageOf(error) });
    }
  }

  /** modelLoaded; the model loaded before stays when the load fails. */
  load(command: LoadModelCommand): Promise<void> {
    return this.attempt(command.requestId, 'load', async () => {
      const slot = await this.context.slots.load(command.source, command.dataset);
      this.context.post({ type: 'modelLoaded', requestId: command.requestId, info: this.context.slots.describe(slot, command.dataset) });
    });
  }

  /** runModelDescribed, without info before any run built a model. */
  describeRun(command: DescribeRunModelCommand): Promise<void> {
    return this.attempt(command.requestId, 'describe', () => {
      const slot = this.context.slots.find('run');
      this.context.post({ type: 'runModelDescribed', requestId: command.requestId, ...(slot ? { info: this.context.slots.describe(slot, command.dataset) } : {}) });
      return Promise.resolve();
    });
  }

  /** Stores the model (summary and data together), then modelsListed with its id. */
  save(command: SaveModelCommand): Promise<void> {
    return this.attempt(command.requestId, 'save', async () => {
      const name = checkedName(command.name);
      const slot = this.context.slots.get(command.model);
      const info = this.context.slots.describe(slot, command.dataset);
      const artifacts = await this.context.slots.artifacts(slot);
      const summary: SavedModelSummary = {
        id: newModelId(), name, savedAt: Date.now(), dataset: command.dataset, origin: slot.savedOrigin, params: info.params,
        inputShape: info.inputShape, classCount: info.classCount, testAccuracy: command.testAccuracy, weightBytes: weightBytes(artifacts).length,
      };
      await storeModel(summary, artifacts);
      await this.list({ type: 'listModels', requestId: command.requestId }, summary.id);
    });
  }

  /** modelsListed, newest first (with `savedId` after a save). */
  list(command: ListModelsCommand, savedId?: string): Promise<void> {
    return this.attempt(command.requestId, 'list', async () => {
      const models = await listStoredModels();
      this.context.post({ type: 'modelsListed', requestId: command.requestId, models, ...(savedId ? { savedId } : {}) });
    });
  }

  /** Renames a saved model, then modelsListed. */
  rename(command: RenameModelCommand): Promise<void> {
    return this.attempt(command.requestId, 'rename', async () => {
      await renameStoredModel(command.id, checkedName(command.name));
      await this.list({ type: 'listModels', requestId: command.requestId });
    });
  }

  /** Deletes a saved model's summary and data, then modelsListed. */
  remove(command: DeleteModelCommand): Promise<void> {
    return this.attempt(command.requestId, 'delete', async () => {
      await deleteStoredModel(command.id);
      await this.list({ type: 'listModels', requestId: command.requestId });
    });
  }

  /** modelExported: model.json's text pointing at weights.bin, and the weights (transferred). */
  exportModel(command: ExportModelCommand): Promise<void> {
    return this.attempt(command.requestId, 'export', async () => {
      const { name, artifacts } = await this.exportable(command.source);
      const weights = weightBytes(artifacts);
      const modelJson = JSON.stringify(layersModelJson(artifacts, WEIGHTS_FILE));
      this.context.post({ type: 'modelExported', requestId: command.requestId, name: fileBaseName(name), modelJson, weights }, [weights.buffer]);
    });
  }

  /** modelEvaluated on the whole loaded test split; refused while the run trains the model (its weights move). */
  evaluate(command: EvaluateModelCommand): Promise<void> {
    return this.attempt(command.requestId, 'evaluate', async () => {
      const started = performance.now();
      const slot = this.context.slots.get(command.model);
      const { label, classNames } = DATASETS[command.dataset];
      const data = this.context.dataset(command.dataset);
      if (!data) throw new Error(`${label} is not loaded yet; load it, then evaluate the model.`);
      const problems = this.context.slots.describe(slot, command.dataset).problems;
      if (problems.length > 0) throw new Error(problems.join(' '));
      if (slot.run?.training) throw new Error('The run is still training this model; evaluate it when the run has finished, or pause the run first.');
      const test = await testReport(slot.model, data.test, classNames.length);
      this.context.post({
        type: 'modelEvaluated', requestId: command.requestId, model: command.model, dataset: command.dataset, test,
        count: data.test.count, elapsedMs: performance.now() - started,
      });
    });
  }

  private async exportable(source: ExportModelCommand['source']): Promise<{ name: string; artifacts: tf.io.ModelArtifacts }> {
    if (typeof source === 'object') {
      const { summary, artifacts } = await readStoredModel(source.savedId);
      return { name: summary.name, artifacts };
    }
    const slot = this.context.slots.get(source);
    return { name: slot.name, artifacts: await this.context.slots.artifacts(slot) };
  }

  /** Runs a command once a backend runs; any failure becomes modelFailed with its message. */
  private async attempt(requestId: number, operation: ModelOperation, action: () => Promise<void>): Promise<void> {
    try {
      await this.context.ready();
      await action();
    } catch (error) {
      this.context.post({ type: 'modelFailed', requestId, operation, message: messageOf(error) });
    }
  }
}
