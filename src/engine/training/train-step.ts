import * as tf from '@tensorflow/tfjs';

/**
 * One optimisation step in training mode (dropout on, batch norm updating its moving
 * statistics). Returns the batch's mean categorical cross-entropy and accuracy as
 * scalars left on the backend, for the caller to read back in bulk and dispose.
 */
export function trainStep(model: tf.LayersModel, optimizer: tf.Optimizer, variables: tf.Variable[], xs: tf.Tensor, ys: tf.Tensor): [tf.Scalar, tf.Scalar] {
  return tf.tidy(() => {
    let accuracy: tf.Scalar | undefined;
    const loss = optimizer.minimize(
      () => {
        const probabilities = model.apply(xs, { training: true }) as tf.Tensor2D;
        accuracy = tf.keep(tf.mean(tf.cast(tf.equal(probabilities.argMax(-1), ys.argMax(-1)), 'float32')) as tf.Scalar);
        return tf.mean(tf.metrics.categoricalCrossentropy(ys, probabilities)) as tf.Scalar;
      },
      true,
      variables,
    );
    if (!loss || !accuracy) throw new Error('The training step produced no loss');
    return [loss, accuracy];
  });
}

/** The model's trainable variables, passed explicitly so other live models are untouched. */
export function trainableVariables(model: tf.LayersModel): tf.Variable[] {
  return model.trainableWeights.map((weight) => weight.read() as tf.Variable);
}
