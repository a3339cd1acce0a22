import { DATASETS, DATASET_IDS, type DatasetId } from '../../core/datasets/catalog';

/**
 * Short class labels for charts and tables: digits for MNIST, English names for
 * CIFAR-10. One array per dataset, so charts keyed on it are not rebuilt on re-render.
 */
const LABELS = new Map<DatasetId, readonly string[]>(
  DATASET_IDS.map((id) => [id, DATASETS[id].classNames.map((name, label) => (id === 'mnist' ? String(label) : name.en))]),
);

export function classLabels(dataset: DatasetId): readonly string[] {
  return LABELS.get(dataset) ?? [];
}
