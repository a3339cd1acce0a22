/**
 * A sweep as a Weights & Biases sweep configuration (YAML), keys as W&B's
 * reference lists them: https://docs.wandb.ai/guides/sweeps/sweep-config-keys/
 * The program reads its parameters from wandb.config under the names of
 * WANDB_PARAMETER_NAMES; settings the sweep does not vary (epochs, and batch size,
 * optimizer or learning rate when fixed) are passed as constants (`value`).
 */
import { gridValues } from './grid';
import type { SweepConfig } from './config';
import { spaceEntries, type Domain, type ParameterName } from './space';
import { toYaml, type YamlMapping } from './yaml';

/** W&B parameter names, in the snake_case a Keras script reads them by (GMNet's U is `units`). */
export const WANDB_PARAMETER_NAMES: Readonly<Record<ParameterName, string>> = {
  activation: 'activation',
  dropout: 'dropout',
  denseUnits: 'units',
  learningRate: 'learning_rate',
  batchSize: 'batch_size',
  optimizer: 'optimizer',
  augmentation: 'augmentation_strength',
};

/**
 * One parameter's search constraint. W&B's grid takes only listed values, so for
 * grid a range is written as its grid points.
 */
function constraint(domain: Domain, grid: boolean): YamlMapping {
  const points = grid ? gridValues(domain) : undefined;
  if (domain.kind === 'choices' || points !== undefined) return { values: points ?? (domain.kind === 'choices' ? domain.values : []) };
  switch (domain.kind) {
    case 'uniform':
      return domain.q === undefined
        ? { distribution: 'uniform', min: domain.min, max: domain.max }
        : { distribution: 'q_uniform', min: domain.min, max: domain.max, q: domain.q };
    case 'logUniform':
      return { distribution: 'log_uniform_values', min: domain.min, max: domain.max };
    case 'intUniform':
      return { distribution: 'int_uniform', min: domain.min, max: domain.max };
  }
}

function parameters(config: SweepConfig): YamlMapping {
  const swept = Object.fromEntries(spaceEntries(config.space).map(({ name, domain }) => [WANDB_PARAMETER_NAMES[name], constraint(domain, config.method === 'grid')]));
  const { base, space } = config;
  return {
    ...swept,
    ...(space.batchSize === undefined && { batch_size: { value: base.batchSize } }),
    ...(space.optimizer === undefined && { optimizer: { value: base.optimizer.kind } }),
    ...(space.learningRate === undefined && { learning_rate: { value: base.learningRate } }),
    epochs: { value: base.epochs },
  };
}

/** Options of the export. */
export interface WandbExportOptions {
  /** The training script W&B's agent runs. */
  readonly program: string;
}

/** The sweep as W&B sweep-configuration YAML, ready for `wandb sweep`. */
export function sweepToWandbYaml(config: SweepConfig, options: WandbExportOptions = { program: 'train.py' }): string {
  const stop = config.earlyTerminate;
  return toYaml({
    program: options.program,
    name: config.label,
    description: config.note,
    method: config.method,
    metric: { name: config.metric.name, goal: config.metric.goal },
    parameters: parameters(config),
    early_terminate: stop && { type: 'hyperband', min_iter: stop.minEpochs, eta: stop.eta },
    run_cap: config.runCap,
  });
}
