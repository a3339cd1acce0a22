/**
 * A network's layers as one short, readable line for the `net=` link parameter:
 *
 *   conv6x5same.tanh,avgpool2,conv16x5valid.tanh,avgpool2,flatten,dense120.tanh,dense84.tanh,dense10.softmax
 *
 * Layers are separated by commas; each is a head and optional `_`-options:
 *
 *   conv{filters}x{kernel}{same|valid}.{activation}   options: _s{stride}
 *   maxpool{size} | avgpool{size}                       options: _s{stride}
 *   dense{units}.{activation}
 *   dropout{rate}                                       e.g. dropout0.25
 *   batchnorm                                           options: _m{momentum} _e{epsilon}
 *   flatten
 *   relu | tanh | sigmoid | softmax | linear            (an activation layer)
 *
 * Counts are whole numbers, rates and options are decimals (an exponent such as 1e-7
 * is allowed). An option is written only when the spec sets it, so every spec reads
 * back identical. Only the spelling is checked here; summarizeNetwork checks shapes.
 */
import { ACTIVATIONS, type Activation, type LayerSpec } from '../model/spec';

/** Why a `net=` line could not be read: the 1-based layer position, its text, the reason. */
export interface NetSyntaxError {
  readonly position: number;
  readonly text: string;
  readonly reason: string;
}

/** The layers read from a `net=` line, or the first layer that could not be read. */
export type NetParseResult = { readonly layers: readonly LayerSpec[] } | { readonly error: NetSyntaxError };

const DECIMAL = String.raw`\d+(?:\.\d+)?(?:e[+-]?\d+)?`;
const OPTION = new RegExp(`^([a-z])(${DECIMAL})$`);
const CONV = /^conv(\d+)x(\d+)(same|valid)\.([a-z]+)$/;
const POOL = /^(max|avg)pool(\d+)$/;
const DENSE = /^dense(\d+)\.([a-z]+)$/;
const DROPOUT = new RegExp(`^dropout(${DECIMAL})$`);

/** What each layer head looks like, for messages; keyed by the word the head starts with. */
const FORMS: ReadonlyArray<readonly [string, string]> = [
  ['conv', 'conv{filters}x{kernel}{same|valid}.{activation}, e.g. conv6x5same.tanh, with an optional _s{stride}'],
  ['maxpool', 'maxpool{size}, e.g. maxpool2, with an optional _s{stride}'],
  ['avgpool', 'avgpool{size}, e.g. avgpool2, with an optional _s{stride}'],
  ['dense', 'dense{units}.{activation}, e.g. dense120.tanh'],
  ['dropout', 'dropout{rate}, e.g. dropout0.25'],
  ['batchnorm', 'batchnorm, with optional _m{momentum} and _e{epsilon}'],
  ['flatten', 'flatten, with no options'],
];

const UNKNOWN = `not a layer: layers are conv, maxpool, avgpool, dense, dropout, batchnorm, flatten or an activation (${ACTIVATIONS.join(', ')})`;

/** The text of one layer. */
export function formatLayer(layer: LayerSpec): string {
  const option = (key: string, value: number | undefined): string => (value === undefined ? '' : `_${key}${value}`);
  switch (layer.kind) {
    case 'conv2d':
      return `conv${layer.filters}x${layer.kernelSize}${layer.padding}.${layer.activation}${option('s', layer.strides)}`;
    case 'maxPool2d':
    case 'avgPool2d':
      return `${layer.kind === 'maxPool2d' ? 'max' : 'avg'}pool${layer.poolSize}${option('s', layer.strides)}`;
    case 'dense':
      return `dense${layer.units}.${layer.activation}`;
    case 'dropout':
      return `dropout${layer.rate}`;
    case 'batchNorm':
      return `batchnorm${option('m', layer.momentum)}${option('e', layer.epsilon)}`;
    case 'flatten':
      return 'flatten';
    case 'activation':
      return layer.activation;
  }
}

