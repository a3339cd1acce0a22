/**
 * A runnable Python (Keras) training script from a run's TrainingSettings: the same
 * data split, layers, optimizer, loss, batch size, epochs and augmentation, so a
 * student can redo a browser run in a notebook (TensorFlow 2's tf.keras or Keras 3).
 * Weights start from Keras's own random streams, so curves agree in kind, not step
 * by step. A sweep run's script is this function on applyAssignment's settings.
 */
import { DEFAULT_FILL_MODE, isNoAugmentation, type AugmentationSettings } from '../augment/settings';
import { DATASETS } from '../datasets/catalog';
import { findProtocol } from '../datasets/splits';
import { summarizeNetwork } from '../model/shapes';
import type { OptimizerSettings, TrainingSettings } from '../training/settings';
import { kerasSequential } from './keras-layers';
import { PYTHON_SPLIT_SOURCE, pyBool, pyComment, pyNumber, pyString, safeName } from './python';

/** Options of the script. */
export interface KerasScriptOptions {
  /** A line saying where the settings came from (a sweep run's parameters, say). */
  readonly origin?: string;
}

/** keras.datasets module per dataset. */
const KERAS_DATASETS = { mnist: 'mnist', cifar10: 'cifar10' } as const;

/** The optimizer construction, as lines of the script's main(). */
export function kerasOptimizer(optimizer: OptimizerSettings, learningRate: number): string[] {
  switch (optimizer.kind) {
    case 'adam':
      return [`    optimizer = keras.optimizers.Adam(learning_rate=${pyNumber(learningRate)})`];
    case 'sgd':
      return [`    optimizer = keras.optimizers.SGD(learning_rate=${pyNumber(learningRate)}, momentum=${pyNumber(optimizer.momentum)})`];
    case 'rmsprop': {
      const schedule = optimizer.decay > 0
        ? [
          '    # Keras 2\'s RMSprop(decay=d) used lr / (1 + d * step); Keras 3 dropped the argument,',
          '    # and InverseTimeDecay with decay_steps=1 is the same formula.',
          `    learning_rate = keras.optimizers.schedules.InverseTimeDecay(initial_learning_rate=${pyNumber(learningRate)}, decay_steps=1, decay_rate=${pyNumber(optimizer.decay)})`,
        ]
        : [`    learning_rate = ${pyNumber(learningRate)}`];
      return [...schedule, `    optimizer = keras.optimizers.RMSprop(learning_rate=learning_rate, rho=${pyNumber(optimizer.rho)}, epsilon=${pyNumber(optimizer.epsilon)})`];
    }
  }
}

/** ImageDataGenerator keyword arguments for the augmentation (Keras reads shear_range in degrees, as the settings do). */
export function imageDataGeneratorArguments(augmentation: AugmentationSettings): string {
  const { rotationDegrees, widthShift, heightShift, zoom, shearDegrees, horizontalFlip, fillMode = DEFAULT_FILL_MODE } = augmentation;
  return [
    `rotation_range=${pyNumber(rotationDegrees)}`, `width_shift_range=${pyNumber(widthShift)}`, `height_shift_range=${pyNumber(heightShift)}`,
    `zoom_range=${pyNumber(zoom)}`, `shear_range=${pyNumber(shearDegrees)}`, `horizontal_flip=${pyBool(horizontalFlip)}`, `fill_mode=${pyString(fillMode)}`,
  ].join(', ');
}

function header(settings: TrainingSettings, options: KerasScriptOptions): string[] {
  const info = DATASETS[settings.dataset];
  const protocol = findProtocol(settings.dataset, settings.protocolId);
  return [
    pyComment(`Train ${settings.network.name} on ${info.label} as the playground run with these settings did.`),
    ...(options.origin === undefined ? [] : [pyComment(options.origin)]),
    pyComment(`Split: ${protocol.label}${settings.trainLimit === undefined ? '' : `, first ${settings.trainLimit} training examples`}, drawn with the playground's seeded shuffle.`),
    '# Needs TensorFlow 2 (tf.keras) or Keras 3; scipy for augmentation; scikit-learn for the report (optional).',
    '# Initial weights come from Keras\'s random streams, not TF.js\'s: expect similar, not identical, curves.',
    '',
    'import math',
    '',
    'import numpy as np',
    'from tensorflow import keras',
    'from tensorflow.keras import layers',
    '',
  ];
}

function constants(settings: TrainingSettings): string[] {
  const info = DATASETS[settings.dataset];
  const split = findProtocol(settings.dataset, settings.protocolId).spec;
  return [
    `SEED = ${pyNumber(settings.seed)}`,
    `EPOCHS = ${pyNumber(settings.epochs)}`,
    `BATCH_SIZE = ${pyNumber(settings.batchSize)}`,
    `VALIDATION_FRACTION = ${pyNumber(split.validationFraction)}`,
    `TRAIN_LIMIT = ${settings.trainLimit === undefined ? 'None' : pyNumber(settings.trainLimit)}`,
    `IMAGE_SHAPE = (${info.imageShape.map(pyNumber).join(', ')})`,
    `CLASS_NAMES = [${info.classNames.map((name) => pyString(name.en)).join(', ')}]`,
    `EXPECTED_PARAMS = ${pyNumber(summarizeNetwork(settings.network).params)}`,
    '',
  ];
}

