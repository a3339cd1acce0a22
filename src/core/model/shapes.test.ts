import { describe, expect, it } from 'vitest';
import { cifarG3, gmnet, ivannet, lenet5 } from './presets';
import { inspectNetwork, SpecError, summarizeNetwork } from './shapes';
import type { NetworkSpec } from './spec';

describe('parameter counts without building a model', () => {
  it('match the coursework for every preset', () => {
    expect(summarizeNetwork(lenet5(), 10)).toMatchObject({ params: 61_706, trainableParams: 61_706, outputShape: [10] });
    expect(summarizeNetwork(ivannet(), 10)).toMatchObject({ params: 61_794, trainableParams: 61_750 });
    expect(summarizeNetwork(gmnet(), 10)).toMatchObject({ params: 109_230, trainableParams: 109_186 });
    expect(summarizeNetwork(cifarG3(), 10)).toMatchObject({ params: 386_986, trainableParams: 386_986 });
  });

  it('follow GMNet’s dense width as the sweep reported it', () => {
    const counts = [120, 240, 300].map((units) => summarizeNetwork(gmnet({ activation: 'tanh', dropout: 0.4, units })).params);
    expect(counts).toEqual([66_510, 159_150, 216_270]);
  });

  it('give each layer’s output shape the way Keras does', () => {
    const shapes = summarizeNetwork(cifarG3()).layers.map((layer) => layer.outputShape.join('×'));
    expect(shapes.slice(0, 9)).toEqual(['32×32×32', '30×30×32', '15×15×32', '15×15×32', '15×15×64', '13×13×64', '6×6×64', '6×6×64', '6×6×128']);
    expect(shapes[12]).toBe('512');
  });
});

describe('an impossible network is refused with the layer and the shapes', () => {
  const base = lenet5();
  const withLayers = (layers: NetworkSpec['layers']): NetworkSpec => ({ ...base, layers });

  it('a kernel larger than its input', () => {
    const spec = withLayers([
      { kind: 'avgPool2d', poolSize: 8 },
      { kind: 'conv2d', filters: 4, kernelSize: 5, padding: 'valid', activation: 'relu' },
    ]);
    expect(() => summarizeNetwork(spec)).toThrow('Layer 2 (conv2d 4@5×5 valid relu) with input 3×3×1: its 5×5 kernel is larger than the 3×3 input');
  });

  it('a dense layer of 0 units', () => {
    const spec = withLayers([{ kind: 'flatten' }, { kind: 'dense', units: 0, activation: 'relu' }]);
    expect(() => summarizeNetwork(spec)).toThrow('Layer 2 (dense 0 relu) with input 784: needs at least 1 unit');
  });

  it('a missing flatten', () => {
    const spec = withLayers([{ kind: 'dense', units: 10, activation: 'softmax' }]);
    expect(() => summarizeNetwork(spec)).toThrow('Layer 1 (dense 10 softmax) with input 28×28×1: a dense layer needs a flat input: add a flatten layer before it.');
  });

  it('an output that does not match the classes, with the layer index', () => {
    const spec = withLayers([{ kind: 'flatten' }, { kind: 'dense', units: 7, activation: 'softmax' }]);
    const error = (() => { try { summarizeNetwork(spec, 10); } catch (caught) { return caught; } return undefined; })();
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).layerIndex).toBe(1);
    expect((error as SpecError).message).toContain('end with a dense layer of 10 units');
  });

  it('a dropout rate of 1 and a pool window larger than its input', () => {
    expect(() => summarizeNetwork(withLayers([{ kind: 'dropout', rate: 1 }]))).toThrow('the rate must be at least 0 and below 1');
    expect(() => summarizeNetwork(withLayers([{ kind: 'maxPool2d', poolSize: 29 }]))).toThrow('window is larger than the 28×28 input');
  });
});

describe('inspecting a network for an editor', () => {
  it('summarises every layer up to the first impossible one and names it', () => {
    const spec = { ...lenet5(), layers: [...lenet5().layers.slice(0, 4), { kind: 'dense', units: 10, activation: 'softmax' } as const] };
    const inspection = inspectNetwork(spec, 10);
    expect(inspection.layers.map((layer) => layer.outputShape.join('×'))).toEqual(['28×28×6', '14×14×6', '10×10×16', '5×5×16']);
    expect(inspection.error?.layerIndex).toBe(4);
    expect(inspection.error?.message).toContain('add a flatten layer before it');
  });

  it('reports no error for a good network', () => {
    expect(inspectNetwork(gmnet(), 10)).toMatchObject({ error: undefined });
    expect(inspectNetwork(gmnet(), 10).layers).toHaveLength(gmnet().layers.length);
  });
});
