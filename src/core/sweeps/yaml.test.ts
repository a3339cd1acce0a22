import { describe, expect, it } from 'vitest';
import { toYaml, yamlNumber, yamlString } from './yaml';

describe('YAML emitter', () => {
  it('quotes what a YAML 1.1 reader would misread', () => {
    expect(['relu', 'val_accuracy', 'GMNet sweep (coursework)'].map(yamlString)).toEqual(['relu', 'val_accuracy', 'GMNet sweep (coursework)']);
    expect(['yes', 'No', 'on', 'null', '~', '', '3', '1e3', 'a: b', 'x #y', '-lead', 'trail ', 'it’s'].map(yamlString)).toEqual(
      ['"yes"', '"No"', '"on"', '"null"', '"~"', '""', '"3"', '"1e3"', '"a: b"', '"x #y"', '"-lead"', '"trail "', '"it’s"'],
    );
    expect(yamlString('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
  });

  it('writes floats PyYAML reads as floats', () => {
    expect([0.001, 1e-7, 120, 1e21, -2.5e-8].map(yamlNumber)).toEqual(['0.001', '1.0e-7', '120', '1.0e+21', '-2.5e-8']);
    expect(() => yamlNumber(Number.NaN)).toThrow(RangeError);
  });

  it('nests mappings, flows lists and skips undefined', () => {
    expect(toYaml({ a: 1, b: { c: ['x', 2], d: undefined }, e: true })).toBe('a: 1\nb:\n  c: [x, 2]\ne: true\n');
  });
});
