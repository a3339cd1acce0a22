import { describe, expect, it } from 'vitest';
import { axisFraction, BROKEN_COLOUR, parallelLayout, viridis } from './parallel';
import type { SweepSpace } from './space';

const BOX = { width: 300, height: 120, padX: 50, padY: 10 };
const SPACE: SweepSpace = {
  activation: { kind: 'choices', values: ['relu', 'tanh'] },
  learningRate: { kind: 'logUniform', min: 0.001, max: 0.1 },
};

describe('parallel coordinates', () => {
  it('places values on their axes: choices evenly, numbers ascending, log ranges on the log scale', () => {
    expect(axisFraction({ kind: 'choices', values: [0.1, 0.01, 0.001] }, 0.1)).toBe(1);
    expect(axisFraction({ kind: 'choices', values: ['relu', 'tanh'] }, 'relu')).toBe(0);
    expect(axisFraction({ kind: 'choices', values: [180] }, 180)).toBe(0.5);
    expect(axisFraction({ kind: 'logUniform', min: 0.001, max: 0.1 }, 0.01)).toBeCloseTo(0.5, 12);
    expect(axisFraction({ kind: 'intUniform', min: 100, max: 300 }, 150)).toBe(0.25);
  });

  it('draws one axis per parameter plus the metric, and one line per run coloured by the metric', () => {
    const runs = [
      { assignment: { activation: 'relu', learningRate: 0.001 }, value: 0.9, broken: false },
      { assignment: { activation: 'tanh', learningRate: 0.1 }, value: 0.5, broken: false },
      { assignment: { activation: 'tanh', learningRate: 0.1 }, value: Number.NaN, broken: true },
    ] as const;
    const layout = parallelLayout(SPACE, 'val_accuracy', runs, BOX);
    expect(layout.axes.map((axis) => [axis.key, axis.x])).toEqual([['activation', 50], ['learningRate', 150], ['metric', 250]]);
    expect(layout.metricRange).toEqual([0.5, 0.9]);
    expect(layout.axes[2]?.ticks.map((tick) => [tick.text, tick.y])).toEqual([['0.5', 110], ['0.9', 10]]);
    expect(layout.lines[0]?.points).toEqual([[50, 110], [150, 110], [250, 10]]);
    expect(layout.lines.map((line) => [line.colour, line.dashed])).toEqual([[viridis(1), false], [viridis(0), false], [BROKEN_COLOUR, true]]);
    expect(layout.lines[2]?.points.at(-1)).toEqual([250, 110]);
  });

  it('uses viridis from dark purple to yellow', () => {
    expect([viridis(0), viridis(1), viridis(2)]).toEqual(['rgb(68, 1, 84)', 'rgb(253, 231, 37)', 'rgb(253, 231, 37)']);
  });
});
