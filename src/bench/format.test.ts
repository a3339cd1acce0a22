import { describe, expect, it } from 'vitest';
import { augmentationLine, formatTable, targetLine } from './format';
import type { BenchRow, Measurement } from './plan';

const measured = (examplesPerSecond: number, firstWindowMs = 1000): Measurement => ({
  status: 'measured',
  speed: { examplesPerSecond, basis: 'steady', steadySteps: 10, steadyMs: 6000, warmupSteps: 3, firstWindowMs, firstWindowSteps: 1 },
});

const ROWS: BenchRow[] = [
  { place: 'reference', backend: 'webgl', results: { lenet5: measured(100), 'cifar-g3': measured(10) } },
  { place: 'worker', backend: 'webgpu', results: { lenet5: { status: 'unavailable', reason: 'no adapter' }, 'cifar-g3': { status: 'unavailable', reason: 'no adapter' } } },
  { place: 'worker', backend: 'wasm', results: { lenet5: measured(1600, 120), 'cifar-g3': { status: 'tooSlow', reason: 'no step', examplesPerSecondBelow: 1.07 } } },
];

describe('bench table', () => {
  it('divides each speed by the reference for the same network and marks bounds', () => {
    const lines = formatTable(ROWS, ['lenet5', 'cifar-g3']);
    expect(lines[2]).toMatch(/^reference \(main, webgl\)\s+100\s+1\.00\s+10\s+1\.00\s+1\.00 s \/ 1\.00 s$/);
    expect(lines[3]).toMatch(/^worker webgpu\s+unavailable: no adapter$/);
    expect(lines[4]).toMatch(/^worker wasm\s+1,600\s+16\.0\s+<1\.1\s+–\s+0\.12 s \/ –$/);
  });

  it('judges the targets on the best worker backend', () => {
    expect(targetLine(ROWS, ['lenet5', 'cifar-g3'])).toBe(
      'targets (best browser backend): LeNet-5 ≥ 1,500 ex/s: wasm 1,600 → met; CIFAR-10 CNN ≥ 180 ex/s: no browser measurement → not met',
    );
  });
});

describe('the augmentation line', () => {
  it('gives the augmented speed as a share of plain LeNet-5 per row', () => {
    const speed = (examplesPerSecond: number) => ({ status: 'measured' as const, speed: { examplesPerSecond, basis: 'steady' as const, steadySteps: 10, steadyMs: 1000, warmupSteps: 3, firstWindowMs: 10, firstWindowSteps: 1 } });
    const rows = [
      { place: 'reference' as const, backend: 'webgl', results: { lenet5: speed(100), 'lenet5-aug': speed(100) } },
      { place: 'worker' as const, backend: 'wasm', results: { lenet5: speed(2000), 'lenet5-aug': speed(1900) } },
    ];
    expect(augmentationLine(rows)).toBe("augmentation keeps of LeNet-5's speed (must stay above 50 %): worker wasm 95 %");
  });
});
