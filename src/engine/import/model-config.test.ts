import { describe, expect, it } from 'vitest';
import { KerasImportError } from './errors';
import { planModel, toSnakeCase } from './model-config';

const layer = (className: string, name: string, config: Record<string, unknown> = {}) => ({ class_name: className, config: { name, ...config } });
const input = (name: string, batchShape: unknown, key = 'batch_input_shape') => ({ class_name: 'InputLayer', config: { name, [key]: batchShape } });
const sequential = (layers: unknown[], extra: Record<string, unknown> = {}) => ({ class_name: 'Sequential', config: { name: 'seq', layers, ...extra } });

/** A Keras 2 Functional layer entry fed by `parents` (one inbound node). */
const node2 = (entry: ReturnType<typeof layer>, ...parents: string[]) => ({ ...entry, name: entry.config.name, inbound_nodes: [parents.map((parent) => [parent, 0, 0, {}])] });
/** A Keras 3 Functional layer entry fed by `parents`. */
const node3 = (entry: ReturnType<typeof layer>, ...parents: string[]) => ({
  ...entry,
  name: entry.config.name,
  inbound_nodes: [{ args: parents.map((parent) => ({ class_name: '__keras_tensor__', config: { shape: [null, 4], keras_history: [parent, 0, 0] } })), kwargs: {} }],
});
const functional = (layers: unknown[], inputs: unknown, outputs: unknown) => ({ class_name: 'Functional', config: { name: 'f', layers, input_layers: inputs, output_layers: outputs } });

function refusal(config: unknown): KerasImportError {
  try {
    planModel(config);
  } catch (error) {
    if (error instanceof KerasImportError) return error;
    throw error;
  }
  throw new Error('planModel accepted the config');
}

