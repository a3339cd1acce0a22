/**
 * When a run has diverged. A loss that is NaN or infinite diverged at once. A run
 * "sits at chance" when both its training accuracy and its held-out accuracy (in
 * inference mode) stay within CHANCE_MARGIN of 1/classes; it is called diverged when
 * it has sat there for a whole epoch and at least MIN_STEPS_AT_CHANCE steps, so that
 * tiny epochs, and slow starts like the CIFAR coursework's sigmoid head (train accuracy
 * 0.10 but validation 0.17 after epoch 1), are not cut short.
 */
export const CHANCE_MARGIN = 0.02;
export const MIN_STEPS_AT_CHANCE = 200;

/** Why a run diverged, in words for the user; undefined while it has not. */
export type DivergenceVerdict = string | undefined;

/** The verdict on one loss value. */
export function lossDivergence(loss: number, step: number): DivergenceVerdict {
  return Number.isFinite(loss) ? undefined : `The loss became ${String(loss)} at step ${step}: the run diverged. Lower the learning rate (for example by 10×) and train again.`;
}

/** Tracks consecutive steps spent at chance across epochs. */
export class ChanceWatch {
  private stepsAtChance = 0;

  constructor(private readonly classTotal: number) {}

  /**
   * Records one finished epoch and returns a verdict when the run has sat at
   * chance long enough.
   */
  recordEpoch(epochSteps: number, trainAccuracy: number, heldOutAccuracy: number): DivergenceVerdict {
    const chance = 1 / this.classTotal;
    const atChance = trainAccuracy <= chance + CHANCE_MARGIN && heldOutAccuracy <= chance + CHANCE_MARGIN;
    this.stepsAtChance = atChance ? this.stepsAtChance + epochSteps : 0;
    if (!atChance || this.stepsAtChance < MIN_STEPS_AT_CHANCE) return undefined;
    return `Accuracy sat at chance (${(100 * chance).toFixed(0)} %) for ${this.stepsAtChance} steps: the run diverged. Lower the learning rate (for example by 10×) and train again.`;
  }
}
