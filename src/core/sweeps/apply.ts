/**
 * From a sweep's base settings and one sampled assignment to the settings a run
 * trains with. GMNet is handled as the coursework built it (one activation, one
 * dropout rate, one hidden width U); other networks get the nearest sensible reading,
 * documented on applyToNetwork.
 */
import { COURSEWORK_AUGMENTATION, type AugmentationSettings } from '../augment/settings';
import { gmnet, type GmnetOptions } from '../model/presets';
import type { LayerSpec, NetworkSpec } from '../model/spec';
import { withDropout } from '../training/experiments';
import { defaultOptimizer, type OptimizerSettings, type TrainingSettings } from '../training/settings';
import type { SweepAssignment } from './space';

/**
 * The coursework augmentation scaled by `strength` in [0, 1]: rotation, shifts, zoom
 * and shear all multiplied by it (0 = none, 1 = LeNet_D_A's); no flips, nearest fill.
 */
export function scaledAugmentation(strength: number): AugmentationSettings {
  const c = COURSEWORK_AUGMENTATION;
  return {
    rotationDegrees: c.rotationDegrees * strength,
    widthShift: c.widthShift * strength,
    heightShift: c.heightShift * strength,
    zoom: c.zoom * strength,
    shearDegrees: c.shearDegrees * strength,
    horizontalFlip: false,
    fillMode: c.fillMode,
  };
}

/** GMNet's options read back from a spec, if the spec is exactly a GMNet (so it can be rebuilt). */
export function gmnetOptionsOf(network: NetworkSpec): GmnetOptions | undefined {
  const conv = network.layers.find((layer) => layer.kind === 'conv2d');
  const dense = network.layers.find((layer) => layer.kind === 'dense');
  const dropout = network.layers.find((layer) => layer.kind === 'dropout');
  if (conv?.kind !== 'conv2d' || dense?.kind !== 'dense') return undefined;
  const options: GmnetOptions = { activation: conv.activation, dropout: dropout?.kind === 'dropout' ? dropout.rate : 0, units: dense.units };
  return JSON.stringify(gmnet(options)) === JSON.stringify(network) ? options : undefined;
}

const lastDenseIndex = (layers: readonly LayerSpec[]): number => layers.map((layer) => layer.kind).lastIndexOf('dense');

function applyToLayers(layers: readonly LayerSpec[], assignment: SweepAssignment): LayerSpec[] {
  const { activation, dropout, denseUnits } = assignment;
  const withRates = dropout !== undefined && dropout > 0 && layers.every((layer) => layer.kind !== 'dropout') ? withDropout(layers, dropout) : layers;
  const outputIndex = lastDenseIndex(withRates);
  return withRates.map((layer, index): LayerSpec => {
    const hidden = index !== outputIndex;
    if (layer.kind === 'conv2d' && activation !== undefined) return { ...layer, activation };
    if (layer.kind === 'dense' && hidden) return { ...layer, ...(activation !== undefined && { activation }), ...(denseUnits !== undefined && { units: denseUnits }) };
    if (layer.kind === 'dropout' && dropout !== undefined) return { ...layer, rate: dropout };
    return layer;
  });
}

/**
 * The network with the assignment's activation, dropout and dense width.
 * - GMNet (a spec exactly as the preset builds it, whatever its options): rebuilt by
 *   the preset with the new options, so a dropout of 0 and back keeps every layer.
 * - Any other network: the activation goes to every conv and every hidden dense
 *   layer (all dense layers but the last, which keeps its softmax; standalone
 *   activation layers are left alone); the width U goes to every hidden dense
 *   layer (LeNet-5's 120 and 84 both become U, the CIFAR head's 3×128 becomes 3×U);
 *   the dropout rate replaces every dropout layer's rate, and a network without any
 *   dropout gets one after each hidden dense layer (LeNet-5 gets two) unless the rate is 0.
 */
export function applyToNetwork(network: NetworkSpec, assignment: SweepAssignment): NetworkSpec {
  const options = gmnetOptionsOf(network);
  if (options) {
    const { activation = options.activation, dropout = options.dropout, denseUnits: units = options.units } = assignment;
    return gmnet({ activation, dropout, units });
  }
  return { ...network, layers: applyToLayers(network.layers, assignment) };
}

/** The optimizer of a kind: the base's own settings when the kind is unchanged, else Keras's defaults. */
function optimizerOf(base: OptimizerSettings, kind: OptimizerSettings['kind'] | undefined): OptimizerSettings {
  return kind === undefined || kind === base.kind ? base : defaultOptimizer(kind);
}

/**
 * The settings one sweep run trains with: the base with the assignment applied.
 * Everything the space does not vary (dataset, split, epochs, seed…) stays the
 * base's, so runs differ only by their parameters. Augmentation strength replaces
 * the base's augmentation with the scaled coursework one.
 */
export function applyAssignment(base: TrainingSettings, assignment: SweepAssignment): TrainingSettings {
  const { learningRate, batchSize, optimizer, augmentation } = assignment;
  return {
    ...base,
    network: applyToNetwork(base.network, assignment),
    optimizer: optimizerOf(base.optimizer, optimizer),
    ...(learningRate !== undefined && { learningRate }),
    ...(batchSize !== undefined && { batchSize }),
    ...(augmentation !== undefined && { augmentation: scaledAugmentation(augmentation) }),
  };
}