describe('Sequential configs', () => {
  it('reads the input shape and the layers, Keras 2 style', () => {
    const plan = planModel(sequential([input('in', [null, 28, 28, 1]), layer('Conv2D', 'c'), layer('Flatten', 'f'), layer('Dense', 'd')]));
    expect(plan.name).toBe('seq');
    expect(plan.batchInputShape).toEqual([null, 28, 28, 1]);
    expect(plan.layers.map((planned) => [planned.ref.name, planned.ref.className, planned.weightsKey])).toEqual([
      ['c', 'Conv2D', 'conv2d'], ['f', 'Flatten', 'flatten'], ['d', 'Dense', 'dense'],
    ]);
  });

  it('finds the input shape in an InputLayer\'s batch_shape, the first layer\'s batch_input_shape or build_input_shape', () => {
    expect(planModel(sequential([input('in', [null, 4], 'batch_shape'), layer('Dense', 'd')])).batchInputShape).toEqual([null, 4]);
    expect(planModel(sequential([layer('Dense', 'd', { batch_input_shape: [null, 5] })])).batchInputShape).toEqual([null, 5]);
    expect(planModel(sequential([layer('Dense', 'd')], { build_input_shape: [32, 6] })).batchInputShape).toEqual([null, 6]);
    expect(planModel({ class_name: 'Sequential', config: [layer('Dense', 'd', { batch_input_shape: [null, 7] })] }).batchInputShape).toEqual([null, 7]);
  });

  it('numbers the archive keys per class, whatever the layers are called', () => {
    const plan = planModel(sequential([input('in', [null, 4]), layer('Dense', 'hidden'), layer('Dropout', 'drop'), layer('Dense', 'out'), layer('Dense', 'dense')]));
    expect(plan.layers.map((planned) => planned.weightsKey)).toEqual(['dense', 'dropout', 'dense_1', 'dense_2']);
  });

  it('refuses configs without an input shape, or with sides of unknown size', () => {
    expect(refusal(sequential([layer('Dense', 'd')])).message).toBe('The model config gives no input shape (no InputLayer, batch_input_shape or build_input_shape)');
    expect(refusal(sequential([input('in', [null, null, null, 3]), layer('Flatten', 'f')])).message).toMatch(/^The model's input shape \[null, null, null, 3\] has sides of unknown size/);
  });
});

describe('toSnakeCase', () => {
  it('names classes as Keras does', () => {
    expect(['Conv2D', 'MaxPooling2D', 'AveragePooling2D', 'BatchNormalization', 'Dense', 'LSTM', 'ReLU'].map(toSnakeCase)).toEqual([
      'conv2d', 'max_pooling2d', 'average_pooling2d', 'batch_normalization', 'dense', 'lstm', 're_lu',
    ]);
  });
});

describe('Functional configs', () => {
  const chain2 = [input('x', [null, 4]), node2(layer('Dense', 'a'), 'x'), node2(layer('Dropout', 'b'), 'a'), node2(layer('Dense', 'c'), 'b')];
  const chain3 = [input('x', [null, 4]), node3(layer('Dense', 'a'), 'x'), node3(layer('Dropout', 'b'), 'a'), node3(layer('Dense', 'c'), 'b')];

  it.each([
    ['Keras 2 nodes, listed endpoints', functional(chain2.map((entry, i) => (i === 0 ? { ...entry, name: 'x', inbound_nodes: [] } : entry)), [['x', 0, 0]], [['c', 0, 0]])],
    ['Keras 3 nodes, flat endpoints', functional(chain3, ['x', 0, 0], ['c', 0, 0])],
    ['a config listing the chain out of order', functional([chain3[0], chain3[3], chain3[1], chain3[2]], ['x', 0, 0], ['c', 0, 0])],
  ])('accepts a plain chain: %s', (_, config) => {
    const plan = planModel(config);
    expect(plan.batchInputShape).toEqual([null, 4]);
    expect(plan.layers.map((planned) => planned.ref.name)).toEqual(['a', 'b', 'c']);
  });

  const TAIL = '; the playground imports Sequential models and Functional models that are a plain chain of layers';
  it.each([
    ['a branch', functional([input('x', [null, 4]), node3(layer('Dense', 'a'), 'x'), node3(layer('Dense', 'b'), 'x'), node3(layer('Dense', 'c'), 'b')], ['x', 0, 0], ['c', 0, 0]),
      `The model branches: the output of "x" feeds 2 layers (a, b)${TAIL}`],
    ['a merge', functional([input('x', [null, 4]), node3(layer('Dense', 'a'), 'x'), node3(layer('Add', 'add'), 'x', 'a')], ['x', 0, 0], ['add', 0, 0]),
      `Layer "add" (Add) takes 2 inputs (x, a)${TAIL}`],
    ['a shared layer', functional([input('x', [null, 4]), { ...node2(layer('Dense', 'a'), 'x'), inbound_nodes: [[['x', 0, 0, {}]], [['a', 0, 0, {}]]] }], [['x', 0, 0]], [['a', 1, 0]]),
      `Layer "a" (Dense) is called 2 times (a shared layer)${TAIL}`],
    ['two inputs', functional([input('x', [null, 4]), input('y', [null, 4])], [['x', 0, 0], ['y', 0, 0]], [['x', 0, 0]]),
      `The model has 2 inputs and 1 outputs (["x", "y", "x"])${TAIL}`],
    ['a layer off the chain', functional([input('x', [null, 4]), node3(layer('Dense', 'a'), 'x'), node3(layer('Dense', 'b'), 'ghost')], ['x', 0, 0], ['a', 0, 0]),
      `The layers do not form one chain from "x" to "a" (not on it: b)${TAIL}`],
  ])('refuses %s, saying where the graph is not a chain', (_, config, message) => {
    const error = refusal(config);
    expect(error.problem).toBe('unsupported');
    expect(error.message).toBe(message);
  });
});

describe('other configs', () => {
  it('refuses a subclassed model and malformed configs', () => {
    expect(refusal({ class_name: 'MyNet', config: {} }).message).toBe('The model is "MyNet"; the playground imports Sequential models and Functional models that are a plain chain of layers');
    expect(refusal([1, 2]).problem).toBe('bad-config');
    expect(refusal(sequential([{ class_name: 'Dense' }])).message).toBe('The config of layer 1 (Dense) is not a JSON object');
    expect(refusal(sequential([input('in', [null, 4]), input('in2', [null, 4])])).message).toMatch(/^The model has a second InputLayer, "in2"/);
  });
});
