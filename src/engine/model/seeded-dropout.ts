import * as tf from '@tensorflow/tfjs';

/** Settings of a SeededDropout layer. */
export interface SeededDropoutArgs {
  readonly rate: number;
  /** First mask's seed; each later training call uses the next integer. */
  readonly seed: number;
  readonly name?: string;
}

/**
 * Dropout whose masks are reproducible yet differ from step to step. TF.js's own
 * Dropout layer, given a seed, draws the same mask on every call (tf.dropout builds a
 * new generator from the seed each time), and without one it uses Math.random.
 * Inference passes inputs through unchanged, as Keras's Dropout does.
 */
export class SeededDropout extends tf.layers.Layer {
  static readonly className = 'SeededDropout';
  private readonly rate: number;
  private readonly seed: number;
  private calls = 0;

  constructor(args: SeededDropoutArgs) {
    super(args.name === undefined ? {} : { name: args.name });
    this.rate = args.rate;
    this.seed = args.seed;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean }): tf.Tensor {
    const input = Array.isArray(inputs) ? inputs[0] : inputs;
    if (!input) throw new Error('SeededDropout got no input');
    if (!kwargs.training || this.rate === 0) return input;
    const seed = this.seed + this.calls;
    this.calls += 1;
    return tf.dropout(input, this.rate, undefined, seed);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), rate: this.rate, seed: this.seed };
  }
}

tf.serialization.registerClass(SeededDropout);
