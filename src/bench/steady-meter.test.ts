import { describe, expect, it } from 'vitest';
import type { MeterLimits } from './plan';
import { SteadyStateMeter, tooSlow } from './steady-meter';

const LIMITS: MeterLimits = { warmupSteps: 3, slowStepMs: 2000, targetMs: 6000, capMs: 20_000, firstStepLimitMs: 60_000 };
const step = (ms: number, steps = 1): { steps: number; examples: number; ms: number } => ({ steps, examples: 64 * steps, ms });

describe('SteadyStateMeter', () => {
  it('leaves the first window and the windows holding the first three steps out', () => {
    const meter = new SteadyStateMeter(LIMITS);
    [step(5000), step(300), step(100, 2), step(100, 4)].forEach((window) => meter.add(window));
    const result = meter.measurement();
    expect(result.status === 'measured' && result.speed).toMatchObject({ basis: 'steady', steadySteps: 4, warmupSteps: 4, examplesPerSecond: 2560, firstWindowMs: 5000 });
  });

  it('is done after the target steady time, not before', () => {
    const meter = new SteadyStateMeter(LIMITS);
    [step(3000), step(100, 3)].forEach((window) => meter.add(window));
    meter.add(step(5900, 59));
    expect(meter.done).toBe(false);
    meter.add(step(100));
    expect(meter.done).toBe(true);
  });

  it('ends the warm-up at the first slow step and stops at the cap', () => {
    const meter = new SteadyStateMeter({ ...LIMITS, targetMs: 60_000 });
    [step(15_000), step(10_000)].forEach((window) => meter.add(window));
    expect(meter.done).toBe(false);
    meter.add(step(10_000));
    expect(meter.done).toBe(true);
    const result = meter.measurement();
    expect(result.status === 'measured' && result.speed).toMatchObject({ steadySteps: 2, warmupSteps: 1, examplesPerSecond: 6.4 });
  });

  it('reports the first step alone when it took longer than the cap', () => {
    const meter = new SteadyStateMeter(LIMITS);
    meter.add(step(32_000));
    expect(meter.done).toBe(true);
    const result = meter.measurement();
    expect(result.status === 'measured' && result.speed).toMatchObject({ basis: 'firstStep', examplesPerSecond: 2 });
  });

  it('is done when the run has no steps left, and fails without steady steps', () => {
    const meter = new SteadyStateMeter(LIMITS, 2);
    [step(100), step(100)].forEach((window) => meter.add(window));
    expect(meter.done).toBe(true);
    expect(meter.measurement().status).toBe('failed');
  });

  it('bounds the speed when no step finished in time', () => {
    expect(tooSlow(LIMITS, 64)).toMatchObject({ status: 'tooSlow', examplesPerSecondBelow: 64 / 60 });
  });
});
