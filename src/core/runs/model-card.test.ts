import { describe, expect, it } from 'vitest';
import { COURSEWORK_AUGMENTATION } from '../augment/settings';
import { DATASETS } from '../datasets/catalog';
import { cifarG3, gmnet } from '../model/presets';
import { runCaveats } from './caveats';
import { MODEL_CARD_SECTIONS, modelCard } from './model-card';
import { confusion, SAMPLE_SETTINGS, sampleRecord, testResult, withoutTest } from './test-fixtures';

const DIGITS = DATASETS.mnist.classNames.map((name) => name.en);

describe('modelCard', () => {
  const card = modelCard(sampleRecord({ name: 'LeNet', test: testResult(confusion(9493, 507), 0.1712) }), { classNames: DIGITS });

  it('has every section of the coursework’s model card, in order', () => {
    const positions = MODEL_CARD_SECTIONS.map((title) => card.indexOf(`\n## ${title}\n`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(card.startsWith('# Model card: LeNet\n')).toBe(true);
  });

  it('gives the network, its layers and the training settings', () => {
    expect(card).toContain('- Network: LeNet-5, input 28×28×1, 61,706 parameters (61,706 trainable).');
    expect(card).toContain('| 1 | conv2d 6@5×5 same tanh | 28×28×6 | 156 |');
    expect(card).toContain('| 8 | dense 10 softmax | 10 | 850 |');
    expect(card).toContain('- Training: Adam, learning rate 0.01, batch 32, 3 of 3 planned epochs, seed 7.');
    expect(card).toContain('cpu backend, 2023-11-14T22:13:20.000Z, 90.5 s of training; status: completed.');
    expect(card).toContain('split protocol: 60k train / 10k test (LeNet protocol)');
    expect(card).toContain('- 60,000 training images, no validation split; split seeded by 7.');
    expect(card).toContain('- No augmentation.');
  });

  it('gives the metrics table with 4 decimals, the classification report and the image links', () => {
    expect(card).toContain('| model | accuracy | precision (w) | recall (w) | F1 (w) |\n|---|---|---|---|---|\n| LeNet | 0.9493 | 0.9493 | 0.9493 | 0.9493 |');
    expect(card).toContain('- Test loss 0.1712.');
    expect(card).toContain('- Final epoch (3): training loss 0.1667, accuracy 0.9200; test loss 0.1333, accuracy 0.9300.');
    expect(card).toContain('\n        zero     0.9493    0.9493    0.9493     10000\n');
    expect(card).toContain('\nweighted avg     0.9493    0.9493    0.9493    100000\n');
    expect(card).toContain('![Confusion matrix](confusion-matrix.png)');
    expect(card).toContain('![Learning curves](curves.png)');
  });

  it('uses the image names and report digits it is given', () => {
    const named = modelCard(sampleRecord(), { classNames: DIGITS, confusionImage: 'run-1-confusion.png', curvesImage: 'run-1-curves.png', reportDigits: 2 });
    expect(named).toContain('![Confusion matrix](run-1-confusion.png)');
    expect(named).toContain('![Learning curves](run-1-curves.png)');
    expect(named).toMatch(/weighted avg {7}0\.95/);
  });

  it('describes augmentation and a validation split, and leaves out test numbers it does not have', () => {
    const run = withoutTest(sampleRecord({
      status: 'stopped', validationCount: 15_000, trainCount: 45_000,
      settings: { ...SAMPLE_SETTINGS, network: gmnet(), protocolId: 'gmnet', augmentation: COURSEWORK_AUGMENTATION },
      epochs: [{ epoch: 0, loss: 0.3, accuracy: 0.9, valLoss: 0.2, valAccuracy: 0.94, heldOutSource: 'validation', examplesPerSecond: 100 }],
    }));
    const text = modelCard(run, { classNames: DIGITS });
    expect(text).toContain('rotation ±30°, width shift ±0.1, height shift ±0.1, zoom factors [0.8, 1.2] per axis');
    expect(text).toContain('15,000 held out for validation');
    expect(text).toContain('evaluated on the 15,000 validation images');
    expect(text).toContain('- No test results: the run did not complete.');
    expect(text).not.toContain('![Confusion matrix]');
    expect(text).toContain('![Learning curves](curves.png)');
  });

  it('writes a CIFAR-10 card with its own class names', () => {
    const run = sampleRecord({ settings: { ...SAMPLE_SETTINGS, dataset: 'cifar10', network: cifarG3(), protocolId: 'official' }, params: { total: 386_986, trainable: 386_986 } });
    const text = modelCard(run, { classNames: DATASETS.cifar10.classNames.map((name) => name.pt) });
    expect(text).toContain('Caminhão');
    expect(text).toContain('80 Million Tiny Images');
    expect(text).toContain("against the coursework's 150");
  });
});

describe('runCaveats', () => {
  it('flags a short run, held-out numbers from the test set, and always the single seed', () => {
    const caveats = runCaveats(sampleRecord());
    expect(caveats[0]).toMatch(/^Short run: 3 epochs trained, against the coursework's 20/);
    expect(caveats[1]).toMatch(/^No validation split: the per-epoch "validation" numbers were measured on the test set/);
    expect(caveats.at(-1)).toMatch(/^One run with one seed \(7\)/);
    expect(caveats).toHaveLength(3);
  });

  it('flags divergence, missing test results, overfitting beyond 5 points and a training limit', () => {
    const diverged = withoutTest(sampleRecord({
      status: 'diverged', reason: 'The loss became NaN at step 40.', validationCount: 15_000,
      settings: { ...SAMPLE_SETTINGS, protocolId: 'gmnet', trainLimit: 1000, epochs: 20 },
      epochs: Array.from({ length: 20 }, (_, epoch) => ({ epoch, loss: 0.01, accuracy: 0.99, valLoss: 0.4, valAccuracy: 0.93, heldOutSource: 'validation' as const, examplesPerSecond: 1 })),
    }));
    expect(runCaveats(diverged)).toEqual([
      'The run diverged, so its scores say nothing about the network. The loss became NaN at step 40.',
      'No test results: the run did not complete, so the test set was never evaluated.',
      'Overfitting: final training accuracy 99.0 % is 6.0 points above held-out accuracy 93.0 %. Try dropout, augmentation, more data or fewer epochs.',
      'Trained on only 1000 images of the training split.',
      expect.stringMatching(/^One run with one seed/) as unknown,
    ]);
  });

  it('does not call a gap of 5 points or less overfitting', () => {
    const run = sampleRecord({ validationCount: 15_000, epochs: [{ epoch: 0, loss: 0.1, accuracy: 0.98, valAccuracy: 0.93, heldOutSource: 'validation', examplesPerSecond: 1 }] });
    expect(runCaveats(run).some((caveat) => caveat.startsWith('Overfitting'))).toBe(false);
  });
});
