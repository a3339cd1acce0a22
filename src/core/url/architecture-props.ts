/**
 * The link parameters that choose the data and the network: `ds`, `arch` (a preset
 * or `custom`), `net` (a custom network's layers) and GMNet's `act`, `drop`, `units`.
 * Choosing a dataset or an architecture starts from its baseline experiment, so a
 * link only lists what differs from what the playground would start with.
 */
import { DATASET_IDS } from '../datasets/catalog';
import type { GmnetOptions } from '../model/presets';
import { ACTIVATIONS, type NetworkSpec } from '../model/spec';
import {
  architectureNetwork, baselineExperiment, customNetwork, defaultPreset, presetChoice, presetFitProblem, PRESET_IDS,
  type ArchitectureChoice, type Experiment,
} from './experiment';
import { describeNetSyntaxError, formatLayers, parseLayers } from './net';
import { choiceProp, numberProp, type ExperimentProp, type PropCondition, type Unreadable } from './prop';

const isArchitecture = (id: ArchitectureChoice['id']): PropCondition => ({
  holds: (experiment) => experiment.architecture.id === id,
  label: `arch=${id}`,
});

/** The custom network a `net=` line describes, or why it cannot be read. */
function readNet(line: string | undefined, experiment: Experiment): NetworkSpec | Unreadable {
  if (line === undefined) return { problem: 'a custom network needs its layers in a net= parameter' };
  const parsed = parseLayers(line);
  if ('error' in parsed) return { problem: `net= ${describeNetSyntaxError(parsed.error)}` };
  return customNetwork(experiment.dataset, parsed.layers);
}

const DATASET: ExperimentProp = choiceProp(
  'ds',
  () => DATASET_IDS,
  (experiment) => experiment.dataset,
  (_, dataset) => baselineExperiment(dataset, presetChoice(defaultPreset(dataset))),
);

const ARCHITECTURE: ExperimentProp = {
  key: 'arch',
  companions: ['net'],
  write: (experiment) => experiment.architecture.id,
  read: (text, experiment, params) => {
    if (text === 'custom') {
      const network = readNet(params.get('net'), experiment);
      return 'problem' in network ? network : baselineExperiment(experiment.dataset, { id: 'custom', network });
    }
    const id = PRESET_IDS.find((preset) => preset === text);
    if (id === undefined) return { problem: `not one of ${[...PRESET_IDS, 'custom'].join(', ')}` };
    const misfit = presetFitProblem(id, experiment.dataset);
    return misfit === undefined ? baselineExperiment(experiment.dataset, presetChoice(id)) : { problem: misfit };
  },
};

const NETWORK: ExperimentProp = {
  key: 'net',
  when: isArchitecture('custom'),
  write: (experiment) => formatLayers(architectureNetwork(experiment.architecture).layers),
  read: (text, experiment) => {
    const network = readNet(text, experiment);
    return 'problem' in network ? network : { ...experiment, architecture: { id: 'custom', network } };
  },
};

/** GMNet's options of an experiment whose architecture is GMNet. */
function gmnetOptions(experiment: Experiment): GmnetOptions {
  if (experiment.architecture.id !== 'gmnet') throw new Error('GMNet options belong to arch=gmnet only.');
  return experiment.architecture.gmnet;
}

const withGmnet = (experiment: Experiment, change: Partial<GmnetOptions>): Experiment => ({
  ...experiment,
  architecture: { id: 'gmnet', gmnet: { ...gmnetOptions(experiment), ...change } },
});

/** Dataset, architecture and GMNet options, in the order they are written and read. */
export const ARCHITECTURE_PROPS: readonly ExperimentProp[] = [
  DATASET,
  ARCHITECTURE,
  NETWORK,
  choiceProp('act', () => ACTIVATIONS, (e) => gmnetOptions(e).activation, (e, activation) => withGmnet(e, { activation }), isArchitecture('gmnet')),
  numberProp('drop', (e) => gmnetOptions(e).dropout, (e, dropout) => withGmnet(e, { dropout }), isArchitecture('gmnet')),
  numberProp('units', (e) => gmnetOptions(e).units, (e, units) => withGmnet(e, { units }), isArchitecture('gmnet')),
];