/** The `net=` line of a list of layers. */
export function formatLayers(layers: readonly LayerSpec[]): string {
  return layers.map(formatLayer).join(',');
}

const asActivation = (text: string | undefined): Activation | undefined => ACTIVATIONS.find((name) => name === text);

/** Reads `_s2`-style options into a map, or says which one is wrong. */
function readOptions(options: readonly string[], allowed: string): Map<string, number> | string {
  const values = new Map<string, number>();
  for (const option of options) {
    const match = OPTION.exec(option);
    const key = match?.[1];
    if (key === undefined || !allowed.includes(key)) {
      return allowed ? `_${option} is not an option here; options are ${[...allowed].map((k) => `_${k}{number}`).join(', ')}` : `this layer takes no options, got _${option}`;
    }
    if (values.has(key)) return `the option _${key} is given twice`;
    values.set(key, Number(match?.[2]));
  }
  return values;
}

/** A layer head without options, or undefined when it has no known form. */
function readHead(head: string, options: Map<string, number>): LayerSpec | undefined {
  const [stride, momentum, epsilon] = [options.get('s'), options.get('m'), options.get('e')];
  const strides = stride === undefined ? {} : { strides: stride };
  const conv = CONV.exec(head);
  if (conv) {
    const activation = asActivation(conv[4]);
    const padding = conv[3] === 'same' ? 'same' : 'valid';
    return activation ? { kind: 'conv2d', filters: Number(conv[1]), kernelSize: Number(conv[2]), padding, activation, ...strides } : undefined;
  }
  const pool = POOL.exec(head);
  if (pool) return { kind: pool[1] === 'max' ? 'maxPool2d' : 'avgPool2d', poolSize: Number(pool[2]), ...strides };
  const dense = DENSE.exec(head);
  if (dense) {
    const activation = asActivation(dense[2]);
    return activation ? { kind: 'dense', units: Number(dense[1]), activation } : undefined;
  }
  const dropout = DROPOUT.exec(head);
  if (dropout) return { kind: 'dropout', rate: Number(dropout[1]) };
  if (head === 'batchnorm') return { kind: 'batchNorm', ...(momentum === undefined ? {} : { momentum }), ...(epsilon === undefined ? {} : { epsilon }) };
  if (head === 'flatten') return { kind: 'flatten' };
  const activation = asActivation(head);
  return activation ? { kind: 'activation', activation } : undefined;
}

/** Option letters each head accepts. */
function allowedOptions(head: string): string {
  if (head.startsWith('conv') || /^(max|avg)pool/.test(head)) return 's';
  return head === 'batchnorm' ? 'me' : '';
}

/** One layer from its text, or the reason it cannot be read. */
export function parseLayer(text: string): LayerSpec | string {
  if (text === '') return 'the layer is empty (two commas in a row, or a comma at an end)';
  const [head = '', ...rest] = text.split('_');
  const options = readOptions(rest, allowedOptions(head));
  if (typeof options === 'string') return options;
  const layer = readHead(head, options);
  if (layer) return layer;
  const form = FORMS.find(([word]) => head.startsWith(word));
  if (form) return `expected ${form[1]}${/\.[a-z]+$/.test(head) ? `; activations are ${ACTIVATIONS.join(', ')}` : ''}`;
  return UNKNOWN;
}

/** Reads a whole `net=` line; stops at the first layer it cannot read. */
export function parseLayers(line: string): NetParseResult {
  const layers: LayerSpec[] = [];
  for (const [index, text] of line.split(',').entries()) {
    const layer = parseLayer(text);
    if (typeof layer === 'string') return { error: { position: index + 1, text, reason: layer } };
    layers.push(layer);
  }
  return { layers };
}

/** A syntax error in plain words: `layer 3 "convx5" could not be read: expected …`. */
export function describeNetSyntaxError(error: NetSyntaxError): string {
  return `layer ${error.position} "${error.text}" could not be read: ${error.reason}`;
}
