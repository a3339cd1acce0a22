import { describe, expect, it } from 'vitest';
import { summarizeNetwork } from '../model/shapes';
import { applyAssignment } from './apply';
import { plannedRuns, sweepProblems } from './config';
import { gridAssignment } from './grid';
import { GMNET_SWEEP, QUICK_DEMO_SWEEP, SWEEP_PRESETS } from './presets';
import { proposeNext } from './propose';

describe('sweep presets', () => {
  it('can all run', () => {
    for (const preset of SWEEP_PRESETS) expect([preset.id, sweepProblems(preset)]).toEqual([preset.id, []]);
  });

  it('reproduce the coursework’s GMNet sweep settings, with fewer epochs said so', () => {
    const { base } = GMNET_SWEEP;
    expect([base.dataset, base.protocolId, base.optimizer.kind, base.batchSize]).toEqual(['mnist', 'gmnet', 'adam', 32]);
    expect(GMNET_SWEEP.note).toContain(`here ${base.epochs} epochs`);
    expect(plannedRuns(GMNET_SWEEP)).toBe(8);
    const history = { goal: 'maximize', runs: [] } as const;
    const widths = Array.from({ length: 8 }, (_, index) => proposeNext(GMNET_SWEEP.space, 'random', history, GMNET_SWEEP.seed, index));
    for (const assignment of widths) {
      const params = summarizeNetwork(applyAssignment(base, assignment ?? {}).network).params;
      expect([66_510, 109_230, 159_150, 216_270]).toContain(params);
    }
  });

  it('give the quick demo three runs, one at learning rate 10, by grid or at random', () => {
    expect(plannedRuns(QUICK_DEMO_SWEEP)).toBe(3);
    const rates = [0, 1, 2].map((index) => gridAssignment(QUICK_DEMO_SWEEP.space, index)?.learningRate);
    expect(rates).toEqual([0.001, 0.01, 10]);
    const randomRates = [0, 1, 2].map((index) => proposeNext(QUICK_DEMO_SWEEP.space, 'random', { goal: 'maximize', runs: [] }, QUICK_DEMO_SWEEP.seed, index)?.learningRate);
    expect(randomRates).toEqual([0.01, 10, 0.001]);
    expect(Math.ceil((QUICK_DEMO_SWEEP.base.trainLimit ?? 0) / QUICK_DEMO_SWEEP.base.batchSize)).toBeGreaterThanOrEqual(200);
  });

  it('say what is wrong with a broken sweep', () => {
    const broken = { ...QUICK_DEMO_SWEEP, runCap: 0, space: { batchSize: { kind: 'choices', values: [4096] } } } as const;
    expect(sweepProblems(broken)).toEqual(['The run cap must be a whole number ≥ 1; got 0.']);
    expect(sweepProblems({ ...broken, runCap: 1 })).toEqual(['Batch size must be a whole number from 1 to 2000 (there are 2000 training examples); got 4096.']);
  });
});
