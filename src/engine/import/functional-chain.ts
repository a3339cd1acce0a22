import { KerasImportError, layerLabel } from './errors';
import { isObject, showValue, type JsonObject } from './json';
import { isInputLayer } from './layers';
import type { LayerEntry } from './model-config';

const refuse = (message: string): KerasImportError =>
  new KerasImportError('unsupported', `${message}; the playground imports Sequential models and Functional models that are a plain chain of layers`);

/**
 * The layer names in a model's input_layers or output_layers: a list of
 * [name, node, tensor] (Keras 2, and Keras 3 for list inputs) or one flat
 * [name, node, tensor] (Keras 3 for a single tensor).
 */
function endpointNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  if (typeof value[0] === 'string') return [value[0]];
  return value.map((item: unknown) => (Array.isArray(item) && typeof item[0] === 'string' ? item[0] : '?'));
}

/** Names of the layers whose outputs feed one inbound node, Keras 2 or Keras 3 style. */
function nodeSources(node: unknown): string[] {
  if (Array.isArray(node)) {
    return node.map((tensor: unknown) => (Array.isArray(tensor) && typeof tensor[0] === 'string' ? tensor[0] : '?'));
  }
  const sources: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      const history = isObject(value['config']) ? value['config']['keras_history'] : undefined;
      if (value['class_name'] === '__keras_tensor__' && Array.isArray(history) && typeof history[0] === 'string') sources.push(history[0]);
      else Object.values(value).forEach(visit);
    }
  };
  if (isObject(node)) visit([node['args'], node['kwargs']]);
  return sources;
}

/** The one layer that feeds `layer`, refusing shared layers and layers with several inputs. */
function parentOf(layer: LayerEntry): string {
  const nodes = Array.isArray(layer.entry['inbound_nodes']) ? (layer.entry['inbound_nodes'] as unknown[]) : [];
  if (nodes.length !== 1) refuseNodes(layer, nodes.length);
  const sources = nodeSources(nodes[0]);
  if (sources.length !== 1 || sources[0] === undefined) {
    throw refuse(`${layerLabel(layer.ref)} takes ${sources.length} inputs (${sources.join(', ')})`);
  }
  return sources[0];
}

function refuseNodes(layer: LayerEntry, count: number): never {
  throw refuse(count === 0 ? `${layerLabel(layer.ref)} is not connected to the model's input` : `${layerLabel(layer.ref)} is called ${count} times (a shared layer)`);
}

/** Follows the chain from the input: each layer must feed exactly the next one. */
function walkChain(inputName: string, layers: readonly LayerEntry[]): LayerEntry[] {
  const children = new Map<string, LayerEntry[]>();
  for (const layer of layers) {
    const parent = parentOf(layer);
    children.set(parent, [...(children.get(parent) ?? []), layer]);
  }
  const chain: LayerEntry[] = [];
  for (let current = inputName; ;) {
    const next = children.get(current) ?? [];
    if (next.length > 1) throw refuse(`The model branches: the output of "${current}" feeds ${next.length} layers (${next.map((layer) => layer.ref.name).join(', ')})`);
    const [child] = next;
    if (!child) return chain;
    if (chain.includes(child)) throw refuse(`The graph loops back to "${child.ref.name}"`);
    chain.push(child);
    current = child.ref.name;
  }
}

/**
 * The layers of a Functional model's config in the order they are applied, when
 * the graph is a plain chain from its one InputLayer to its one output; otherwise
 * a KerasImportError says where the graph is not a chain.
 */
export function chainLayers(config: JsonObject, entries: readonly LayerEntry[]): { input: LayerEntry; layers: LayerEntry[] } {
  const inputs = endpointNames(config['input_layers']);
  const outputs = endpointNames(config['output_layers']);
  if (inputs.length !== 1 || outputs.length !== 1) {
    throw refuse(`The model has ${inputs.length} inputs and ${outputs.length} outputs (${showValue([...inputs, ...outputs])})`);
  }
  const input = entries.find((entry) => entry.ref.name === inputs[0] && isInputLayer(entry.entry));
  if (!input) throw new KerasImportError('bad-config', `The model's input ${showValue(inputs[0])} is not one of its InputLayers`);
  const layers = entries.filter((entry) => entry !== input);
  const stray = layers.find((entry) => isInputLayer(entry.entry));
  if (stray) throw refuse(`The model has a second InputLayer, "${stray.ref.name}"`);
  const chain = walkChain(input.ref.name, layers);
  const last = chain.at(-1)?.ref.name ?? input.ref.name;
  if (chain.length !== layers.length || last !== outputs[0]) {
    const unused = layers.filter((layer) => !chain.includes(layer)).map((layer) => layer.ref.name);
    throw refuse(`The layers do not form one chain from "${input.ref.name}" to "${outputs[0] ?? ''}" (not on it: ${unused.join(', ') || 'none'})`);
  }
  return { input, layers: chain };
}
