import { describe, expect, it } from 'vitest';
import { SPLIT_PROTOCOLS } from '../../core/datasets/splits';
import { DATASET_IDS } from '../../core/datasets/catalog';
import { EXPERIMENT_PRESETS } from '../../core/training/experiments';
import { CUSTOM_NETWORK_NAME } from '../../core/url/experiment';
import { networkName, PT_BR_PRESETS, PT_BR_PROTOCOLS } from './core-text';
import { languageFromTag } from './languages';
import { CATALOGUES, interpolate, translator, type MessageKey } from './messages';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('message catalogues', () => {
  it('give every key the same placeholders in both languages, and no empty text', () => {
    for (const key of Object.keys(CATALOGUES.en) as MessageKey[]) {
      expect(placeholders(CATALOGUES['pt-BR'][key]), key).toEqual(placeholders(CATALOGUES.en[key]));
      expect(CATALOGUES['pt-BR'][key].trim(), key).not.toBe('');
    }
  });

  it('fill placeholders and format numbers with the language’s locale', () => {
    expect(interpolate('{a} of {b}, {c}', { a: 1, b: 'two' })).toBe('1 of two, {c}');
    const en = translator('en');
    const pt = translator('pt-BR');
    expect(en('run.progress', { epoch: 1, epochs: 3, batch: 5, batches: 100 })).toBe('Epoch 1 of 3, batch 5 of 100');
    expect(pt('run.progress', { epoch: 1, epochs: 3, batch: 5, batches: 100 })).toBe('Época 1 de 3, lote 5 de 100');
    expect([en.number(60_000), pt.number(60_000)]).toEqual(['60,000', '60.000']);
    expect([en.fixed(1234.56789, 4), pt.fixed(0.98125, 3)]).toEqual(['1234.5679', '0,981']);
    expect([en.percent(0.9731, 1), pt.percent(0.9731, 1)]).toEqual(['97.3 %', '97,3 %']);
    expect([en.bytes(9_900_000), pt.bytes(9_900_000), pt.bytes(512)]).toEqual(['9.9 MB', '9,9 MB', '512 B']);
    expect(en.fixed(NaN, 4)).toBe('NaN');
  });

  it('pick pt-BR for any Portuguese browser and English otherwise', () => {
    expect(['pt-BR', 'pt', 'pt-PT', 'en-US', 'de', undefined].map(languageFromTag)).toEqual(['pt-BR', 'pt-BR', 'pt-BR', 'en', 'en', 'en']);
  });

  it('translate every experiment preset and split protocol core defines, and keep English names as core has them', () => {
    for (const preset of EXPERIMENT_PRESETS) expect(PT_BR_PRESETS[preset.id], preset.id).toBeDefined();
    for (const dataset of DATASET_IDS) {
      for (const protocol of SPLIT_PROTOCOLS[dataset]) expect(PT_BR_PROTOCOLS[dataset][protocol.id], `${dataset} ${protocol.id}`).toBeDefined();
    }
    expect(networkName('en', CUSTOM_NETWORK_NAME)).toBe(CUSTOM_NETWORK_NAME);
    expect(networkName('pt-BR', CUSTOM_NETWORK_NAME)).toBe('Rede personalizada');
    expect(networkName('en', 'LeNet-5')).toBe('LeNet-5');
  });
});
