import { KerasImportError } from './errors';
import { chainLayers } from './functional-chain';
import { asArray, asObject, asString, isObject, showValue, type JsonObject } from './json';
import type { LayerContext } from './layer-options';
import { isInputLayer } from './layers';

/** One layer of the model to build, in order. */
export interface PlannedLayer extends LayerContext {
  /**
   * The layer's group under `layers/` in a Keras 3 archive's model.weights.h5: its
   * snake_case class name, with _1, _2 … for later layers of the same class.
   */
  readonly weightsKey: string;
}

/** A Keras model config reduced to what the importer builds: one input, a chain of layers. */
export interface ModelPlan {
  readonly name: string;
  /** [null, height, width, channels] (or another rank): the batch axis is left open. */
  readonly batchInputShape: (number | null)[];
  readonly layers: readonly PlannedLayer[];
}

/** A layer entry of config.layers: its class, name and config (Keras 2 and Keras 3 alike). */
export interface LayerEntry extends LayerContext {
  readonly entry: JsonObject;
}

const unsupported = (message: string): KerasImportError => new KerasImportError('unsupported', message);

/** Reads entry `index` of config.layers. */
export function readLayerEntry(value: unknown, index: number): LayerEntry {
  const entry = asObject(value, `Layer ${index + 1} of the model config`);
  const className = asString(entry['class_name'], `The class_name of layer ${index + 1}`);
  const config = asObject(entry['config'], `The config of layer ${index + 1} (${className})`);
  const name = asString(config['name'] ?? entry['name'], `The name of layer ${index + 1} (${className})`);
  return { ref: { name, className }, config, entry };
}

/** keras.src.utils.naming.to_snake_case, which names a .keras archive's layer groups. */
export function toSnakeCase(name: string): string {
  return name
    .replace(/\W+/g, '')
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/** Each layer's weightsKey, counted over the layers in config order. */
function withWeightsKeys(inConfigOrder: readonly LayerEntry[], inModelOrder: readonly LayerEntry[]): PlannedLayer[] {
  const used = new Map<string, number>();
  const keys = new Map<LayerEntry, string>();
  for (const layer of inConfigOrder) {
    const base = toSnakeCase(layer.ref.className);
    const count = used.get(base);
    used.set(base, count === undefined ? 0 : count + 1);
    keys.set(layer, count === undefined ? base : `${base}_${count + 1}`);
  }
  return inModelOrder.map((layer) => ({ ref: layer.ref, config: layer.config, weightsKey: keys.get(layer) ?? '' }));
}

/** A batch shape from a config: [batch, ...sides], every side a whole number ≥ 1. */
function readBatchShape(value: unknown, where: string): (number | null)[] {
  const shape = asArray(value, where);
  const sides = shape.slice(1);
  if (shape.length < 2) throw new KerasImportError('bad-config', `${where} ${showValue(value)} has no sides`);
  if (!sides.every((side) => Number.isInteger(side) && (side as number) >= 1)) {
    throw unsupported(`The model's input shape ${showValue(value)} has sides of unknown size; the playground imports fixed input shapes only`);
  }
  return [null, ...(sides as number[])];
}

/** The input shape of a Sequential: its InputLayer, else its first layer's, else build_input_shape. */
function sequentialInputShape(input: LayerEntry | undefined, first: LayerEntry | undefined, config: JsonObject): (number | null)[] {
  const candidates: [unknown, string][] = [
    [input?.config['batch_input_shape'] ?? input?.config['batch_shape'], 'The InputLayer\'s batch shape'],
    [first?.config['batch_input_shape'] ?? first?.config['batch_shape'], 'The first layer\'s batch_input_shape'],
    [config['build_input_shape'], 'The model\'s build_input_shape'],
  ];
  const found = candidates.find(([value]) => value !== undefined && value !== null);
  if (!found) throw new KerasImportError('bad-config', 'The model config gives no input shape (no InputLayer, batch_input_shape or build_input_shape)');
  return readBatchShape(found[0], found[1]);
}

function sequentialPlan(value: unknown): ModelPlan {
  const config: JsonObject = Array.isArray(value) ? { layers: value } : asObject(value, 'The Sequential model\'s config');
  const entries = asArray(config['layers'], 'The model config\'s layers').map(readLayerEntry);
  const input = entries[0] && isInputLayer(entries[0].entry) ? entries[0] : undefined;
  const layers = input ? entries.slice(1) : entries;
  const stray = layers.find((layer) => isInputLayer(layer.entry));
  if (stray) throw unsupported(`The model has a second InputLayer, "${stray.ref.name}"; the playground imports models with one input`);
  return {
    name: typeof config['name'] === 'string' ? config['name'] : 'sequential',
    batchInputShape: sequentialInputShape(input, layers[0], config),
    layers: withWeightsKeys(layers, layers),
  };
}

function functionalPlan(value: unknown): ModelPlan {
  const config = asObject(value, 'The Functional model\'s config');
  const entries = asArray(config['layers'], 'The model config\'s layers').map(readLayerEntry);
  const { input, layers } = chainLayers(config, entries);
  return {
    name: typeof config['name'] === 'string' ? config['name'] : 'model',
    batchInputShape: readBatchShape(input.config['batch_input_shape'] ?? input.config['batch_shape'], 'The InputLayer\'s batch shape'),
    layers: withWeightsKeys(entries.filter((entry) => !isInputLayer(entry.entry)), layers),
  };
}

/**
 * Reads a Keras model config ({class_name, config} as in an .h5 file's model_config
 * or a .keras archive's config.json) into the layers to build. Sequential models
 * and Functional models that are a plain chain are accepted; anything else throws
 * a KerasImportError saying why.
 */
export function planModel(modelConfig: unknown): ModelPlan {
  const top = asObject(modelConfig, 'The model config');
  const className = top['class_name'];
  if (className === 'Sequential') return sequentialPlan(top['config']);
  if (className === 'Functional' || className === 'Model') return functionalPlan(top['config']);
  const kind = isObject(top['config']) || typeof className === 'string' ? showValue(className) : 'not a Keras model';
  throw unsupported(`The model is ${kind}; the playground imports Sequential models and Functional models that are a plain chain of layers`);
}
