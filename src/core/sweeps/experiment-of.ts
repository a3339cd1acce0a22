/**
 * A sweep run's settings as an experiment, so the training form (and the address)
 * can take them: a preset network stays that preset, a GMNet keeps its swept
 * options, anything else becomes a custom network.
 */
import type { NetworkSpec } from '../model/spec';
import { presetNetwork } from '../model/presets';
import type { TrainingSettings } from '../training/settings';
import { customNetwork, PRESET_IDS, type ArchitectureChoice, type BackendChoice, type Experiment } from '../url/experiment';
import { NO_AUGMENTATION } from '../augment/settings';
import { gmnetOptionsOf } from './apply';

function architectureOf(settings: TrainingSettings): ArchitectureChoice {
  const network: NetworkSpec = settings.network;
  const gmnet = gmnetOptionsOf(network);
  if (gmnet) return { id: 'gmnet', gmnet };
  const same = JSON.stringify(network);
  const preset = PRESET_IDS.find((id) => id !== 'gmnet' && JSON.stringify(presetNetwork(id)) === same);
  return preset !== undefined && preset !== 'gmnet' ? { id: preset } : { id: 'custom', network: customNetwork(settings.dataset, network.layers) };
}

/** The experiment that trains with exactly these settings on `backend`. */
export function experimentOfSettings(settings: TrainingSettings, backend: BackendChoice): Experiment {
  const { dataset, optimizer, learningRate, batchSize, epochs, trainLimit, protocolId, seed, augmentation } = settings;
  return { dataset, architecture: architectureOf(settings), optimizer, learningRate, batchSize, epochs, trainLimit, protocolId, seed, augmentation: augmentation ?? NO_AUGMENTATION, backend };
}
