/**
 * Names and notes that core data carries in English (experiment presets, split
 * protocols, preset architectures): English shows them as they are; Portuguese looks
 * them up here by id and falls back to the English text for anything new.
 */
import type { DatasetId } from '../../core/datasets/catalog';
import type { SplitProtocol } from '../../core/datasets/splits';
import type { PresetId } from '../../core/model/presets';
import { PRESET_LABELS } from '../../core/training/defaults';
import type { ExperimentPreset } from '../../core/training/experiments';
import { CUSTOM_NETWORK_NAME } from '../../core/url/experiment';
import type { Language } from './languages';
import { translator } from './messages';

/** Experiment presets by id. */
export const PT_BR_PRESETS: Readonly<Record<string, { readonly label: string; readonly note: string }>> = {
  lenet: { label: 'LeNet-5', note: 'No trabalho da disciplina: Adam 0,01, lote 32, 20 épocas; aqui, 3 épocas.' },
  'lenet-da': { label: 'LeNet-5 com aumento de dados', note: 'No trabalho da disciplina: rotação 30°, deslocamento 0,1, zoom 0,2, 20 épocas; aqui, 3.' },
  ivannet: { label: 'IvanNet', note: 'No trabalho da disciplina: Adam 0,01, lote 32, 20 épocas; aqui, 3.' },
  gmnet: { label: 'GMNet', note: 'A melhor execução da busca de hiperparâmetros (relu, dropout 0,2, 180 unidades, Adam 0,001), divisão 45 mil/15 mil; 20 épocas no trabalho da disciplina, aqui 3.' },
  'gmnet-da': { label: 'GMNet com aumento de dados', note: 'Como a GMNet, treinada com o aumento de dados do trabalho da disciplina; aqui, 3 épocas.' },
  cifar: { label: 'CNN para CIFAR-10', note: 'No trabalho da disciplina: RMSprop 1e-4 com decaimento 1e-6, lote 32, 150 épocas (6,5 h numa GPU); aqui, 2 épocas.' },
  overfit: {
    label: 'Demonstração de overfitting',
    note: 'Para professores: 1.000 imagens de treino e uma rede grande sem regularização. A perda de validação volta a subir enquanto a perda de treino continua caindo; depois, treine de novo com dropout ou aumento de dados para comparar.',
  },
};

/** Split protocols by dataset and id. */
export const PT_BR_PROTOCOLS: Readonly<Record<DatasetId, Readonly<Record<string, string>>>> = {
  mnist: {
    lenet: '60 mil de treino / 10 mil de teste (protocolo LeNet)',
    gmnet: '45 mil de treino / 15 mil de validação / 10 mil de teste (protocolo GMNet)',
  },
  cifar10: {
    official: '50 mil de treino / 10 mil de teste',
    holdout: '45 mil de treino / 5 mil de validação / 10 mil de teste',
  },
};

/** Preset architectures (every one, or the compiler complains). */
const PT_BR_ARCHITECTURES: Readonly<Record<PresetId, string>> = {
  lenet5: 'LeNet-5',
  ivannet: 'IvanNet',
  gmnet: 'GMNet',
  'cifar-g3': 'CNN para CIFAR-10 (3 conv + 3×128)',
};

export function presetLabel(language: Language, preset: ExperimentPreset): string {
  return language === 'en' ? preset.label : (PT_BR_PRESETS[preset.id]?.label ?? preset.label);
}

export function presetNote(language: Language, preset: ExperimentPreset): string {
  return language === 'en' ? preset.note : (PT_BR_PRESETS[preset.id]?.note ?? preset.note);
}

export function protocolLabel(language: Language, dataset: DatasetId, protocol: SplitProtocol): string {
  return language === 'en' ? protocol.label : (PT_BR_PROTOCOLS[dataset][protocol.id] ?? protocol.label);
}

export function architectureLabel(language: Language, id: PresetId): string {
  return language === 'en' ? PRESET_LABELS[id] : PT_BR_ARCHITECTURES[id];
}

/** A network's name (a preset's, or the custom network's) in the language. */
export function networkName(language: Language, name: string): string {
  if (name === CUSTOM_NETWORK_NAME) return translator(language)('network.custom');
  const preset = (Object.keys(PRESET_LABELS) as PresetId[]).find((id) => PRESET_LABELS[id] === name);
  return preset ? architectureLabel(language, preset) : name;
}