const DATA_FUNCTIONS = `def prepare(images, labels):
    """Pixels / 255 as float32 in [0, 1], labels one-hot: the playground's one preprocessing."""
    x = images.reshape((-1,) + IMAGE_SHAPE).astype("float32") / 255.0
    y = keras.utils.to_categorical(labels.reshape(-1), len(CLASS_NAMES))
    return x, y
`;

const IMAGE_DATA_GENERATOR = `def image_data_generator(**settings):
    """ImageDataGenerator: public in tf.keras; Keras 3 keeps it only in its legacy module."""
    generator = getattr(keras.preprocessing.image, "ImageDataGenerator", None)
    if generator is None:
        from keras.src.legacy.preprocessing.image import ImageDataGenerator as generator
    return generator(**settings)
`;

function dataLines(settings: TrainingSettings): string[] {
  const validates = findProtocol(settings.dataset, settings.protocolId).spec.validationFraction > 0;
  return [
    `    (x_all, y_all), (x_test_raw, y_test_raw) = keras.datasets.${KERAS_DATASETS[settings.dataset]}.load_data()`,
    '    train_indices, validation_indices = playground_split(len(x_all), VALIDATION_FRACTION, TRAIN_LIMIT, SEED)',
    '    x_train, y_train = prepare(x_all[train_indices], y_all[train_indices])',
    '    x_test, y_test = prepare(x_test_raw, y_test_raw)',
    ...(validates
      ? ['    validation = prepare(x_all[validation_indices], y_all[validation_indices])']
      : ['    # No validation split: like the playground (and the CIFAR coursework), watch the test set', '    # after each epoch, which makes it no longer an unbiased final estimate.', '    validation = (x_test, y_test)']),
  ];
}

function fitLines(settings: TrainingSettings): string[] {
  const augmentation = settings.augmentation;
  if (augmentation === undefined || isNoAugmentation(augmentation)) {
    return ['    history = model.fit(x_train, y_train, batch_size=BATCH_SIZE, epochs=EPOCHS, validation_data=validation, shuffle=True, verbose=2)'];
  }
  return [
    `    augmenter = image_data_generator(${imageDataGeneratorArguments(augmentation)})`,
    '    history = model.fit(augmenter.flow(x_train, y_train, batch_size=BATCH_SIZE, seed=SEED), epochs=EPOCHS, validation_data=validation, verbose=2)',
  ];
}

const REPORT_LINES = [
  '    test_loss, test_accuracy = model.evaluate(x_test, y_test, verbose=0)',
  '    print(f"Test loss {test_loss:.4f}, accuracy {test_accuracy:.4f}")',
  '    predicted = np.argmax(model.predict(x_test, verbose=0), axis=1)',
  '    actual = np.argmax(y_test, axis=1)',
  '    try:',
  '        from sklearn.metrics import classification_report, precision_recall_fscore_support',
  '    except ImportError:',
  '        print("scikit-learn is not installed: no weighted precision, recall and F1.")',
  '    else:',
  '        precision, recall, f1, _ = precision_recall_fscore_support(actual, predicted, average="weighted", zero_division=1)',
  '        print(f"Weighted precision {precision:.4f}, recall {recall:.4f}, F1 {f1:.4f}")',
  '        print(classification_report(actual, predicted, target_names=CLASS_NAMES, digits=4, zero_division=1))',
];

function mainFunction(settings: TrainingSettings): string[] {
  return [
    'def main():',
    '    keras.utils.set_random_seed(SEED)',
    ...dataLines(settings),
    `    model = ${kerasSequential(settings.network, '    ')}`,
    '    model.summary()',
    '    if model.count_params() != EXPECTED_PARAMS:',
    '        print(f"Warning: {model.count_params()} parameters, the playground counted {EXPECTED_PARAMS}.")',
    ...kerasOptimizer(settings.optimizer, settings.learningRate),
    '    model.compile(optimizer=optimizer, loss="categorical_crossentropy", metrics=["accuracy"])',
    ...fitLines(settings),
    ...REPORT_LINES,
    `    model.save(${pyString(`${safeName(settings.network.name).toLowerCase()}.keras`)})`,
    '    return history',
  ];
}

/** The whole script, ending with a newline; settings should have no trainingSettingsProblems. */
export function kerasTrainingScript(settings: TrainingSettings, options: KerasScriptOptions = {}): string {
  return [
    ...header(settings, options),
    ...constants(settings),
    '',
    PYTHON_SPLIT_SOURCE,
    '',
    DATA_FUNCTIONS,
    '',
    IMAGE_DATA_GENERATOR,
    '',
    ...mainFunction(settings),
    '',
    '',
    'if __name__ == "__main__":',
    '    main()',
    '',
  ].join('\n');
}
