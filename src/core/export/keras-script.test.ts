import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COURSEWORK_AUGMENTATION } from '../augment/settings';
import { makeTrainSplit } from '../datasets/splits';
import { cifarG3, gmnet, lenet5 } from '../model/presets';
import { defaultOptimizer, type TrainingSettings } from '../training/settings';
import { GMNET_SWEEP, QUICK_DEMO_SWEEP } from '../sweeps/presets';
import { kerasTrainingScript } from './keras-script';
import { PYTHON_SPLIT_SOURCE } from './python';
import { sweepRunKerasScript } from './sweep-script';

const gmnetSettings: TrainingSettings = {
  dataset: 'mnist', network: gmnet(), optimizer: defaultOptimizer('adam'), learningRate: 0.001, batchSize: 32, epochs: 20, protocolId: 'gmnet', seed: 1,
};
const cifarSettings: TrainingSettings = {
  dataset: 'cifar10', network: cifarG3(), optimizer: defaultOptimizer('rmsprop'), learningRate: 1e-4, batchSize: 32, epochs: 150, protocolId: 'official', seed: 3,
};

/** The script's layer calls, in order. */
const layerCalls = (script: string): string[] => script.split('\n').map((line) => line.trim()).filter((line) => /^(layers\.|keras\.Input)/.test(line));

describe('Keras training script', () => {
  it('builds GMNet’s layers in order, with its parameter count', () => {
    const script = kerasTrainingScript(gmnetSettings);
    expect(layerCalls(script)).toEqual([
      'keras.Input(shape=(28, 28, 1)),',
      'layers.Conv2D(6, kernel_size=5, padding="same", activation="relu"),',
      'layers.BatchNormalization(momentum=0.99, epsilon=0.001),',
      'layers.AveragePooling2D(pool_size=2),',
      'layers.Dropout(0.2),',
      'layers.Conv2D(16, kernel_size=5, padding="valid", activation="relu"),',
      'layers.BatchNormalization(momentum=0.99, epsilon=0.001),',
      'layers.AveragePooling2D(pool_size=2),',
      'layers.Dropout(0.2),',
      'layers.Flatten(),',
      'layers.Dense(180, activation="relu"),',
      'layers.Dropout(0.2),',
      'layers.Dense(180, activation="relu"),',
      'layers.Dropout(0.2),',
      'layers.Dense(10, activation="softmax"),',
    ]);
    expect(script).toContain('EXPECTED_PARAMS = 109230\n');
    expect(script).toContain('keras.datasets.mnist.load_data()');
    expect(script).toContain('VALIDATION_FRACTION = 0.25\n');
    expect(script).toContain('optimizer = keras.optimizers.Adam(learning_rate=0.001)\n');
    expect(script).toContain('loss="categorical_crossentropy"');
    expect(script).toContain('average="weighted", zero_division=1');
    expect(script).toContain('model.save("gmnet.keras")');
    expect(script).not.toContain('augmenter');
  });

  it('writes RMSprop’s per-step decay as InverseTimeDecay and validates CIFAR on the test set, saying so', () => {
    const script = kerasTrainingScript(cifarSettings);
    expect(script).toContain('learning_rate = keras.optimizers.schedules.InverseTimeDecay(initial_learning_rate=0.0001, decay_steps=1, decay_rate=0.000001)\n');
    expect(script).toContain('optimizer = keras.optimizers.RMSprop(learning_rate=learning_rate, rho=0.9, epsilon=1e-7)\n');
    expect(script).toContain('keras.datasets.cifar10.load_data()');
    expect(script).toContain('    validation = (x_test, y_test)\n');
    expect(script).toContain('EXPECTED_PARAMS = 386986\n');
    expect(script).toContain('model.save("cifar_10_cnn_3_conv_3_128.keras")');
    expect(layerCalls(script).filter((line) => line.startsWith('layers.MaxPooling2D'))).toHaveLength(3);
  });

  it('writes SGD, a train limit and the coursework augmentation', () => {
    const script = kerasTrainingScript({ ...gmnetSettings, network: lenet5(), optimizer: { kind: 'sgd', momentum: 0.9 }, learningRate: 0.01, trainLimit: 1000, augmentation: COURSEWORK_AUGMENTATION });
    expect(script).toContain('optimizer = keras.optimizers.SGD(learning_rate=0.01, momentum=0.9)\n');
    expect(script).toContain('TRAIN_LIMIT = 1000\n');
    expect(script).toContain('image_data_generator(rotation_range=30, width_shift_range=0.1, height_shift_range=0.1, zoom_range=0.2, shear_range=0.2, horizontal_flip=False, fill_mode="nearest")');
    expect(script).toContain('augmenter.flow(x_train, y_train, batch_size=BATCH_SIZE, seed=SEED)');
  });

  it('writes a sweep run’s script from its applied settings', () => {
    const script = sweepRunKerasScript(GMNET_SWEEP, { activation: 'tanh', dropout: 0.4, denseUnits: 120, learningRate: 0.01 }, 0);
    expect(script).toContain('# Run 1 of the sweep "GMNet sweep": activation tanh, dropout 0.4, dense width 120, learning rate 0.01.\n');
    expect(script).toContain('layers.Dense(120, activation="tanh"),');
    expect(script).toContain('EXPECTED_PARAMS = 66510\n');
    expect(script).toContain('EPOCHS = 3\n');
  });
});

const python = spawnSync('python3', ['--version']).status === 0;
const folder = mkdtempSync(join(tmpdir(), 'keras-script-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.skipIf(!python)('the script in Python (skipped without python3)', () => {
  it('compiles for every preset shape of settings', () => {
    const all = [gmnetSettings, cifarSettings, { ...gmnetSettings, augmentation: COURSEWORK_AUGMENTATION }, QUICK_DEMO_SWEEP.base];
    all.forEach((settings, index) => {
      const file = join(folder, `script_${index}.py`);
      writeFileSync(file, kerasTrainingScript(settings));
      const result = spawnSync('python3', ['-m', 'py_compile', file], { encoding: 'utf8' });
      expect([index, result.stderr]).toEqual([index, '']);
    });
  });

  it('splits exactly as the playground does', () => {
    const cases = [{ count: 20, fraction: 0.25, limit: undefined, seed: 1 }, { count: 101, fraction: 0.1, limit: 30, seed: 4_000_000_000 }];
    for (const { count, fraction, limit, seed } of cases) {
      const call = `import json, math\n${PYTHON_SPLIT_SOURCE}\nprint(json.dumps(playground_split(${count}, ${fraction}, ${limit ?? 'None'}, ${seed})))`;
      const result = spawnSync('python3', ['-c', call], { encoding: 'utf8' });
      const expected = makeTrainSplit(count, { validationFraction: fraction, trainLimit: limit }, seed);
      expect(JSON.parse(result.stdout)).toEqual([[...expected.train], [...expected.validation]]);
    }
  });
});
