import { DATASETS, DATASET_IDS, type ClassName, type DatasetId } from '../../core/datasets/catalog';
import { LANGUAGES, type Language } from '../i18n/languages';

/** A class's full name in the language (the catalog carries English and Portuguese). */
export function localName(name: ClassName, language: Language): string {
  return language === 'en' ? name.en : name.pt;
}

/**
 * Short class labels for charts and tables: digits for MNIST, the language's names for
 * CIFAR-10. One array per dataset and language, so charts keyed on it are not rebuilt on re-render.
 */
const LABELS = new Map<string, readonly string[]>(
  DATASET_IDS.flatMap((id) => LANGUAGES.map((language): [string, readonly string[]] => [
    `${id}:${language}`,
    DATASETS[id].classNames.map((name, label) => (id === 'mnist' ? String(label) : localName(name, language))),
  ])),
);

export function classLabels(dataset: DatasetId, language: Language): readonly string[] {
  return LABELS.get(`${dataset}:${language}`) ?? [];
}
